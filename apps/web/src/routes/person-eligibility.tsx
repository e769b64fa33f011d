import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  InputNumber,
  Row,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Dayjs } from 'dayjs';
import {
  AWARD_CODE_LABELS,
  AWARD_TYPE_LABELS,
  DISCIPLINE_LABELS,
  RATING_LABELS,
  formatLegalDate,
  type AwardCode,
  type DisciplineCode,
  type YearRecord,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { DATE_FORMAT, toLegal } from '../lib/dates';
import { usePerson } from '../features/people/api';
import { hasRole, useSession } from '../features/auth/session';
import { useEligibility, usePersonRecords } from '../features/eligibility/api';
import { VerdictList } from '../features/eligibility/verdict-view';
import { AwardModal, YearResultModal } from '../features/eligibility/record-modals';

/** Printing keeps only the report: the menu, header and buttons are hidden. */
const PRINT_CSS = `
@media print {
  .ant-layout-sider, .ant-layout-header, .vd-no-print { display: none !important; }
  .ant-layout-content { margin: 0 !important; padding: 0 !important; }
  .vd-verdict { break-inside: avoid; }
}`;

const titleName = (c: string) => AWARD_CODE_LABELS[c as AwardCode] ?? c;

function YearsTable({ years, onEdit }: { years: YearRecord[]; onEdit?: (y: YearRecord) => void }) {
  return (
    <Table
      size="small"
      rowKey="year"
      pagination={false}
      dataSource={years}
      data-testid="year-records"
      locale={{ emptyText: 'Chưa ghi kết quả năm nào.' }}
      columns={[
        { title: 'Năm', dataIndex: 'year', width: 70 },
        {
          title: 'Mức độ hoàn thành',
          dataIndex: 'rating',
          render: (r: YearRecord['rating']) => (r ? RATING_LABELS[r] : '—'),
        },
        {
          title: 'Danh hiệu',
          dataIndex: 'titles',
          render: (t: string[]) =>
            t.length ? (
              t.map((c) => <Tag key={c}>{titleName(c)}</Tag>)
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            ),
        },
        {
          title: 'Kỷ luật',
          dataIndex: 'discipline',
          render: (d: string | null, y) =>
            d ? (
              <Tag color="red">
                {DISCIPLINE_LABELS[d as DisciplineCode] ?? d}
                {y.disciplineDecidedOn ? ` (${formatLegalDate(y.disciplineDecidedOn)})` : ''}
              </Tag>
            ) : (
              '—'
            ),
        },
        {
          title: 'Sáng kiến',
          dataIndex: 'initiatives',
          render: (i: YearRecord['initiatives']) => (i.length ? i.length : '—'),
        },
        ...(onEdit
          ? [
              {
                title: '',
                key: 'edit',
                width: 60,
                className: 'vd-no-print',
                render: (_: unknown, y: YearRecord) => (
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    aria-label={`Sửa năm ${y.year}`}
                    onClick={() => onEdit(y)}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

export default function PersonEligibilityPage() {
  const { id = '' } = useParams();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number>(thisYear - 1);
  const [proposedOn, setProposedOn] = useState<Dayjs | null>(null);
  const person = usePerson(id);
  const records = usePersonRecords(id);
  const verdicts = useEligibility(id, year, toLegal(proposedOn) ?? undefined);
  const { data: session } = useSession();
  const canEdit = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER', 'UNIT_CLERK');
  const [editing, setEditing] = useState<YearRecord | 'new' | null>(null);
  const [addingAward, setAddingAward] = useState(false);

  if (person.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (person.error || !person.data)
    return <ErrorAlert error={person.error ?? new Error('Không tìm thấy cán bộ.')} />;
  const p = person.data;
  const report = verdicts.data;

  return (
    <>
      <style>{PRINT_CSS}</style>
      <Link to={`/can-bo/${encodeURIComponent(id)}`} className="vd-no-print">
        <ArrowLeftOutlined /> Hồ sơ cán bộ
      </Link>
      <PageTitle
        title={`Điều kiện khen thưởng: ${p.fullName}`}
        extra={
          <Button className="vd-no-print" icon={<PrinterOutlined />} onClick={() => window.print()}>
            In
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">
        {p.currentPosition ? `${p.currentPosition}, ` : ''}
        {p.currentUnitName ?? ''}
        {records.data?.recruitedOn ? ` — công tác từ ${formatLegalDate(records.data.recruitedOn)}` : ''}
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title="Kết quả từng năm"
            style={{ marginBottom: 16 }}
            extra={
              canEdit && (
                <Button
                  size="small"
                  className="vd-no-print"
                  icon={<PlusOutlined />}
                  onClick={() => setEditing('new')}
                >
                  Ghi kết quả năm
                </Button>
              )
            }
          >
            {records.error ? (
              <ErrorAlert error={records.error} />
            ) : (
              <YearsTable
                years={records.data?.years ?? []}
                onEdit={canEdit ? (y) => setEditing(y) : undefined}
              />
            )}
          </Card>
          <Card
            size="small"
            title="Khen thưởng đã nhận"
            style={{ marginBottom: 16 }}
            extra={
              canEdit && (
                <Button
                  size="small"
                  className="vd-no-print"
                  icon={<PlusOutlined />}
                  onClick={() => setAddingAward(true)}
                >
                  Nhập khen thưởng
                </Button>
              )
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={records.data?.awards ?? []}
              locale={{ emptyText: 'Chưa có khen thưởng.' }}
              columns={[
                { title: 'Hình thức', dataIndex: 'codeName' },
                {
                  title: 'Quyết định',
                  key: 'decision',
                  render: (_, a) => `${a.decisionNumber}, ${formatLegalDate(a.decidedOn)}`,
                },
                {
                  title: 'Thành tích',
                  key: 'period',
                  render: (_, a) =>
                    a.periodFrom || a.periodTo
                      ? a.periodFrom && a.periodTo && a.periodFrom !== a.periodTo
                        ? `${a.periodFrom}–${a.periodTo}`
                        : String(a.periodTo ?? a.periodFrom)
                      : '—',
                },
                {
                  title: 'Loại hình',
                  dataIndex: 'type',
                  render: (t: keyof typeof AWARD_TYPE_LABELS) => AWARD_TYPE_LABELS[t],
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={`Xét điều kiện cho năm thành tích ${year}`}
            extra={
              <Space className="vd-no-print" wrap>
                <InputNumber
                  aria-label="Năm thành tích"
                  min={1990}
                  max={thisYear}
                  value={year}
                  onChange={(v) => v && setYear(v)}
                />
                <DatePicker
                  aria-label="Ngày xét"
                  format={DATE_FORMAT}
                  placeholder="Ngày xét (hôm nay)"
                  value={proposedOn}
                  onChange={setProposedOn}
                />
              </Space>
            }
          >
            {verdicts.isLoading && <Spin />}
            {verdicts.error && <ErrorAlert error={verdicts.error} />}
            {report && (
              <>
                <Flex gap={8} wrap style={{ marginBottom: 12 }}>
                  <Typography.Text type="secondary">
                    Ngày xét {formatLegalDate(report.proposedOn)} · bộ quy tắc {report.rulesetVersion}
                  </Typography.Text>
                </Flex>
                {report.verdicts.some((v) => !v.confirmed) && (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 12 }}
                    title="Một số kết luận dựa trên quy định hoặc tham số chưa được xác nhận: cần cán bộ chuyên môn kiểm tra lại."
                  />
                )}
                {report.verdicts.length ? <VerdictList verdicts={report.verdicts} /> : <Empty />}
              </>
            )}
          </Card>
        </Col>
      </Row>
      {editing && (
        <YearResultModal
          personId={id}
          existing={editing === 'new' ? undefined : editing}
          defaultYear={year}
          onClose={() => setEditing(null)}
        />
      )}
      {addingAward && <AwardModal personId={id} onClose={() => setAddingAward(false)} />}
    </>
  );
}
