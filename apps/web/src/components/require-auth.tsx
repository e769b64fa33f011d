import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@vinhdanh/shared';
import { hasRole, useSession } from '../features/auth/session';
import { ErrorAlert } from './error-alert';

/** Renders children only for a signed-in user (and one of `roles`, if given); otherwise goes to login. */
export function RequireAuth({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { data: session, isLoading, error } = useSession();
  const location = useLocation();
  if (isLoading) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  if (error) return <ErrorAlert error={error} />;
  if (!session)
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  if (roles && !hasRole(session, ...roles))
    return (
      <Result status="403" title="Không có quyền truy cập" subTitle="Trang này dành cho quản trị hệ thống." />
    );
  return <>{children}</>;
}
