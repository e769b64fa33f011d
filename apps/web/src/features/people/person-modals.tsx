import { App, Checkbox, Col, DatePicker, Divider, Form, Input, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CreatePersonInput, Person, PersonStatus, Sex, UpdatePersonInput } from '@vinhdanh/shared';
import { DATE_FORMAT, fromLegal, toLegal, todayLegal } from '../../lib/dates';
import { FormModal } from '../../components/form-modal';
import { UnitTreeSelect } from '../units/unit-tree-select';
import { useAddEmployment, useCreatePerson, useUpdatePerson } from './api';
import { PersonFields } from './person-fields';

interface PersonValues {
  fullName: string;
  sex: Sex;
  dateOfBirth?: Dayjs | null;
  ethnicity?: string;
  nationalId?: string;
  staffCode?: string;
  status?: PersonStatus;
  email?: string;
  phone?: string;
}
interface EmploymentValues {
  unitId?: string | null;
  from?: Dayjs | null;
  to?: Dayjs | null;
  position?: string;
  isLeader?: boolean;
  isDirectWorker?: boolean;
}

const blank = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

function EmploymentFields({
  prefix,
  required,
  withEnd,
}: {
  prefix: string[];
  required: boolean;
  withEnd?: boolean;
}) {
  const from = Form.useWatch([...prefix, 'from']) as Dayjs | undefined;
  const req = (message: string) => (required ? [{ required: true, message }] : []);
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item name={[...prefix, 'unitId']} label="Đơn vị công tác" rules={req('Chọn đơn vị.')}>
          <UnitTreeSelect asOf={toLegal(from) ?? todayLegal()} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[...prefix, 'position']} label="Chức vụ/vị trí" rules={req('Nhập chức vụ/vị trí.')}>
          <Input placeholder="VD: Chuyên viên" />
        </Form.Item>
      </Col>
      <Col xs={12} md={withEnd ? 6 : 8}>
        <Form.Item name={[...prefix, 'from']} label="Từ ngày" rules={req('Chọn ngày bắt đầu.')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Col>
      {withEnd && (
        <Col xs={12} md={6}>
          <Form.Item name={[...prefix, 'to']} label="Đến ngày">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} md={withEnd ? 12 : 16}>
        <Form.Item label=" ">
          <Space>
            <Form.Item name={[...prefix, 'isLeader']} valuePropName="checked" noStyle>
              <Checkbox>Lãnh đạo, quản lý</Checkbox>
            </Form.Item>
            <Form.Item name={[...prefix, 'isDirectWorker']} valuePropName="checked" noStyle>
              <Checkbox>Trực tiếp lao động/công tác</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
      </Col>
    </Row>
  );
}

function employmentInput(e: EmploymentValues) {
  return {
    unitId: e.unitId!,
    from: toLegal(e.from)!,
    to: toLegal(e.to),
    position: (e.position ?? '').trim(),
    isLeader: !!e.isLeader,
    isDirectWorker: e.isDirectWorker ?? true,
  };
}

/** "Thêm cán bộ": personal information and the first employment. */
export function CreatePersonModal({ open, onClose }: { open: boolean; onClose: (created?: Person) => void }) {
  const [form] = Form.useForm<PersonValues & { employment: EmploymentValues }>();
  const create = useCreatePerson();
  const { message } = App.useApp();

  const submit = async (v: PersonValues & { employment: EmploymentValues }) => {
    const input: CreatePersonInput = {
      fullName: v.fullName.trim(),
      sex: v.sex,
      dateOfBirth: toLegal(v.dateOfBirth),
      ethnicity: v.ethnicity || 'Kinh',
      nationalId: blank(v.nationalId),
      staffCode: blank(v.staffCode),
      status: v.status ?? 'DANG_CONG_TAC',
      email: blank(v.email),
      phone: blank(v.phone),
      employment: v.employment?.unitId ? employmentInput(v.employment) : undefined,
    };
    const p = await create.mutateAsync(input);
    message.success(`Đã thêm cán bộ ${input.fullName}.`);
    form.resetFields();
    onClose(p);
  };

  return (
    <FormModal
      open={open}
      title="Thêm cán bộ"
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={() => onClose()}
      pending={create.isPending}
      error={create.error}
      initialValues={{
        sex: 'NAM',
        ethnicity: 'Kinh',
        status: 'DANG_CONG_TAC',
        employment: { from: fromLegal(todayLegal()), isLeader: false, isDirectWorker: true },
      }}
      width={760}
    >
      <PersonFields />
      <Divider titlePlacement="start">Quá trình công tác đầu tiên</Divider>
      <EmploymentFields prefix={['employment']} required />
    </FormModal>
  );
}

/** Edit personal information; sends `version` so a concurrent change is refused with CONFLICT. */
export function EditPersonModal({
  person,
  open,
  onClose,
  onReload,
}: {
  person: Person;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const [form] = Form.useForm<PersonValues>();
  const update = useUpdatePerson(person.id);
  const { message } = App.useApp();
  const masked = !!person.nationalId && !/^\d{12}$/.test(person.nationalId);

  const submit = async (v: PersonValues) => {
    const input: UpdatePersonInput = {
      version: person.version,
      fullName: v.fullName.trim(),
      sex: v.sex,
      dateOfBirth: toLegal(v.dateOfBirth),
      ethnicity: v.ethnicity || undefined,
      staffCode: blank(v.staffCode),
      status: v.status,
      email: blank(v.email),
      phone: blank(v.phone),
    };
    // A masked CCCD is sent back only when the user typed a new one.
    const nid = blank(v.nationalId);
    if (!masked || nid !== person.nationalId) input.nationalId = nid;
    await update.mutateAsync(input);
    message.success('Đã lưu thông tin cán bộ.');
    onClose();
  };

  return (
    <FormModal
      open={open}
      title={`Sửa thông tin: ${person.fullName}`}
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={update.isPending}
      error={update.error}
      onReload={() => {
        update.reset();
        onReload();
        onClose();
      }}
      initialValues={{
        fullName: person.fullName,
        sex: person.sex,
        dateOfBirth: fromLegal(person.dateOfBirth),
        ethnicity: person.ethnicity,
        nationalId: person.nationalId ?? undefined,
        staffCode: person.staffCode ?? undefined,
        status: person.status,
        email: person.email ?? undefined,
        phone: person.phone ?? undefined,
      }}
      width={760}
    >
      <PersonFields nationalIdMasked={masked} />
    </FormModal>
  );
}

/** Add a period of employment to a person. */
export function AddEmploymentModal({
  personId,
  open,
  onClose,
}: {
  personId: string;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ employment: EmploymentValues }>();
  const add = useAddEmployment(personId);
  const { message } = App.useApp();

  const submit = async (v: { employment: EmploymentValues }) => {
    await add.mutateAsync(employmentInput(v.employment));
    message.success('Đã thêm quá trình công tác.');
    onClose();
  };

  return (
    <FormModal
      open={open}
      title="Thêm quá trình công tác"
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={add.isPending}
      error={add.error}
      fieldMap={{
        unitId: 'employment.unitId',
        from: 'employment.from',
        to: 'employment.to',
        position: 'employment.position',
      }}
      initialValues={{
        employment: { from: fromLegal(todayLegal()), isLeader: false, isDirectWorker: true },
      }}
    >
      <EmploymentFields prefix={['employment']} required withEnd />
    </FormModal>
  );
}
