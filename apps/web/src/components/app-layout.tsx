import { App, Badge, Button, Layout, Menu, Space, Spin, Tag, Typography, type MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  BookOutlined,
  ClusterOutlined,
  FileDoneOutlined,
  FlagOutlined,
  BarChartOutlined,
  GlobalOutlined,
  HomeOutlined,
  ImportOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ROLE_LABELS } from '@vinhdanh/shared';
import { logout } from '../features/auth/api';
import { SESSION_KEY, hasRole, useSession } from '../features/auth/session';
import { errorMessage } from '../lib/http';
import { useUnreadCount } from '../features/notifications/api';
import { ErrorBoundary } from './error-boundary';

const { Header, Sider, Content } = Layout;

/** Menu key for the current path (longest matching prefix). */
function selectedKey(pathname: string): string {
  const keys = [
    '/to-chuc',
    '/cum-khoi',
    '/cham-diem',
    '/can-bo',
    '/nhap-du-lieu',
    '/phong-trao',
    '/hop-thu',
    '/de-nghi',
    '/hoi-dong',
    '/bao-cao/thong-ke',
    '/bao-cao/bieu-do',
    '/so-vang',
    '/quyet-dinh',
    '/quan-tri/tai-khoan',
    '/quan-tri/nhat-ky',
    '/quan-tri/tham-so-phap-ly',
    '/cong-thong-tin/bai-viet',
  ];
  return keys.find((k) => pathname === k || pathname.startsWith(`${k}/`)) ?? '/';
}

export function AppLayout() {
  const { data: session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [collapsed, setCollapsed] = useState(false);
  const isAdmin = hasRole(session, 'SYSTEM_ADMIN');
  const canPost = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const user = session?.user;
  const unread = useUnreadCount();

  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: 'Tổng quan' },
    {
      key: 'org',
      icon: <ApartmentOutlined />,
      label: 'Tổ chức',
      children: [
        { key: '/to-chuc', icon: <ApartmentOutlined />, label: 'Cây tổ chức' },
        { key: '/cum-khoi', icon: <ClusterOutlined />, label: 'Cụm/khối thi đua' },
      ],
    },
    { key: '/phong-trao', icon: <FlagOutlined />, label: 'Phong trào thi đua' },
    { key: '/cham-diem', icon: <TrophyOutlined />, label: 'Chấm điểm thi đua' },
    { key: '/can-bo', icon: <TeamOutlined />, label: 'Cán bộ' },
    { key: '/so-vang', icon: <TrophyOutlined />, label: 'Sổ vàng' },
    { key: '/nhap-du-lieu', icon: <ImportOutlined />, label: 'Nhập dữ liệu' },
    { key: '/de-nghi', icon: <FileDoneOutlined />, label: 'Đề nghị khen thưởng' },
    { key: '/hoi-dong', icon: <SafetyCertificateOutlined />, label: 'Hội đồng TĐKT' },
    { key: '/quyet-dinh', icon: <FileDoneOutlined />, label: 'Quyết định khen thưởng' },
    {
      key: 'reports',
      icon: <BarChartOutlined />,
      label: 'Báo cáo',
      children: [
        { key: '/bao-cao/thong-ke', icon: <TableOutlined />, label: 'Biểu thống kê' },
        { key: '/bao-cao/bieu-do', icon: <BarChartOutlined />, label: 'Biểu đồ' },
      ],
    },
    { key: '/quan-tri/tham-so-phap-ly', icon: <BookOutlined />, label: 'Tham số pháp lý' },
    ...(canPost
      ? [{ key: '/cong-thong-tin/bai-viet', icon: <GlobalOutlined />, label: 'Cổng thông tin' }]
      : []),
    ...(isAdmin
      ? [
          {
            key: 'admin',
            icon: <SettingOutlined />,
            label: 'Quản trị',
            children: [
              { key: '/quan-tri/tai-khoan', icon: <UserOutlined />, label: 'Tài khoản' },
              { key: '/quan-tri/nhat-ky', icon: <AuditOutlined />, label: 'Nhật ký hệ thống' },
            ],
          },
        ]
      : []),
  ];

  const doLogout = async (everywhere: boolean) => {
    try {
      await logout(everywhere);
      message.success(everywhere ? 'Đã đăng xuất khỏi mọi thiết bị.' : 'Đã đăng xuất.');
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      qc.clear();
      qc.setQueryData(SESSION_KEY, null);
      navigate('/dang-nhap', { replace: true });
    }
  };

  const roles = user?.roles ?? [];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={232}
        theme="dark"
        breakpoint="lg"
      >
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#fff',
            fontWeight: 700,
            fontSize: collapsed ? 14 : 20,
            cursor: 'pointer',
          }}
          onClick={() => navigate('/')}
        >
          {collapsed ? 'VD' : 'Vinh Danh'}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          items={items}
          selectedKeys={[selectedKey(location.pathname)]}
          defaultOpenKeys={['org', 'admin']}
          onClick={(e) => navigate(e.key)}
          aria-label="Menu chính"
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Space size={4} wrap style={{ overflow: 'hidden', maxHeight: 56 }}>
            {roles.slice(0, 2).map((r) => (
              <Tag key={`${r.role}-${r.unitId}`} color="red" title={`${ROLE_LABELS[r.role]} · ${r.unitName}`}>
                {ROLE_LABELS[r.role]} · {r.unitName}
              </Tag>
            ))}
            {roles.length > 2 && <Tag>+{roles.length - 2}</Tag>}
          </Space>
          <Badge count={unread.data?.unread ?? 0} size="small" overflowCount={99}>
            <Button
              type="text"
              icon={<BellOutlined />}
              aria-label={`Hộp thư: ${unread.data?.unread ?? 0} thông báo chưa đọc`}
              data-testid="inbox-badge"
              onClick={() => navigate('/hop-thu')}
            />
          </Badge>
          <Space size={4} data-testid="current-user">
            <UserOutlined />
            <Typography.Text strong>{user?.fullName}</Typography.Text>
          </Space>
          <Button icon={<LogoutOutlined />} onClick={() => void doLogout(false)} data-testid="logout">
            Đăng xuất
          </Button>
          <Button danger onClick={() => void doLogout(true)} data-testid="logout-all">
            Đăng xuất mọi nơi
          </Button>
        </Header>
        <Content style={{ margin: 24 }}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
