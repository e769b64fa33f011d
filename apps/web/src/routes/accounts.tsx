import { App, Button, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { ROLE_LABELS, type Account } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { formatInstant } from '../lib/dates';
import { errorMessage } from '../lib/http';
import { useAccounts, useDisableAccount, useSetAccountEmail } from '../features/accounts/api';
import { useSession } from '../features/auth/session';
import { AccountFormModal } from '../features/accounts/account-form-modal';

export default function AccountsPage() {
  const { data, isFetching, error } = useAccounts();
  const disable = useDisableAccount();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const { data: session } = useSession();
  const setEmail = useSetAccountEmail();
  const [editing, setEditing] = useState<Account | null>(null);
  const [email, setEmailText] = useState('');

  return (
    <>
      <PageTitle
        title="Tài khoản"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Tạo tài khoản
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Table<Account>
        rowKey="id"
        loading={isFetching}
        dataSource={data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: 'Tên đăng nhập', dataIndex: 'username', width: 200 },
          { title: 'Họ và tên', dataIndex: 'fullName' },
          {
            title: 'Vai trò (phạm vi)',
            key: 'roles',
            render: (_, a) =>
              a.roles.map((r) => (
                <Tag key={`${r.role}-${r.unitId}`} style={{ marginBottom: 4 }}>
                  {ROLE_LABELS[r.role]} · {r.unitName}
                </Tag>
              )),
          },
          {
            title: 'Email nhận thông báo',
            key: 'email',
            width: 260,
            render: (_, a) => (
              <Space>
                {a.email ? <span>{a.email}</span> : <Typography.Text type="secondary">—</Typography.Text>}
                <Button
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={`Sửa email của ${a.username}`}
                  onClick={() => {
                    setEditing(a);
                    setEmailText(a.email ?? '');
                  }}
                />
              </Space>
            ),
          },
          {
            title: 'Trạng thái',
            dataIndex: 'disabled',
            width: 130,
            render: (d: boolean) =>
              d ? <Tag color="red">Đã vô hiệu hóa</Tag> : <Tag color="green">Đang hoạt động</Tag>,
          },
          { title: 'Ngày tạo', dataIndex: 'createdAt', width: 150, render: (v: string) => formatInstant(v) },
          {
            title: '',
            key: 'actions',
            width: 140,
            render: (_, a) =>
              !a.disabled &&
              a.id !== session?.user.id && (
                <Popconfirm
                  title={`Vô hiệu hóa tài khoản ${a.username}?`}
                  description="Người dùng sẽ bị đăng xuất và không đăng nhập được nữa."
                  okText="Vô hiệu hóa"
                  okButtonProps={{ danger: true }}
                  cancelText="Hủy"
                  onConfirm={async () => {
                    try {
                      await disable.mutateAsync(a.id);
                      message.success(`Đã vô hiệu hóa tài khoản ${a.username}.`);
                    } catch (e) {
                      message.error(errorMessage(e));
                    }
                  }}
                >
                  <Button size="small" danger icon={<StopOutlined />}>
                    Vô hiệu hóa
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {creating && <AccountFormModal open onClose={() => setCreating(false)} />}
      <Modal
        open={!!editing}
        title={`Email nhận thông báo của ${editing?.username ?? ''}`}
        okText="Lưu"
        cancelText="Hủy"
        confirmLoading={setEmail.isPending}
        onCancel={() => setEditing(null)}
        onOk={async () => {
          try {
            await setEmail.mutateAsync({ id: editing!.id, email: email.trim() || null });
            message.success('Đã lưu địa chỉ email.');
            setEditing(null);
          } catch {
            // shown below
          }
        }}
      >
        <Typography.Paragraph type="secondary">
          Thư báo phát động phong trào, nhắc hạn đăng ký, báo cáo và trả lại hồ sơ được gửi đến địa chỉ này
          khi hệ thống có cấu hình máy chủ thư (SMTP). Để trống để không nhận thư.
        </Typography.Paragraph>
        <ErrorAlert error={setEmail.error} />
        <Input
          type="email"
          aria-label="Địa chỉ email"
          placeholder="ten@coquan.gov.vn"
          value={email}
          onChange={(e) => setEmailText(e.target.value)}
        />
      </Modal>
    </>
  );
}
