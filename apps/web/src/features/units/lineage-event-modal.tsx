import { App, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  LINEAGE_EVENT_LABELS,
  previousDay,
  type LineageEventKind,
  type RecordLineageEventInput,
  type UnitDetail,
  type UnitKind,
} from '@vinhdanh/shared';
import { DATE_FORMAT, toLegal, todayLegal } from '../../lib/dates';
import { FormModal } from '../../components/form-modal';
import { useRecordLineageEvent } from './api';
import { UnitTreeSelect } from './unit-tree-select';
import { UNIT_KIND_OPTIONS } from './unit-form-modal';

/** ESTABLISH is recorded by creating a unit, so it is not offered here. */
const KINDS: Exclude<LineageEventKind, 'ESTABLISH'>[] = ['RENAME', 'MERGE', 'SPLIT', 'DISSOLVE', 'TRANSFER'];

const HELP: Record<(typeof KINDS)[number], string> = {
  RENAME: 'Đơn vị giữ nguyên, đổi tên từ ngày sự kiện.',
  MERGE:
    'Các đơn vị bị sáp nhập kết thúc vào ngày trước ngày sự kiện và nhập vào một đơn vị đã có hoặc đơn vị mới.',
  SPLIT: 'Đơn vị bị chia tách kết thúc vào ngày trước ngày sự kiện; các đơn vị mới bắt đầu từ ngày sự kiện.',
  DISSOLVE: 'Các đơn vị bị giải thể kết thúc vào ngày trước ngày sự kiện.',
  TRANSFER: 'Các đơn vị chuyển sang trực thuộc đơn vị cấp trên mới từ ngày sự kiện.',
};

interface NewUnitValues {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string | null;
  hasLegalPersonality: boolean;
}
interface Values {
  kind: (typeof KINDS)[number];
  eventDate: Dayjs;
  legalBasis: string;
  note?: string;
  fromUnitIds?: string[] | string | null;
  toUnitIds?: string[] | string | null;
  target?: 'existing' | 'new';
  newName?: string;
  newParentId?: string | null;
  newUnits?: NewUnitValues[];
}

const asArray = (v: string[] | string | null | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);

/** Builds the API input from the form values (exported for tests). */
export function toLineageInput(v: Values): RecordLineageEventInput {
  const base: RecordLineageEventInput = {
    kind: v.kind,
    eventDate: toLegal(v.eventDate)!,
    legalBasis: v.legalBasis.trim(),
    note: v.note?.trim() ? v.note.trim() : null,
    fromUnitIds: asArray(v.fromUnitIds),
    toUnitIds: [],
    newUnits: [],
  };
  const newUnits = (v.newUnits ?? []).map((n) => ({
    code: n.code.trim().toUpperCase(),
    name: n.name.trim(),
    kind: n.kind,
    parentId: n.parentId ?? null,
    hasLegalPersonality: n.hasLegalPersonality,
  }));
  switch (v.kind) {
    case 'RENAME':
      return { ...base, newName: v.newName?.trim() };
    case 'TRANSFER':
      return { ...base, newParentId: v.newParentId ?? null };
    case 'MERGE':
      return v.target === 'new' ? { ...base, newUnits } : { ...base, toUnitIds: asArray(v.toUnitIds) };
    case 'SPLIT':
      return { ...base, newUnits, toUnitIds: asArray(v.toUnitIds) };
    case 'DISSOLVE':
      return base;
  }
}

export function LineageEventModal({
  unit,
  open,
  onClose,
}: {
  unit: UnitDetail | null;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const record = useRecordLineageEvent();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? 'RENAME';
  const target = Form.useWatch('target', form) ?? 'existing';
  const eventDate = toLegal(Form.useWatch('eventDate', form)) ?? todayLegal();
  const dayBefore = previousDay(eventDate);

  const submit = async (v: Values) => {
    await record.mutateAsync(toLineageInput(v));
    message.success('Đã ghi sự kiện tổ chức.');
    onClose();
  };

  const singleFrom = kind === 'RENAME' || kind === 'SPLIT';

  return (
    <FormModal
      open={open}
      title="Ghi sự kiện tổ chức"
      okText="Ghi sự kiện"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={record.isPending}
      error={record.error}
      initialValues={{
        kind: 'RENAME',
        target: 'existing',
        fromUnitIds: unit ? [unit.id] : [],
        newUnits: [],
      }}
    >
      <Form.Item name="kind" label="Loại sự kiện" extra={HELP[kind as (typeof KINDS)[number]]}>
        <Select options={KINDS.map((k) => ({ value: k, label: LINEAGE_EVENT_LABELS[k] }))} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item
          name="eventDate"
          label="Ngày hiệu lực"
          rules={[{ required: true, message: 'Chọn ngày sự kiện.' }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item
        name="legalBasis"
        label="Căn cứ pháp lý"
        rules={[{ required: true, min: 5, message: 'Nhập căn cứ pháp lý (số, ngày văn bản).' }]}
      >
        <Input placeholder="VD: Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025" />
      </Form.Item>
      <Form.Item
        name="fromUnitIds"
        label={
          kind === 'TRANSFER'
            ? 'Đơn vị chuyển đi'
            : kind === 'RENAME'
              ? 'Đơn vị đổi tên'
              : kind === 'SPLIT'
                ? 'Đơn vị bị chia tách'
                : kind === 'DISSOLVE'
                  ? 'Đơn vị giải thể'
                  : 'Các đơn vị bị sáp nhập'
        }
        rules={[{ required: true, message: 'Chọn đơn vị.' }]}
        getValueProps={(v: string[] | string | null) => ({
          value: singleFrom ? asArray(v)[0] : asArray(v),
        })}
      >
        <UnitTreeSelect
          asOf={kind === 'RENAME' || kind === 'TRANSFER' ? eventDate : dayBefore}
          multiple={!singleFrom}
        />
      </Form.Item>

      {kind === 'RENAME' && (
        <Form.Item
          name="newName"
          label="Tên mới"
          rules={[{ required: true, min: 2, message: 'Nhập tên mới.' }]}
        >
          <Input />
        </Form.Item>
      )}
      {kind === 'TRANSFER' && (
        <Form.Item
          name="newParentId"
          label="Đơn vị cấp trên mới"
          rules={[{ required: true, message: 'Chọn đơn vị cấp trên mới.' }]}
        >
          <UnitTreeSelect asOf={eventDate} />
        </Form.Item>
      )}
      {kind === 'MERGE' && (
        <Form.Item name="target" label="Sáp nhập vào">
          <Radio.Group
            options={[
              { value: 'existing', label: 'Một đơn vị đã có' },
              { value: 'new', label: 'Một đơn vị mới thành lập' },
            ]}
          />
        </Form.Item>
      )}
      {((kind === 'MERGE' && target === 'existing') || kind === 'SPLIT') && (
        <Form.Item
          name="toUnitIds"
          label={kind === 'MERGE' ? 'Đơn vị nhận sáp nhập' : 'Đơn vị đã có nhận một phần (nếu có)'}
          rules={kind === 'MERGE' ? [{ required: true, message: 'Chọn đơn vị nhận sáp nhập.' }] : []}
        >
          <UnitTreeSelect asOf={eventDate} multiple={kind === 'SPLIT'} />
        </Form.Item>
      )}
      {((kind === 'MERGE' && target === 'new') || kind === 'SPLIT') && (
        <Form.List name="newUnits">
          {(fields, { add, remove }) => (
            <div>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  title={`Đơn vị mới ${f.name + 1}`}
                  style={{ marginBottom: 8 }}
                  extra={
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="Xóa đơn vị mới"
                      onClick={() => remove(f.name)}
                    />
                  }
                >
                  <Space wrap align="start">
                    <Form.Item
                      name={[f.name, 'code']}
                      label="Mã"
                      rules={[{ required: true, message: 'Nhập mã.' }]}
                    >
                      <Input style={{ width: 140 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'name']}
                      label="Tên"
                      rules={[{ required: true, message: 'Nhập tên.' }]}
                    >
                      <Input style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'kind']}
                      label="Loại"
                      rules={[{ required: true, message: 'Chọn loại.' }]}
                    >
                      <Select options={UNIT_KIND_OPTIONS} style={{ width: 180 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'parentId']} label="Đơn vị cấp trên">
                      <UnitTreeSelect asOf={eventDate} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'hasLegalPersonality']}
                      label="Pháp nhân"
                      valuePropName="checked"
                      initialValue={true}
                    >
                      <Switch />
                    </Form.Item>
                  </Space>
                </Card>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ hasLegalPersonality: true, parentId: unit?.parentId ?? null })}
                style={{ marginBottom: 16 }}
              >
                Thêm đơn vị mới
              </Button>
            </div>
          )}
        </Form.List>
      )}
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
