import { Card, Col, Row, Typography } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  ClusterOutlined,
  ImportOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatLegalDate } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { hasRole, useSession } from '../features/auth/session';
import { todayLegal } from '../lib/dates';

interface Shortcut {
  to: string;
  icon: ReactNode;
  title: string;
  text: string;
  admin?: boolean;
}

const SHORTCUTS: Shortcut[] = [
  {
    to: '/to-chuc',
    icon: <ApartmentOutlined />,
    title: 'Cây tổ chức',
    text: 'Xem cơ cấu đơn vị theo từng thời điểm, lịch sử sáp nhập, chia tách.',
  },
  {
    to: '/cum-khoi',
    icon: <ClusterOutlined />,
    title: 'Cụm/khối thi đua',
    text: 'Lập cụm, khối thi đua theo năm; trưởng, phó cụm/khối.',
  },
  {
    to: '/can-bo',
    icon: <TeamOutlined />,
    title: 'Cán bộ',
    text: 'Tra cứu cán bộ (không cần gõ dấu), quá trình công tác.',
  },
  {
    to: '/nhap-du-lieu',
    icon: <ImportOutlined />,
    title: 'Nhập dữ liệu',
    text: 'Nhập danh sách cán bộ từ tệp Excel theo mẫu.',
  },
  {
    to: '/quan-tri/tai-khoan',
    icon: <UserOutlined />,
    title: 'Tài khoản',
    text: 'Tạo tài khoản, phân quyền theo đơn vị.',
    admin: true,
  },
  {
    to: '/quan-tri/nhat-ky',
    icon: <AuditOutlined />,
    title: 'Nhật ký hệ thống',
    text: 'Ai đã thay đổi gì, khi nào.',
    admin: true,
  },
];

export default function HomePage() {
  const { data: session } = useSession();
  const admin = hasRole(session, 'SYSTEM_ADMIN');
  return (
    <>
      <PageTitle title="Tổng quan" />
      <Typography.Paragraph>
        Xin chào <strong>{session?.user.fullName}</strong>. Hôm nay là ngày {formatLegalDate(todayLegal())}.
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {SHORTCUTS.filter((s) => !s.admin || admin).map((s) => (
          <Col xs={24} sm={12} lg={8} key={s.to}>
            <Link to={s.to}>
              <Card hoverable size="small">
                <Card.Meta
                  avatar={<span style={{ fontSize: 28, color: '#cf1322' }}>{s.icon}</span>}
                  title={s.title}
                  description={s.text}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
