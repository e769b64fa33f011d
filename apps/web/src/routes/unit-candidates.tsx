import { Alert, Card, InputNumber, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DEFAULT_INDIVIDUAL_TARGETS, formatLegalDate, type CandidateRow } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useUnitCandidates } from '../features/eligibility/api';
import { OutcomeTag } from '../features/eligibility/verdict-view';

const SHORT: Record<string, string> = {
  LDTT: 'LĐTT',
  CSTD_CO_SO: 'CSTĐ cơ sở',
  CSTD_BO_TINH: 'CSTĐ bộ, tỉnh',
  BANG_KHEN_BO_TINH: 'BK bộ, tỉnh',
  BANG_KHEN_THU_TUONG: 'BK Thủ tướng',
  HCLD_HANG_BA: 'HCLĐ hạng Ba',
};

/** Danh sách đề xuất năm …: who in the unit (and its sub-units) meets each target, and the CSTĐCS quota. */
export default function UnitCandidatesPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const { data, isLoading, error } = useUnitCandidates(id, year);

  return (
    <>
      <Link to="/to-chuc">
        <ArrowLeftOutlined /> Cây tổ chức
      </Link>
      <PageTitle
        title={`Danh sách đề xuất năm ${year}${data ? `: ${data.unitName}` : ''}`}
        extra={
          <Space>
            <span>Năm thành tích</span>
            <InputNumber
              aria-label="Năm thành tích"
              min={1990}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </Space>
        }
      />
      {isLoading && <Spin style={{ display: 'block', margin: 48 }} />}
      <ErrorAlert error={error} />
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            {data.total} cán bộ đang công tác · ngày xét {formatLegalDate(data.proposedOn)} · bộ quy tắc{' '}
            {data.rulesetVersion}
          </Typography.Paragraph>
          <Alert
            data-testid="quota-check"
            type={data.quota.withinQuota ? 'success' : 'error'}
            showIcon
            style={{ marginBottom: 16 }}
            title={
              data.quota.max === null
                ? `Chiến sĩ thi đua cơ sở: ${data.quota.proposed} người đủ điều kiện; không áp dụng giới hạn tỷ lệ.`
                : `Chiến sĩ thi đua cơ sở: ${data.quota.proposed} người đủ điều kiện, tối đa ${data.quota.max} (trên ${data.quota.ldttCount} người đạt Lao động tiên tiến)${data.quota.withinQuota ? '' : ' — vượt tỷ lệ, cần lựa chọn'}.`
            }
            description={
              <span>
                {data.quota.message} Căn cứ: {data.quota.citation}
                {!data.quota.confirmed && (
                  <Tag color="gold" style={{ marginLeft: 8 }}>
                    chưa xác nhận
                  </Tag>
                )}
              </span>
            }
          />
          <Card size="small" title="Số lượng theo danh hiệu, hình thức" style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="target"
              pagination={false}
              dataSource={data.counts}
              data-testid="candidate-counts"
              columns={[
                { title: 'Danh hiệu / hình thức', dataIndex: 'targetName' },
                { title: 'Đủ điều kiện', dataIndex: 'ELIGIBLE', align: 'right' },
                { title: 'Cần xem xét', dataIndex: 'NEEDS_REVIEW', align: 'right' },
                { title: 'Chưa đủ điều kiện', dataIndex: 'INELIGIBLE', align: 'right' },
              ]}
            />
          </Card>
          <Card size="small" title="Cán bộ">
            <Table<CandidateRow>
              size="small"
              rowKey="personId"
              dataSource={data.people}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              scroll={{ x: true }}
              columns={[
                {
                  title: 'Họ và tên',
                  dataIndex: 'fullName',
                  fixed: 'left',
                  render: (n: string, r) => (
                    <Link to={`/can-bo/${encodeURIComponent(r.personId)}/dieu-kien-khen-thuong`}>{n}</Link>
                  ),
                },
                { title: 'Đơn vị', dataIndex: 'unitName' },
                ...DEFAULT_INDIVIDUAL_TARGETS.map((t) => ({
                  title: SHORT[t] ?? t,
                  key: t,
                  render: (_: unknown, r: CandidateRow) => {
                    const o = r.outcomes[t];
                    return o ? <OutcomeTag outcome={o.outcome} confirmed={o.confirmed} /> : '—';
                  },
                })),
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
