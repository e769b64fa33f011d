import { Card, Col, InputNumber, Row, Space, Spin } from 'antd';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { useSession } from '../features/auth/session';
import { dashboardXlsxUrl, useDashboard } from '../features/reports/api';
import { ChartCard } from '../features/reports/charts';

/** Biểu đồ thống kê khen thưởng with filters by unit subtree and period; every chart exportable. */
export default function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const { data: session } = useSession();
  const thisYear = new Date().getFullYear();
  const toYear = Number(params.get('den')) || thisYear;
  const fromYear = Number(params.get('tu')) || toYear - 4;
  const unitId = params.get('donvi') ?? session?.user.roles[0]?.unitId ?? null;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const { data, error, isFetching } = useDashboard({ unitId, fromYear, toYear });
  return (
    <>
      <PageTitle title="Biểu đồ thống kê khen thưởng" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <label htmlFor="dash-unit">Đơn vị</label>
          <UnitTreeSelect
            id="dash-unit"
            aria-label="Đơn vị"
            style={{ width: 320 }}
            value={unitId}
            onChange={(v) => typeof v === 'string' && set('donvi', v)}
          />
          <label htmlFor="dash-from">Từ năm</label>
          <InputNumber
            id="dash-from"
            min={1945}
            max={2100}
            value={fromYear}
            onChange={(v) => v && set('tu', String(v))}
          />
          <label htmlFor="dash-to">Đến năm</label>
          <InputNumber
            id="dash-to"
            min={1945}
            max={2100}
            value={toYear}
            onChange={(v) => v && set('den', String(v))}
          />
        </Space>
      </Card>
      <ErrorAlert error={error} />
      <Spin spinning={isFetching}>
        {data && unitId && (
          <Row gutter={[16, 16]}>
            {data.charts.map((c) => (
              <Col xs={24} xl={12} key={c.id}>
                <ChartCard chart={c} xlsxUrl={dashboardXlsxUrl({ unitId, fromYear, toYear }, c.id)} />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
    </>
  );
}
