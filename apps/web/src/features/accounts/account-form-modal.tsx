import { App, Button, Form, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES, ROLE_LABELS, type Role } from '@vinhdanh/shared';
import { FormModal } from '../../components/form-modal';
import { UnitTreeSelect } from '../units/unit-tree-select';
import { useCreateAccount } from './api';

interface Values {
  username: string;
  fullName: string;
  password: string;
  roles: { role: Role; unitId: string }[];
}

export const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function AccountFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const { message } = App.useApp();

  const submit = async (v: Values) => {
    await create.mutateAsync({
      username: v.username.trim().toLowerCase(),
      fullName: v.fullName.trim(),
      password: v.password,
      roles: v.roles.map((r) => ({ role: r.role, unitId: r.unitId })),
    });
    message.success(`Đã tạo tài khoản ${v.username}.`);
    onClose();
  };

  return (
    <FormModal
      open={open}
      title="Tạo tài khoản"
      okText="Tạo tài khoản"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={create.isPending}
      error={create.error}
      initialValues={{ roles: [{ role: 'UNIT_CLERK' }] }}
    >
      <Form.Item
        name="username"
        label="Tên đăng nhập"
        rules={[
          { required: true, message: 'Nhập tên đăng nhập.' },
          {
            pattern: /^[a-zA-Z0-9._-]{3,50}$/,
            message: 'Tên đăng nhập gồm 3–50 ký tự a-z, 0-9, dấu chấm, gạch.',
          },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="fullName" label="Họ và tên" rules={[{ required: true, message: 'Nhập họ và tên.' }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="password"
        label="Mật khẩu ban đầu"
        rules={[{ required: true, min: 10, message: 'Mật khẩu phải có ít nhất 10 ký tự.' }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.List
        name="roles"
        rules={[
          {
            validator: async (_, roles: Values['roles'] | undefined) => {
              if (!roles || roles.length === 0) throw new Error('Chọn ít nhất một vai trò.');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div>
            <div style={{ marginBottom: 8, fontWeight: 500 }}>Vai trò và phạm vi đơn vị</div>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: 'Chọn vai trò.' }]}>
                  <Select options={ROLE_OPTIONS} style={{ width: 240 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                  <UnitTreeSelect style={{ width: 340 }} placeholder="Phạm vi (đơn vị và cấp dưới)" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="Xóa vai trò"
                  onClick={() => remove(f.name)}
                />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ role: 'UNIT_CLERK' })}>
              Thêm vai trò
            </Button>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
