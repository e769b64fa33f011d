import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput } from '@vinhdanh/shared';
import { login } from '../features/auth/api';
import { useSession, useSetSession } from '../features/auth/session';
import { ApiError, errorMessage } from '../lib/http';
import { applyServerFieldErrors } from '../components/form-errors';

export default function LoginPage() {
  const [form] = Form.useForm<LoginInput>();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: session } = useSession();
  const setSession = useSetSession();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const m = useMutation({ mutationFn: login });

  useEffect(() => {
    document.title = 'Đăng nhập — Vinh Danh';
  }, []);

  if (session) return <Navigate to={from} replace />;

  const submit = async (v: LoginInput) => {
    setError(null);
    try {
      const s = await m.mutateAsync({ username: v.username.trim(), password: v.password });
      // Nothing cached for a previous (expired or other) user may show to this one.
      qc.clear();
      setSession(s);
      navigate(from, { replace: true });
    } catch (e) {
      const unmatched = applyServerFieldErrors(form, e);
      if (unmatched === null || unmatched.length > 0) setError(errorMessage(e));
      if (e instanceof ApiError && e.code === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #a8071a 0%, #cf1322 45%, #fff1f0 45.1%)',
        padding: 16,
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={2} style={{ margin: 0, color: '#cf1322' }}>
            Vinh Danh
          </Typography.Title>
          <Typography.Text type="secondary">Hệ thống quản lý thi đua, khen thưởng</Typography.Text>
        </div>
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
            role="alert"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          data-testid="login-form"
          requiredMark={false}
        >
          <Form.Item
            name="username"
            label="Tên đăng nhập"
            rules={[{ required: true, message: 'Nhập tên đăng nhập.' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu.' }]}>
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="login-password"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={m.isPending} data-testid="login-submit">
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </div>
  );
}
