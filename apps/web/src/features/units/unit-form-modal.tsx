import { App, DatePicker, Form, Input, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  type CreateUnitInput,
  type UnitDetail,
  type UnitKind,
} from '@vinhdanh/shared';
import { DATE_FORMAT, fromLegal, toLegal } from '../../lib/dates';
import { FormModal } from '../../components/form-modal';
import { useCreateUnit, useUpdateUnit } from './api';
import { UnitTreeSelect } from './unit-tree-select';

export const UNIT_KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

interface CreateValues {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitKind;
  parentId?: string | null;
  hasLegalPersonality: boolean;
  validFrom: Dayjs;
  field?: string;
  address?: string;
}

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

/** Modal to create a unit under a parent valid on `asOf`. */
export function CreateUnitModal({
  open,
  onClose,
  asOf,
  defaultParentId,
}: {
  open: boolean;
  onClose: (createdId?: string) => void;
  asOf: string;
  defaultParentId?: string | null;
}) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateUnit();
  const { message } = App.useApp();
  const validFrom = Form.useWatch('validFrom', form);

  const submit = async (v: CreateValues) => {
    const input: CreateUnitInput = {
      code: v.code.trim().toUpperCase(),
      name: v.name.trim(),
      shortName: blank(v.shortName),
      kind: v.kind,
      parentId: v.parentId ?? null,
      hasLegalPersonality: v.hasLegalPersonality,
      validFrom: toLegal(v.validFrom)!,
      field: blank(v.field),
      address: blank(v.address),
    };
    const u = await create.mutateAsync(input);
    message.success(`Đã tạo đơn vị "${input.name}".`);
    form.resetFields();
    onClose(u?.id);
  };

  return (
    <FormModal
      open={open}
      title="Thêm đơn vị"
      okText="Tạo đơn vị"
      form={form}
      onSubmit={submit}
      onClose={() => onClose()}
      pending={create.isPending}
      error={create.error}
      initialValues={{
        hasLegalPersonality: true,
        validFrom: fromLegal(asOf),
        parentId: defaultParentId ?? null,
      }}
      width={640}
    >
      <Form.Item
        name="code"
        label="Mã đơn vị"
        rules={[
          { required: true, message: 'Nhập mã đơn vị.' },
          { pattern: /^[A-Za-z0-9_.-]{2,40}$/, message: 'Mã đơn vị gồm 2–40 ký tự A-Z, 0-9, _ . -' },
        ]}
      >
        <Input placeholder="VD: P_BA_DINH" />
      </Form.Item>
      <Form.Item
        name="name"
        label="Tên đơn vị"
        rules={[{ required: true, min: 2, message: 'Nhập tên đơn vị.' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="shortName" label="Tên viết tắt">
        <Input />
      </Form.Item>
      <Form.Item name="kind" label="Loại đơn vị" rules={[{ required: true, message: 'Chọn loại đơn vị.' }]}>
        <Select options={UNIT_KIND_OPTIONS} />
      </Form.Item>
      <Form.Item name="parentId" label="Đơn vị cấp trên">
        <UnitTreeSelect asOf={toLegal(validFrom) ?? asOf} placeholder="(Không có — đơn vị gốc)" />
      </Form.Item>
      <Form.Item
        name="validFrom"
        label="Hiệu lực từ ngày"
        rules={[{ required: true, message: 'Chọn ngày.' }]}
      >
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item name="hasLegalPersonality" label="Có tư cách pháp nhân" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="field" label="Lĩnh vực">
        <Input />
      </Form.Item>
      <Form.Item name="address" label="Địa chỉ">
        <Input />
      </Form.Item>
    </FormModal>
  );
}

interface EditValues {
  shortName?: string | null;
  hasLegalPersonality: boolean;
  field?: string | null;
  address?: string | null;
}

/** Modal to edit the attributes of a unit that are not effective-dated (name and parent change by events). */
export function EditUnitModal({ unit, onClose }: { unit: UnitDetail | null; onClose: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateUnit(unit?.id ?? '');
  const { message } = App.useApp();

  const submit = async (v: EditValues) => {
    await update.mutateAsync({
      shortName: blank(v.shortName),
      hasLegalPersonality: v.hasLegalPersonality,
      field: blank(v.field),
      address: blank(v.address),
    });
    message.success('Đã lưu thông tin đơn vị.');
    onClose();
  };

  return (
    <FormModal
      open={!!unit}
      title={unit ? `Sửa thông tin: ${unit.name}` : ''}
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={update.isPending}
      error={update.error}
      initialValues={
        unit
          ? {
              shortName: unit.shortName,
              hasLegalPersonality: unit.hasLegalPersonality,
              field: unit.field,
              address: unit.address,
            }
          : undefined
      }
    >
      <Form.Item name="shortName" label="Tên viết tắt">
        <Input />
      </Form.Item>
      <Form.Item name="hasLegalPersonality" label="Có tư cách pháp nhân" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="field" label="Lĩnh vực">
        <Input />
      </Form.Item>
      <Form.Item name="address" label="Địa chỉ">
        <Input />
      </Form.Item>
      <p style={{ color: '#888' }}>
        Tên gọi và đơn vị cấp trên thay đổi theo thời gian: hãy ghi sự kiện tổ chức (đổi tên, chuyển đơn vị
        cấp trên).
      </p>
    </FormModal>
  );
}
