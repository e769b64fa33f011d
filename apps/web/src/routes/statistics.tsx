import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, LockOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  REPORT_FORMS,
  REPORT_FORM_CODES,
  REPORT_FORM_SHORT,
  formatLegalDate,
  type ReportFormCode,
  type ReportSnapshot,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { hasRole, useSession } from '../features/auth/session';
import { formatInstant } from '../lib/dates';
import {
  reportXlsxUrl,
  snapshotXlsxUrl,
  useFinalizeReport,
  useReport,
  useSnapshots,
} from '../features/reports/api';
import { ReportTable } from '../features/reports/report-table';

interface FinalizeValues {
  preparerName: string;
  signerName: string;
  signerTitle: string;
  place?: string;
}

/** Báo cáo thống kê TĐKT: the five forms of TT 02/2023/TT-BNV for a body and year, on screen and as .xlsx. */
export default function StatisticsPage() {
  const [params, setParams] = useSearchParams();
  const { data: session } = useSession();
  const { message } = App.useApp();
  const defaultUnit = session?.user.roles[0]?.unitId ?? null;
  const form = (REPORT_FORM_CODES as readonly string[]).includes(params.get('bieu') ?? '')
    ? (params.get('bieu') as ReportFormCode)
    : '0603';
  const year = Number(params.get('nam')) || new Date().getFullYear();
  const unitId = params.get('donvi') ?? defaultUnit;
  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    setParams(next, { replace: true });
  };
  const report = useReport({ form, unitId, year });
  const snapshots = useSnapshots({ unitId, year, form });
  const finalize = useFinalizeReport();
  const [finalizing, setFinalizing] = useState(false);
  const [fm] = Form.useForm<FinalizeValues>();
  const canFinalize = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const def = REPORT_FORMS[form];

  return (
    <>
      <PageTitle title="Báo cáo thống kê thi đua, khen thưởng" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <label htmlFor="report-form">Biểu</label>
          <Select
            id="report-form"
            data-testid="report-form"
            style={{ width: 360 }}
            value={form}
            onChange={(v) => set('bieu', v)}
            options={REPORT_FORM_CODES.map((c) => ({ value: c, label: REPORT_FORM_SHORT[c] }))}
          />
          <label htmlFor="report-unit">Đơn vị báo cáo</label>
          <UnitTreeSelect
            id="report-unit"
            aria-label="Đơn vị báo cáo"
            style={{ width: 320 }}
            asOf={`${year}-12-31`}
            value={unitId}
            onChange={(v) => typeof v === 'string' && set('donvi', v)}
          />
          <label htmlFor="report-year">Năm</label>
          <InputNumber
            id="report-year"
            min={1945}
            max={2100}
            value={year}
            onChange={(v) => v && set('nam', String(v))}
          />
          <Button
            icon={<DownloadOutlined />}
            href={unitId ? reportXlsxUrl({ form, unitId, year }) : undefined}
            disabled={!unitId}
            data-testid="report-download"
          >
            Tải Excel (bản nháp)
          </Button>
          {canFinalize && (
            <Button
              type="primary"
              icon={<LockOutlined />}
              disabled={!unitId}
              onClick={() => setFinalizing(true)}
              data-testid="report-finalize"
            >
              Chốt số liệu
            </Button>
          )}
        </Space>
      </Card>
      <ErrorAlert error={report.error} />
      {report.data && (
        <Card
          size="small"
          title={
            <Space orientation="vertical" size={0} style={{ whiteSpace: 'normal' }}>
              <Typography.Text type="secondary">Biểu số: {def.number}</Typography.Text>
              <span>{def.title}</span>
              <Typography.Text type="secondary">
                {report.data.unitName} · Năm {report.data.year} (từ {formatLegalDate(report.data.from)} đến{' '}
                {formatLegalDate(report.data.to)})
                {def.reconstructed ? ' · mẫu dựng lại theo danh mục nghiệp vụ' : ''}
              </Typography.Text>
            </Space>
          }
        >
          <Spin spinning={report.isFetching}>
            <ReportTable result={report.data} />
          </Spin>
        </Card>
      )}
      {unitId && (
        <Card size="small" title="Các lần chốt số liệu" style={{ marginTop: 16 }}>
          <Table<ReportSnapshot>
            size="small"
            rowKey="id"
            loading={snapshots.isLoading}
            dataSource={snapshots.data ?? []}
            pagination={false}
            locale={{ emptyText: 'Chưa chốt số liệu biểu này.' }}
            columns={[
              { title: 'Thời điểm chốt', render: (_, s) => formatInstant(s.finalizedAt) },
              { title: 'Người lập biểu', dataIndex: 'preparerName' },
              { title: 'Người ký', render: (_, s) => `${s.signerName} (${s.signerTitle})` },
              {
                title: 'Tổng số',
                align: 'right',
                render: (_, s) => {
                  const v = s.result.values.TONG?.TONG;
                  return v === null || v === undefined ? <Tag>…</Tag> : v.toLocaleString('vi-VN');
                },
              },
              {
                title: '',
                render: (_, s) => (
                  <Button size="small" icon={<DownloadOutlined />} href={snapshotXlsxUrl(s.id)}>
                    Tải Excel
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      {finalizing && unitId && (
        <FormModal<FinalizeValues>
          open
          title={`Chốt số liệu ${def.number} năm ${year}`}
          okText="Chốt số liệu"
          form={fm}
          pending={finalize.isPending}
          error={finalize.error}
          width={560}
          onClose={() => setFinalizing(false)}
          onSubmit={async (v) => {
            await finalize.mutateAsync({ form, unitId, year, ...v });
            message.success('Đã chốt số liệu.');
            setFinalizing(false);
          }}
        >
          <Typography.Paragraph type="secondary">
            Số liệu hiện tại được lưu lại cùng người lập biểu và thủ trưởng ký; thay đổi dữ liệu về sau không
            làm đổi biểu đã chốt.
          </Typography.Paragraph>
          <Form.Item
            name="preparerName"
            label="Người lập biểu"
            rules={[{ required: true, message: 'Nhập họ tên người lập biểu.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="signerName"
            label="Thủ trưởng đơn vị (người ký)"
            rules={[{ required: true, message: 'Nhập họ tên thủ trưởng đơn vị.' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="signerTitle"
            label="Chức vụ người ký"
            rules={[{ required: true, message: 'Nhập chức vụ người ký.' }]}
          >
            <Input placeholder="Chủ tịch Ủy ban nhân dân" />
          </Form.Item>
          <Form.Item name="place" label="Địa danh">
            <Input placeholder="Hà Nội" />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
