import { Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  POST_CATEGORIES,
  POST_CATEGORY_LABELS,
  POST_STATUSES,
  POST_STATUS_LABELS,
  type PostStatus,
  type PostSummary,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useDebounced } from '../components/use-debounced';
import { formatInstant } from '../lib/dates';
import { usePosts } from '../features/posts/api';

export const STATUS_COLORS: Record<PostStatus, string> = {
  DRAFT: 'default',
  SCHEDULED: 'gold',
  PUBLISHED: 'green',
  WITHDRAWN: 'red',
};

/** Bài viết cổng thông tin: danh sách, lọc, mở để sửa. */
export default function PostsListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? undefined;
  const category = params.get('category') ?? undefined;
  const page = Number(params.get('page')) || 1;
  const debounced = useDebounced(q, 300);
  const { data, isFetching, error } = usePosts({ q: debounced, status, category, page, pageSize: 20 });
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageTitle
        title="Bài viết trên cổng thông tin"
        extra={
          <Space wrap>
            <a href="/" target="_blank" rel="noreferrer">
              Xem cổng thông tin
            </a>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/cong-thong-tin/bai-viet/moi')}
              data-testid="post-new"
            >
              Viết bài mới
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="Tìm theo tiêu đề, sapo (không cần dấu)"
          aria-label="Tìm bài viết"
          value={q}
          onChange={(e) => set('q', e.target.value)}
          style={{ width: 320 }}
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          aria-label="Lọc theo trạng thái"
          style={{ width: 180 }}
          value={status}
          onChange={(v) => set('status', v)}
          options={POST_STATUSES.map((s) => ({ value: s, label: POST_STATUS_LABELS[s] }))}
        />
        <Select
          allowClear
          placeholder="Chuyên mục"
          aria-label="Lọc theo chuyên mục"
          style={{ width: 200 }}
          value={category}
          onChange={(v) => set('category', v)}
          options={POST_CATEGORIES.map((c) => ({ value: c, label: POST_CATEGORY_LABELS[c] }))}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table<PostSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => set('page', String(p)),
        }}
        columns={[
          {
            title: 'Tiêu đề',
            dataIndex: 'title',
            render: (t: string, p) => <Link to={`/cong-thong-tin/bai-viet/${p.id}`}>{t}</Link>,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 140,
            render: (s: PostStatus) => <Tag color={STATUS_COLORS[s]}>{POST_STATUS_LABELS[s]}</Tag>,
          },
          {
            title: 'Thời điểm đăng',
            dataIndex: 'publishAt',
            width: 160,
            render: (v: string | null) =>
              formatInstant(v) || <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: 'Chuyên mục',
            dataIndex: 'categories',
            render: (cs: PostSummary['categories']) =>
              cs.map((c) => <Tag key={c}>{POST_CATEGORY_LABELS[c]}</Tag>),
          },
          { title: 'Tác giả', dataIndex: 'author', width: 160 },
          { title: 'Đơn vị', dataIndex: 'unitName' },
        ]}
      />
    </>
  );
}
