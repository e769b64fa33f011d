import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Switch,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  MILESTONE_KIND_LABELS,
  MILESTONE_KINDS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_LAUNCH_LEVEL_LABELS,
  MOVEMENT_LAUNCH_LEVELS,
  MOVEMENT_SCOPE_LABELS,
  MOVEMENT_SCOPES,
  PARTICIPANT_PICK_LABELS,
  PARTICIPANT_PICK_KINDS,
  TARGET_TYPE_LABELS,
  TARGET_TYPES,
  type Movement,
  type MovementKind,
  type SaveMovementInput,
  type TargetType,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { applyServerFieldErrors } from '../components/form-errors';
import { DATE_FORMAT, fromLegal, toLegal, todayLegal } from '../lib/dates';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { useClusters } from '../features/clusters/api';
import { useMovement, useSaveMovement } from '../features/movements/api';

interface ItemValues {
  id?: string;
  title: string;
  description?: string;
  targetType: TargetType;
  targetNum?: number | null;
  targetDate?: Dayjs | null;
  targetBool?: boolean;
  measureUnit?: string;
  ownerUnitId?: string | null;
  ownerName?: string;
}
export interface MovementFormValues {
  name: string;
  kind: MovementKind;
  year?: number | null;
  launchingUnitId: string;
  launchLevel?: Movement['launchLevel'] | null;
  scope: Movement['scope'];
  signerName?: string;
  signerPosition?: string;
  launchDate?: Dayjs | null;
  launchEvent?: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  registrationDeadline?: Dayjs | null;
  occasion?: string;
  objectives?: string;
  targetGroups?: string;
  criteria?: string;
  plan?: string;
  measures?: string;
  relatedPlans?: string;
  participants: { kind: 'SUBTREE' | 'CLUSTER' | 'UNIT'; id?: string }[];
  items: ItemValues[];
  milestones: { kind: 'SO_KET' | 'TONG_KET' | 'SU_KIEN'; name: string; date?: Dayjs | null }[];
  reportPeriods: { name: string; asOf?: Dayjs | null; dueDate?: Dayjs | null }[];
}

export function toFormValues(m: Movement): MovementFormValues {
  return {
    name: m.name,
    kind: m.kind,
    year: m.year,
    launchingUnitId: m.launchingUnitId,
    launchLevel: m.launchLevel,
    scope: m.scope,
    signerName: m.signerName ?? undefined,
    signerPosition: m.signerPosition ?? undefined,
    launchDate: fromLegal(m.launchDate),
    launchEvent: m.launchEvent ?? undefined,
    startDate: fromLegal(m.startDate),
    endDate: fromLegal(m.endDate),
    registrationDeadline: fromLegal(m.registrationDeadline),
    occasion: m.occasion ?? undefined,
    objectives: m.objectives ?? undefined,
    targetGroups: m.targetGroups ?? undefined,
    criteria: m.criteria ?? undefined,
    plan: m.plan ?? undefined,
    measures: m.measures ?? undefined,
    relatedPlans: m.relatedPlans ?? undefined,
    participants: m.picks.map((p) => ({ kind: p.kind, id: p.id })),
    items: m.items.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description ?? undefined,
      targetType: i.targetType,
      targetNum: typeof i.target === 'number' ? i.target : null,
      targetDate: typeof i.target === 'string' ? fromLegal(i.target) : null,
      targetBool: typeof i.target === 'boolean' ? i.target : true,
      measureUnit: i.measureUnit ?? undefined,
      ownerUnitId: i.ownerUnitId,
      ownerName: i.ownerName ?? undefined,
    })),
    milestones: m.milestones.map((x) => ({ kind: x.kind, name: x.name, date: fromLegal(x.date) })),
    reportPeriods: m.reportPeriods.map((p) => ({
      name: p.name,
      asOf: fromLegal(p.asOf),
      dueDate: fromLegal(p.dueDate),
    })),
  };
}

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

export function toInput(v: MovementFormValues, version?: number): SaveMovementInput {
  return {
    name: v.name,
    kind: v.kind,
    year: v.year ?? null,
    launchingUnitId: v.launchingUnitId,
    launchLevel: v.launchLevel ?? null,
    scope: v.scope,
    signerName: blank(v.signerName),
    signerPosition: blank(v.signerPosition),
    launchDate: toLegal(v.launchDate),
    launchEvent: blank(v.launchEvent),
    startDate: toLegal(v.startDate),
    endDate: toLegal(v.endDate),
    registrationDeadline: toLegal(v.registrationDeadline),
    occasion: blank(v.occasion),
    objectives: blank(v.objectives),
    targetGroups: blank(v.targetGroups),
    criteria: blank(v.criteria),
    plan: blank(v.plan),
    measures: blank(v.measures),
    relatedPlans: blank(v.relatedPlans),
    participants: (v.participants ?? []).filter((p) => p.id).map((p) => ({ kind: p.kind, id: p.id! })),
    items: (v.items ?? []).map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      title: i.title,
      description: blank(i.description),
      targetType: i.targetType,
      target:
        i.targetType === 'DATE'
          ? toLegal(i.targetDate)
          : i.targetType === 'BOOLEAN'
            ? (i.targetBool ?? true)
            : (i.targetNum ?? null),
      measureUnit: blank(i.measureUnit),
      ownerUnitId: i.ownerUnitId ?? null,
      ownerName: blank(i.ownerName),
    })),
    milestones: (v.milestones ?? [])
      .filter((x) => x.date)
      .map((x) => ({ kind: x.kind, name: x.name, date: toLegal(x.date)! })),
    reportPeriods: (v.reportPeriods ?? [])
      .filter((p) => p.asOf && p.dueDate)
      .map((p) => ({ name: p.name, asOf: toLegal(p.asOf)!, dueDate: toLegal(p.dueDate)! })),
    ...(version !== undefined ? { version } : {}),
  };
}

const FIELD_MAP: Record<string, string> = {};

function ParticipantPicker({ name, asOf, year }: { name: number; asOf: string; year: number }) {
  const kind = Form.useWatch(['participants', name, 'kind']);
  const { data: clusters } = useClusters(year);
  return kind === 'CLUSTER' ? (
    <Form.Item
      name={[name, 'id']}
      rules={[{ required: true, message: 'Chọn cụm/khối.' }]}
      style={{ flex: 1, margin: 0 }}
    >
      <Select
        aria-label="Cụm/khối"
        placeholder="Chọn cụm/khối thi đua"
        options={(clusters ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
    </Form.Item>
  ) : (
    <Form.Item
      name={[name, 'id']}
      rules={[{ required: true, message: 'Chọn đơn vị.' }]}
      style={{ flex: 1, margin: 0 }}
    >
      <UnitTreeSelect asOf={asOf} placeholder="Chọn đơn vị" aria-label="Đơn vị tham gia" />
    </Form.Item>
  );
}

function TargetInput({ name }: { name: number }) {
  const type = Form.useWatch(['items', name, 'targetType']) as TargetType | undefined;
  if (type === 'DATE')
    return (
      <Form.Item label="Hoàn thành trước ngày" name={[name, 'targetDate']}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
    );
  if (type === 'BOOLEAN')
    return (
      <Form.Item label="Yêu cầu đạt" name={[name, 'targetBool']} valuePropName="checked" initialValue={true}>
        <Switch checkedChildren="Có" unCheckedChildren="Không" />
      </Form.Item>
    );
  return (
    <Form.Item label={type === 'PERCENT' ? 'Chỉ tiêu (%)' : 'Chỉ tiêu'} name={[name, 'targetNum']}>
      <InputNumber
        min={0}
        max={type === 'PERCENT' ? 100 : undefined}
        style={{ width: '100%' }}
        decimalSeparator=","
      />
    </Form.Item>
  );
}

/** Lập / sửa phong trào: one page, sections in the order of Luật 2022 Điều 17. */
export default function MovementFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<MovementFormValues>();
  const existing = useMovement(id);
  const save = useSaveMovement();
  const start = Form.useWatch('startDate', form) as Dayjs | null | undefined;
  const yearWatch = Form.useWatch('year', form) as number | null | undefined;
  const asOf = toLegal(start) ?? todayLegal();
  const year = yearWatch ?? Number(asOf.slice(0, 4));

  useEffect(() => {
    if (existing.data) form.setFieldsValue(toFormValues(existing.data));
  }, [existing.data, form]);

  if (id && existing.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (existing.data && existing.data.status !== 'DRAFT')
    return <Alert type="info" showIcon title="Phong trào đã phát động nên không sửa bản dự thảo được nữa." />;

  const onFinish = async (v: MovementFormValues) => {
    try {
      const m = await save.mutateAsync({ id, input: toInput(v, existing.data?.version) });
      navigate(`/phong-trao/${m.id}`);
    } catch (e) {
      applyServerFieldErrors(form, e, FIELD_MAP);
    }
  };
  const text = (rows = 3) => <Input.TextArea autoSize={{ minRows: rows, maxRows: 12 }} />;

  return (
    <>
      <PageTitle title={id ? 'Sửa phong trào thi đua' : 'Lập phong trào thi đua'} />
      <ErrorAlert error={save.error} onReload={() => void existing.refetch()} />
      <Form<MovementFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{
          kind: 'DOT',
          scope: 'CO_QUAN_DON_VI',
          participants: [{ kind: 'SUBTREE' }],
          items: [{ targetType: 'BOOLEAN', targetBool: true }],
          milestones: [],
          reportPeriods: [],
        }}
        scrollToFirstError
        data-testid="movement-form"
      >
        <Card title="1. Thông tin chung" size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            label="Tên phong trào"
            name="name"
            rules={[{ required: true, min: 5, message: 'Nhập tên phong trào (ít nhất 5 ký tự).' }]}
          >
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item label="Hình thức" name="kind" rules={[{ required: true }]}>
                <Select options={MOVEMENT_KINDS.map((k) => ({ value: k, label: MOVEMENT_KIND_LABELS[k] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="Phạm vi" name="scope" rules={[{ required: true }]}>
                <Select
                  options={MOVEMENT_SCOPES.map((k) => ({ value: k, label: MOVEMENT_SCOPE_LABELS[k] }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="Cấp phát động (Biểu 0601.N)"
                name="launchLevel"
                tooltip="Để trống: theo loại đơn vị phát động"
              >
                <Select
                  allowClear
                  options={MOVEMENT_LAUNCH_LEVELS.map((k) => ({
                    value: k,
                    label: MOVEMENT_LAUNCH_LEVEL_LABELS[k],
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label="Đơn vị phát động"
                name="launchingUnitId"
                rules={[{ required: true, message: 'Chọn đơn vị phát động.' }]}
              >
                <UnitTreeSelect asOf={asOf} placeholder="Chọn đơn vị" aria-label="Đơn vị phát động" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Người phát động, ký" name="signerName">
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="Chức vụ người ký" name="signerPosition">
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item label="Ngày phát động" name="launchDate">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Ngày bắt đầu" name="startDate">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Ngày kết thúc" name="endDate">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item label="Hạn đăng ký thi đua" name="registrationDeadline">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="Sự kiện phát động" name="launchEvent">
            <Input />
          </Form.Item>
          <Form.Item label="Dịp, sự kiện chào mừng" name="occasion">
            <Input />
          </Form.Item>
        </Card>

        <Card
          title="2. Mục tiêu, đối tượng, tiêu chí, kế hoạch, biện pháp (Điều 17)"
          size="small"
          style={{ marginBottom: 16 }}
        >
          <Form.Item label="Mục tiêu" name="objectives">
            {text()}
          </Form.Item>
          <Form.Item label="Đối tượng" name="targetGroups">
            {text(2)}
          </Form.Item>
          <Form.Item label="Tiêu chí thi đua" name="criteria">
            {text()}
          </Form.Item>
          <Form.Item label="Kế hoạch tổ chức thực hiện" name="plan">
            {text()}
          </Form.Item>
          <Form.Item label="Biện pháp" name="measures">
            {text()}
          </Form.Item>
          <Form.Item label="Văn bản, kế hoạch liên quan" name="relatedPlans">
            {text(2)}
          </Form.Item>
        </Card>

        <Card title="3. Đơn vị tham gia" size="small" style={{ marginBottom: 16 }}>
          <Form.List name="participants">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="start">
                    <Form.Item name={[f.name, 'kind']} style={{ width: 280, margin: 0 }}>
                      <Select
                        aria-label="Cách chọn"
                        options={PARTICIPANT_PICK_KINDS.map((k) => ({
                          value: k,
                          label: PARTICIPANT_PICK_LABELS[k],
                        }))}
                      />
                    </Form.Item>
                    <ParticipantPicker name={f.name} asOf={asOf} year={year} />
                    <Button icon={<DeleteOutlined />} aria-label="Bỏ" onClick={() => remove(f.name)} />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'SUBTREE' })}>
                  Thêm đơn vị / cụm, khối
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>

        <Card title="4. Nội dung thi đua và chỉ tiêu" size="small" style={{ marginBottom: 16 }}>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    type="inner"
                    title={`Nội dung ${i + 1}`}
                    extra={
                      <Button
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={`Bỏ nội dung ${i + 1}`}
                        onClick={() => remove(f.name)}
                      />
                    }
                    data-testid={`item-${i}`}
                  >
                    <Form.Item name={[f.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item
                      label="Nội dung"
                      name={[f.name, 'title']}
                      rules={[{ required: true, min: 3, message: 'Nhập nội dung thi đua.' }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
                    </Form.Item>
                    <Row gutter={16}>
                      <Col xs={24} md={6}>
                        <Form.Item
                          label="Loại chỉ tiêu"
                          name={[f.name, 'targetType']}
                          rules={[{ required: true }]}
                        >
                          <Select
                            options={TARGET_TYPES.map((t) => ({ value: t, label: TARGET_TYPE_LABELS[t] }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={5}>
                        <TargetInput name={f.name} />
                      </Col>
                      <Col xs={12} md={3}>
                        <Form.Item label="Đơn vị tính" name={[f.name, 'measureUnit']}>
                          <Input />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={5}>
                        <Form.Item label="Đơn vị chủ trì" name={[f.name, 'ownerUnitId']}>
                          <UnitTreeSelect asOf={asOf} allowClear placeholder="Chọn đơn vị" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={5}>
                        <Form.Item label="Hoặc tên cơ quan chủ trì" name={[f.name, 'ownerName']}>
                          <Input />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ targetType: 'BOOLEAN', targetBool: true })}
                >
                  Thêm nội dung thi đua
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>

        <Card title="5. Mốc thời gian và kỳ báo cáo" size="small" style={{ marginBottom: 16 }}>
          <Form.List name="milestones">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="start">
                    <Form.Item name={[f.name, 'kind']} style={{ width: 140, margin: 0 }}>
                      <Select
                        options={MILESTONE_KINDS.map((k) => ({ value: k, label: MILESTONE_KIND_LABELS[k] }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'name']}
                      style={{ flex: 1, margin: 0 }}
                      rules={[{ required: true, message: 'Nhập tên mốc.' }]}
                    >
                      <Input placeholder="Tên mốc" aria-label="Tên mốc" />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'date']}
                      style={{ margin: 0 }}
                      rules={[{ required: true, message: 'Chọn ngày.' }]}
                    >
                      <DatePicker format={DATE_FORMAT} aria-label="Ngày của mốc" />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label="Bỏ mốc" onClick={() => remove(f.name)} />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'SO_KET', name: 'Sơ kết' })}>
                  Thêm mốc (sơ kết, tổng kết, sự kiện)
                </Button>
              </Space>
            )}
          </Form.List>
          <div style={{ height: 16 }} />
          <Form.List name="reportPeriods">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} align="start">
                    <Form.Item
                      name={[f.name, 'name']}
                      style={{ flex: 1, margin: 0 }}
                      rules={[{ required: true, message: 'Nhập tên kỳ.' }]}
                    >
                      <Input placeholder="Kỳ báo cáo, ví dụ Quý I/2020" aria-label="Tên kỳ báo cáo" />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'asOf']}
                      style={{ margin: 0 }}
                      rules={[{ required: true, message: 'Chọn ngày chốt số liệu.' }]}
                    >
                      <DatePicker
                        format={DATE_FORMAT}
                        placeholder="Chốt số liệu"
                        aria-label="Ngày chốt số liệu"
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'dueDate']}
                      style={{ margin: 0 }}
                      rules={[{ required: true, message: 'Chọn hạn nộp.' }]}
                    >
                      <DatePicker format={DATE_FORMAT} placeholder="Hạn nộp" aria-label="Hạn nộp báo cáo" />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label="Bỏ kỳ" onClick={() => remove(f.name)} />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  Thêm kỳ báo cáo tiến độ
                </Button>
              </Space>
            )}
          </Form.List>
        </Card>

        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-movement">
            Lưu dự thảo
          </Button>
          <Button onClick={() => navigate(id ? `/phong-trao/${id}` : '/phong-trao')}>Hủy</Button>
        </Space>
      </Form>
    </>
  );
}
