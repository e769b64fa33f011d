import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Row,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import {
  formatLegalDate,
  formatTargetValue,
  type Movement,
  type MovementItem,
  type ProgressReport,
  type TargetValue,
} from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { DATE_FORMAT, fromLegal, toLegal, todayLegal } from '../../lib/dates';
import {
  useMovementDashboard,
  useProgressItemValues,
  useProgressReport,
  useRegistration,
  useSaveProgress,
  useUploadEvidence,
} from './api';
import { achievementColor, PercentBars, ReportStatusBar } from './progress-charts';

type Cell = { num?: number | null; day?: Dayjs | null; flag?: boolean };
interface Values {
  note?: string;
  values: Record<string, Cell>;
}

function toForm(m: Movement, r: ProgressReport | undefined): Values['values'] {
  const out: Values['values'] = {};
  for (const it of m.items) {
    const v = r?.values.find((x) => x.itemId === it.id)?.value;
    out[it.id] = {
      num: typeof v === 'number' ? v : null,
      day: typeof v === 'string' ? fromLegal(v) : null,
      flag: typeof v === 'boolean' ? v : undefined,
    };
  }
  return out;
}

function fromCell(it: MovementItem, c: Cell | undefined): TargetValue {
  if (it.targetType === 'DATE') return toLegal(c?.day);
  if (it.targetType === 'BOOLEAN') return c?.flag ?? null;
  return c?.num ?? null;
}

function ValueInput({ it, n }: { it: MovementItem; n: number }) {
  const label = `Kết quả nội dung ${n}`;
  if (it.targetType === 'DATE')
    return (
      <Form.Item name={['values', it.id, 'day']} style={{ margin: 0 }}>
        <DatePicker format={DATE_FORMAT} aria-label={label} placeholder="Ngày hoàn thành" />
      </Form.Item>
    );
  if (it.targetType === 'BOOLEAN')
    return (
      <Form.Item name={['values', it.id, 'flag']} valuePropName="checked" style={{ margin: 0 }}>
        <Switch checkedChildren="Đạt" unCheckedChildren="Chưa đạt" aria-label={label} />
      </Form.Item>
    );
  return (
    <Form.Item name={['values', it.id, 'num']} style={{ margin: 0 }}>
      <InputNumber
        min={0}
        max={it.targetType === 'PERCENT' ? 100 : undefined}
        decimalSeparator=","
        suffix={it.targetType === 'PERCENT' ? '%' : (it.measureUnit ?? undefined)}
        aria-label={label}
      />
    </Form.Item>
  );
}

function LateTag({ late, reported }: { late: boolean; reported: boolean }) {
  if (reported) return late ? <Tag color="orange">Nộp muộn</Tag> : <Tag color="green">Đúng hạn</Tag>;
  return late ? <Tag color="red">Chưa nộp, quá hạn</Tag> : <Tag>Chưa nộp</Tag>;
}

/** Báo cáo tiến độ of one unit for one period: typed values next to the targets, evidence files, submit. */
export function UnitProgressForm({
  movement,
  unitId,
  canEdit,
}: {
  movement: Movement;
  unitId: string;
  canEdit: boolean;
}) {
  const periods = movement.reportPeriods;
  const [periodId, setPeriodId] = useState<string | undefined>(
    () => (periods.find((p) => p.dueDate >= todayLegal()) ?? periods[periods.length - 1])?.id,
  );
  const { data: report, error } = useProgressReport(movement.id, periodId, unitId);
  const { data: reg } = useRegistration(movement.id, unitId);
  const save = useSaveProgress(movement.id);
  const upload = useUploadEvidence(movement.id);
  const [evidenceItem, setEvidenceItem] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  useEffect(() => {
    if (!report) return;
    form.setFieldsValue({ note: report.note ?? undefined, values: toForm(movement, report) });
  }, [report, movement, form]);
  if (!periods.length) return <Alert type="info" title="Phong trào chưa có kỳ báo cáo tiến độ." />;
  const period = periods.find((p) => p.id === periodId);
  const editable = canEdit && movement.status !== 'CLOSED';
  const overdue = !!period && !report?.submittedOn && todayLegal() > period.dueDate;

  const submit = async (v: Values) => {
    await save.mutateAsync({
      periodId: periodId!,
      unitId,
      note: v.note?.trim() || null,
      values: movement.items.map((it) => ({ itemId: it.id, value: fromCell(it, v.values?.[it.id]) })),
      ...(report?.id ? { version: report.version } : {}),
    });
    message.success('Đã gửi báo cáo tiến độ.');
  };

  return (
    <Card
      size="small"
      data-testid="progress-form"
      title={
        <Space wrap>
          <span>Báo cáo tiến độ của {report?.unitName ?? ''}</span>
          <Select
            size="small"
            value={periodId}
            onChange={setPeriodId}
            aria-label="Kỳ báo cáo"
            style={{ width: 200 }}
            options={periods.map((p) => ({ value: p.id, label: p.name }))}
          />
          {report && <LateTag late={report.late} reported={!!report.submittedOn} />}
        </Space>
      }
    >
      {period && (
        <Typography.Paragraph type={overdue ? 'danger' : 'secondary'}>
          Số liệu đến ngày {formatLegalDate(period.asOf)}; hạn nộp {formatLegalDate(period.dueDate)}
          {report?.submittedOn ? ` · đã nộp ngày ${formatLegalDate(report.submittedOn)}` : ''}
          {overdue ? ' · đã quá hạn nộp, báo cáo sẽ bị ghi nhận là nộp muộn' : ''}
        </Typography.Paragraph>
      )}
      <ErrorAlert error={error ?? save.error ?? upload.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!editable}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={movement.items}
          columns={[
            { title: 'STT', dataIndex: 'seq', width: 50 },
            {
              title: 'Nội dung',
              dataIndex: 'title',
              render: (t: string) => (
                <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
                  {t}
                </Typography.Paragraph>
              ),
            },
            {
              title: 'Chỉ tiêu chung',
              width: 130,
              render: (_, it) => formatTargetValue(it.targetType, it.target, it.measureUnit),
            },
            {
              title: 'Đơn vị đăng ký',
              width: 130,
              render: (_, it) =>
                formatTargetValue(
                  it.targetType,
                  reg?.targets.find((t) => t.itemId === it.id)?.value ?? null,
                  it.measureUnit,
                ),
            },
            {
              title: 'Kết quả đến kỳ này',
              width: 210,
              render: (_, it, i) => <ValueInput it={it} n={i + 1} />,
            },
          ]}
        />
        <Form.Item label="Ghi chú, khó khăn, kiến nghị" name="note" style={{ marginTop: 12 }}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-progress">
            {report?.id ? 'Cập nhật báo cáo' : 'Gửi báo cáo'}
          </Button>
        )}
      </Form>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Minh chứng
      </Typography.Title>
      {report?.id && editable ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            allowClear
            placeholder="Cho nội dung (tùy chọn)"
            aria-label="Minh chứng cho nội dung"
            style={{ width: 260 }}
            value={evidenceItem}
            onChange={(v) => setEvidenceItem(v ?? null)}
            options={movement.items.map((it) => ({ value: it.id, label: `${it.seq}. ${it.title}` }))}
          />
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.png,.jpg,.jpeg,.xlsx"
            beforeUpload={(file) => {
              upload.mutate({ reportId: report.id!, file, itemId: evidenceItem });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              Tải minh chứng
            </Button>
          </Upload>
        </Space>
      ) : (
        !report?.id && (
          <Typography.Paragraph type="secondary">
            Gửi báo cáo trước rồi đính kèm minh chứng.
          </Typography.Paragraph>
        )
      )}
      <List
        size="small"
        data-testid="progress-evidence"
        locale={{ emptyText: 'Chưa có minh chứng' }}
        dataSource={report?.evidence ?? []}
        renderItem={(e) => {
          const it = movement.items.find((x) => x.id === e.itemId);
          return (
            <List.Item>
              <Space>
                <PaperClipOutlined />
                <a href={`/api/v1/progress-reports/${report!.id}/evidence/${e.fileId}`}>{e.filename}</a>
                {it && <Typography.Text type="secondary">nội dung {it.seq}</Typography.Text>}
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

/** Registered targets vs reported values of one unit, side by side (expanded row of the dashboard). */
function UnitCompare({
  movement,
  periodId,
  unitId,
}: {
  movement: Movement;
  periodId?: string;
  unitId: string;
}) {
  const { data: report } = useProgressReport(movement.id, periodId, unitId);
  const { data: reg } = useRegistration(movement.id, unitId);
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={movement.items}
      data-testid="unit-compare"
      columns={[
        { title: 'STT', dataIndex: 'seq', width: 50 },
        { title: 'Nội dung', dataIndex: 'title', ellipsis: true },
        {
          title: 'Chỉ tiêu chung',
          width: 130,
          render: (_, it) => formatTargetValue(it.targetType, it.target, it.measureUnit),
        },
        {
          title: 'Đăng ký',
          width: 130,
          render: (_, it) =>
            formatTargetValue(
              it.targetType,
              reg?.targets.find((t) => t.itemId === it.id)?.value ?? null,
              it.measureUnit,
            ),
        },
        {
          title: 'Báo cáo',
          width: 130,
          render: (_, it) =>
            formatTargetValue(
              it.targetType,
              report?.values.find((v) => v.itemId === it.id)?.value ?? null,
              it.measureUnit,
            ),
        },
      ]}
    />
  );
}

/** Bảng theo dõi tiến độ for the officer: totals, charts, units (lagging first), content items, export. */
export function ProgressDashboard({ movement }: { movement: Movement }) {
  const [periodId, setPeriodId] = useState<string | undefined>();
  const [itemId, setItemId] = useState<string | null>(null);
  const [only, setOnly] = useState<'all' | 'late' | 'lagging'>('all');
  const { data: d, error, isFetching } = useMovementDashboard(movement.id, periodId, true);
  const pid = periodId ?? d?.period?.id;
  const itemValues = useProgressItemValues(movement.id, pid, itemId);
  const units = useMemo(
    () =>
      (d?.units ?? []).filter((u) =>
        only === 'late' ? u.late : only === 'lagging' ? u.achievement < 100 : true,
      ),
    [d, only],
  );
  if (!d) return <ErrorAlert error={error} />;
  if (!d.period) return <Empty description="Phong trào chưa có kỳ báo cáo tiến độ." />;
  const onTime = d.units.filter((u) => u.reported && !u.late).length;
  const lateReported = d.units.filter((u) => u.reported && u.late).length;
  const item = itemValues.data?.item;
  const exportHref = `/api/v1/movements/${movement.id}/dashboard.xlsx?periodId=${encodeURIComponent(d.period.id)}`;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="progress-dashboard">
      <Space wrap>
        <Select
          value={d.period.id}
          onChange={(v) => setPeriodId(v)}
          aria-label="Kỳ báo cáo"
          style={{ width: 220 }}
          loading={isFetching}
          options={d.periods.map((p) => ({
            value: p.id,
            label: `${p.name} (hạn ${formatLegalDate(p.dueDate)})`,
          }))}
        />
        <Select
          value={only}
          onChange={setOnly}
          aria-label="Lọc đơn vị"
          style={{ width: 220 }}
          options={[
            { value: 'all', label: 'Tất cả đơn vị' },
            { value: 'late', label: 'Nộp muộn hoặc chưa nộp' },
            { value: 'lagging', label: 'Chưa đạt đủ chỉ tiêu' },
          ]}
        />
        <Select
          allowClear
          value={itemId}
          onChange={(v) => setItemId(v ?? null)}
          placeholder="Xem theo một nội dung"
          aria-label="Nội dung thi đua"
          style={{ width: 320 }}
          options={movement.items.map((it) => ({ value: it.id, label: `${it.seq}. ${it.title}` }))}
        />
        <Button icon={<DownloadOutlined />} href={exportHref} data-testid="export-dashboard">
          Tải Excel
        </Button>
      </Space>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title="Đơn vị tham gia" value={d.totals.units} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="Đã báo cáo" value={d.totals.reported} suffix={`/ ${d.totals.units}`} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Muộn hoặc chưa nộp khi quá hạn"
            value={d.totals.late}
            styles={{ content: { color: d.totals.late ? '#cf1322' : undefined } }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Mức đạt bình quân"
            value={d.totals.achievement}
            suffix="%"
            precision={1}
            decimalSeparator=","
          />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title="Mức đạt theo nội dung thi đua">
            <PercentBars
              title="Mức đạt theo nội dung thi đua"
              testId="chart-items"
              rows={d.items.map((i) => ({
                key: i.itemId,
                label: `${i.seq}. ${i.title}`,
                value: i.achievement,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="Tình trạng nộp báo cáo">
            <ReportStatusBar
              onTime={onTime}
              late={lateReported}
              missing={d.totals.units - d.totals.reported}
            />
          </Card>
          <Card size="small" title="Các đơn vị chậm nhất" style={{ marginTop: 16 }}>
            <PercentBars
              title="Các đơn vị chậm nhất"
              testId="chart-units"
              rows={d.units
                .slice(0, 10)
                .map((u) => ({ key: u.unitId, label: u.unitName, value: u.achievement }))}
            />
          </Card>
        </Col>
      </Row>
      {itemId && item ? (
        <Card
          size="small"
          title={`Nội dung ${item.seq}: chỉ tiêu đăng ký và kết quả báo cáo (chỉ tiêu chung: ${formatTargetValue(item.targetType, item.target, item.measureUnit)})`}
        >
          <Table
            size="small"
            rowKey="unitId"
            data-testid="item-values"
            dataSource={(itemValues.data?.units ?? []).filter((u) => (only === 'late' ? u.late : true))}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: 'Đơn vị', dataIndex: 'unitName' },
              {
                title: 'Đăng ký',
                width: 150,
                render: (_, u) =>
                  u.registered === null
                    ? `${formatTargetValue(item.targetType, item.target, item.measureUnit)} (chung)`
                    : formatTargetValue(item.targetType, u.registered, item.measureUnit),
              },
              {
                title: 'Báo cáo',
                width: 150,
                render: (_, u) => formatTargetValue(item.targetType, u.value, item.measureUnit),
              },
              {
                title: 'Tình trạng',
                width: 160,
                render: (_, u) => <LateTag late={u.late} reported={u.reported} />,
              },
            ]}
          />
        </Card>
      ) : (
        <Card size="small" title="Tiến độ theo đơn vị (chậm nhất trước)">
          <Table
            size="small"
            rowKey="unitId"
            data-testid="dashboard-units"
            dataSource={units}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            expandable={{
              expandedRowRender: (u) => <UnitCompare movement={movement} periodId={pid} unitId={u.unitId} />,
            }}
            columns={[
              { title: 'Đơn vị', dataIndex: 'unitName' },
              {
                title: 'Mức đạt',
                width: 220,
                render: (_, u) => (
                  <Progress
                    percent={u.achievement}
                    size="small"
                    strokeColor={achievementColor(u.achievement)}
                    format={(p) => `${String(p).replace('.', ',')} %`}
                  />
                ),
              },
              {
                title: 'Nội dung đạt',
                width: 110,
                render: (_, u) => `${u.itemsAchieved}/${movement.items.length}`,
              },
              {
                title: 'Ngày nộp',
                width: 110,
                render: (_, u) => (u.submittedOn ? formatLegalDate(u.submittedOn) : '—'),
              },
              {
                title: 'Tình trạng',
                width: 160,
                render: (_, u) => <LateTag late={u.late} reported={u.reported} />,
              },
            ]}
          />
        </Card>
      )}
      <Card size="small" title="Tiến độ theo nội dung thi đua">
        <Table
          size="small"
          rowKey="itemId"
          pagination={false}
          dataSource={d.items}
          data-testid="dashboard-items"
          columns={[
            { title: 'STT', dataIndex: 'seq', width: 50 },
            { title: 'Nội dung', dataIndex: 'title', ellipsis: true },
            {
              title: 'Mức đạt',
              width: 200,
              render: (_, i) => (
                <Progress
                  percent={i.achievement}
                  size="small"
                  strokeColor={achievementColor(i.achievement)}
                  format={(p) => `${String(p).replace('.', ',')} %`}
                />
              ),
            },
            { title: 'Đã báo cáo', width: 100, render: (_, i) => `${i.unitsReported}/${d.totals.units}` },
            { title: 'Đơn vị đạt', width: 100, dataIndex: 'unitsAchieved' },
          ]}
        />
      </Card>
    </Space>
  );
}
