import { Badge, Button, Empty, List, Segmented, Space, Spin, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { formatInstant } from '../lib/dates';
import { useMarkRead, useNotifications } from '../features/notifications/api';

/** Hộp thư: notifications for the user's account and the units they hold a role on. */
export default function InboxPage() {
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, isFetching, error } = useNotifications(page, unreadOnly);
  const mark = useMarkRead();
  return (
    <>
      <PageTitle
        title="Hộp thư thông báo"
        extra={
          <Space>
            <Segmented
              value={unreadOnly ? 'unread' : 'all'}
              onChange={(v) => {
                setUnreadOnly(v === 'unread');
                setPage(1);
              }}
              options={[
                { value: 'all', label: 'Tất cả' },
                { value: 'unread', label: 'Chưa đọc' },
              ]}
            />
            <Button icon={<CheckOutlined />} loading={mark.isPending} onClick={() => mark.mutate(undefined)}>
              Đánh dấu tất cả đã đọc
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={error ?? mark.error} />
      <Spin spinning={isFetching}>
        {data && data.items.length === 0 ? (
          <Empty description="Không có thông báo" />
        ) : (
          <List
            data-testid="inbox"
            itemLayout="vertical"
            dataSource={data?.items ?? []}
            pagination={
              data && data.total > data.pageSize
                ? { current: page, pageSize: data.pageSize, total: data.total, onChange: setPage }
                : false
            }
            renderItem={(n) => (
              <List.Item
                key={n.id}
                style={{ background: n.read ? undefined : '#fff7e6', paddingInline: 12 }}
                actions={[
                  <span key="at">{formatInstant(n.createdAt)}</span>,
                  ...(n.unitName ? [<span key="unit">Gửi: {n.unitName}</span>] : []),
                  ...(!n.read
                    ? [
                        <Button key="read" size="small" type="link" onClick={() => mark.mutate([n.id])}>
                          Đánh dấu đã đọc
                        </Button>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {!n.read && <Badge status="processing" />}
                      {n.link ? (
                        <Link to={n.link} onClick={() => !n.read && mark.mutate([n.id])}>
                          {n.title}
                        </Link>
                      ) : (
                        n.title
                      )}
                    </Space>
                  }
                  description={n.body ? <Typography.Text>{n.body}</Typography.Text> : undefined}
                />
              </List.Item>
            )}
          />
        )}
      </Spin>
    </>
  );
}
