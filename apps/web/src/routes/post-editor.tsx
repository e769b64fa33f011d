import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  POST_CATEGORIES,
  POST_CATEGORY_LABELS,
  POST_LINK_KINDS,
  POST_LINK_LABELS,
  POST_STATUS_LABELS,
  type Post,
  type SavePostInput,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { applyServerFieldErrors, validateOrNull } from '../components/form-errors';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { ImageField } from '../features/posts/image-field';
import { usePost, usePublishPost, useSavePost, useWithdrawPost } from '../features/posts/api';
import { formatInstant } from '../lib/dates';
import { STATUS_COLORS } from './posts-list';

type BlockValue = {
  type: 'p' | 'h2' | 'image';
  text?: string;
  fileId?: string;
  caption?: string;
  alt?: string;
};
interface FormValues {
  unitId: string;
  title: string;
  slug?: string;
  lead: string;
  author: string;
  categories: string[];
  body: BlockValue[];
  links: { kind: string; targetId: string }[];
}

function toInput(v: FormValues, version?: number): SavePostInput {
  return {
    unitId: v.unitId,
    title: v.title,
    slug: v.slug || undefined,
    lead: v.lead,
    author: v.author,
    categories: v.categories as SavePostInput['categories'],
    body: (v.body ?? []).map((b) =>
      b.type === 'image'
        ? { type: 'image', fileId: b.fileId ?? '', caption: b.caption ?? '', alt: b.alt ?? '' }
        : { type: b.type, text: b.text ?? '' },
    ) as SavePostInput['body'],
    links: (v.links ?? []) as SavePostInput['links'],
    version,
  };
}

function fromPost(p: Post): FormValues {
  return {
    unitId: p.unitId,
    title: p.title,
    slug: p.slug,
    lead: p.lead,
    author: p.author,
    categories: p.categories,
    body: p.body.map((b) => ({ ...b })),
    links: p.links.map((l) => ({ kind: l.kind, targetId: l.targetId })),
  };
}

/** Soạn, sửa, đăng (ngay hoặc hẹn giờ) và gỡ bài viết của cổng thông tin. */
export default function PostEditorPage() {
  const { id } = useParams();
  const isNew = !id || id === 'moi';
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { data: post, error: loadError, refetch } = usePost(isNew ? undefined : id);
  const save = useSavePost();
  const publish = usePublishPost();
  const withdraw = useWithdrawPost();
  const [when, setWhen] = useState<Dayjs | null>(null);
  const [extra, setExtra] = useState<string[] | undefined>();

  useEffect(() => {
    if (post) form.setFieldsValue(fromPost(post));
  }, [post, form]);

  const doSave = async (): Promise<Post | null> => {
    const values = await validateOrNull(form);
    if (!values) return null;
    setExtra(undefined);
    try {
      const saved = await save.mutateAsync({
        id: isNew ? undefined : id,
        input: toInput(values, post?.version),
      });
      message.success(isNew ? 'Đã lưu bản nháp.' : 'Đã lưu bài viết.');
      if (isNew) navigate(`/cong-thong-tin/bai-viet/${saved.id}`, { replace: true });
      return saved;
    } catch (e) {
      setExtra(applyServerFieldErrors(form, e) ?? undefined);
      return null;
    }
  };

  const doPublish = async (at: Dayjs | null) => {
    const saved = await doSave();
    if (!saved) return;
    try {
      const out = await publish.mutateAsync({
        id: saved.id,
        input: { version: saved.version, publishAt: at ? at.toISOString() : undefined },
      });
      message.success(
        out.status === 'SCHEDULED'
          ? `Đã hẹn giờ đăng lúc ${formatInstant(out.publishAt)}.`
          : 'Đã đăng bài lên cổng.',
      );
    } catch {
      /* shown by the alert */
    }
  };

  const error = loadError ?? save.error ?? publish.error ?? withdraw.error;
  const title = isNew ? 'Viết bài mới' : 'Sửa bài viết';

  return (
    <>
      <PageTitle
        title={title}
        extra={
          post && (
            <Space wrap>
              <Tag color={STATUS_COLORS[post.status]} data-testid="post-status">
                {POST_STATUS_LABELS[post.status]}
              </Tag>
              {post.publishAt && (
                <Typography.Text type="secondary">Đăng lúc {formatInstant(post.publishAt)}</Typography.Text>
              )}
              {post.status === 'PUBLISHED' && (
                <a href={`/tin-tuc/${post.slug}`} target="_blank" rel="noreferrer">
                  Xem trên cổng
                </a>
              )}
            </Space>
          )
        }
      />
      <ErrorAlert error={error} extra={extra} onReload={() => void refetch()} />
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ categories: ['TIN_TUC'], body: [{ type: 'p', text: '' }], links: [] }}
        data-testid="post-form"
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="unitId"
            label="Đơn vị đăng bài"
            rules={[{ required: true, message: 'Chọn đơn vị đăng bài.' }]}
          >
            <UnitTreeSelect placeholder="Chọn đơn vị" aria-label="Đơn vị đăng bài" />
          </Form.Item>
          <Form.Item
            name="title"
            label="Tiêu đề"
            rules={[{ required: true, whitespace: true, message: 'Nhập tiêu đề.' }]}
          >
            <Input maxLength={300} showCount data-testid="post-title" />
          </Form.Item>
          <Form.Item
            name="slug"
            label="Đường dẫn (để trống: tạo từ tiêu đề)"
            extra="Chữ thường không dấu, số và dấu gạch ngang, ví dụ: quan-ba-dinh-phat-dong-thi-dua"
          >
            <Input addonBefore="/tin-tuc/" maxLength={120} />
          </Form.Item>
          <Form.Item
            name="lead"
            label="Sapo (đoạn dẫn)"
            rules={[{ required: true, whitespace: true, message: 'Nhập sapo (đoạn dẫn).' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="post-lead" />
          </Form.Item>
          <Space wrap size="large" align="start">
            <Form.Item
              name="author"
              label="Tác giả"
              rules={[{ required: true, whitespace: true, message: 'Nhập tác giả.' }]}
            >
              <Input style={{ width: 260 }} data-testid="post-author" />
            </Form.Item>
            <Form.Item
              name="categories"
              label="Chuyên mục"
              rules={[{ required: true, message: 'Chọn ít nhất một chuyên mục.' }]}
            >
              <Checkbox.Group
                options={POST_CATEGORIES.map((c) => ({ value: c, label: POST_CATEGORY_LABELS[c] }))}
              />
            </Form.Item>
          </Space>
        </Card>

        <Card size="small" title="Nội dung" style={{ marginBottom: 16 }}>
          <Form.List name="body">
            {(fields, { add, remove, move }) => (
              <>
                {fields.map((f, i) => (
                  <Card
                    key={f.key}
                    size="small"
                    type="inner"
                    style={{ marginBottom: 12 }}
                    title={
                      <Form.Item name={[f.name, 'type']} noStyle>
                        <Select
                          aria-label={`Loại khối ${i + 1}`}
                          style={{ width: 180 }}
                          options={[
                            { value: 'p', label: 'Đoạn văn' },
                            { value: 'h2', label: 'Tiêu đề mục' },
                            { value: 'image', label: 'Ảnh có chú thích' },
                          ]}
                        />
                      </Form.Item>
                    }
                    extra={
                      <Space>
                        <Button
                          size="small"
                          disabled={i === 0}
                          onClick={() => move(i, i - 1)}
                          aria-label="Chuyển lên"
                        >
                          ↑
                        </Button>
                        <Button
                          size="small"
                          disabled={i === fields.length - 1}
                          onClick={() => move(i, i + 1)}
                          aria-label="Chuyển xuống"
                        >
                          ↓
                        </Button>
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          aria-label="Xóa khối"
                        />
                      </Space>
                    }
                  >
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['body', f.name, 'type']) === 'image' ? (
                          <>
                            <Form.Item
                              name={[f.name, 'fileId']}
                              rules={[{ required: true, message: 'Chọn ảnh đã tải lên.' }]}
                            >
                              <ImageField />
                            </Form.Item>
                            <Form.Item name={[f.name, 'caption']} label="Chú thích ảnh">
                              <Input maxLength={500} data-testid={`post-caption-${i}`} />
                            </Form.Item>
                            <Form.Item
                              name={[f.name, 'alt']}
                              label="Mô tả ảnh cho người khiếm thị"
                              rules={[
                                {
                                  required: true,
                                  whitespace: true,
                                  message: 'Nhập mô tả ảnh cho người khiếm thị.',
                                },
                              ]}
                            >
                              <Input maxLength={300} />
                            </Form.Item>
                          </>
                        ) : (
                          <Form.Item
                            name={[f.name, 'text']}
                            rules={[
                              {
                                required: true,
                                whitespace: true,
                                message: 'Nhập nội dung hoặc xóa khối trống.',
                              },
                            ]}
                          >
                            <Input.TextArea
                              autoSize={{ minRows: 2, maxRows: 14 }}
                              aria-label={`Nội dung khối ${i + 1}`}
                            />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                  </Card>
                ))}
                <Space>
                  <Button icon={<PlusOutlined />} onClick={() => add({ type: 'p', text: '' })}>
                    Thêm đoạn văn
                  </Button>
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ type: 'image', caption: '', alt: '' })}
                  >
                    Thêm ảnh
                  </Button>
                </Space>
              </>
            )}
          </Form.List>
        </Card>

        <Card
          size="small"
          title="Liên kết (phong trào, sổ khen thưởng, cá nhân)"
          style={{ marginBottom: 16 }}
        >
          <Form.List name="links">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: 'Chọn loại.' }]}>
                      <Select
                        style={{ width: 240 }}
                        aria-label="Loại liên kết"
                        options={POST_LINK_KINDS.map((k) => ({ value: k, label: POST_LINK_LABELS[k] }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'targetId']}
                      rules={[{ required: true, message: 'Nhập mã đối tượng.' }]}
                    >
                      <Input
                        style={{ width: 340 }}
                        placeholder="Mã (UUID) của đối tượng"
                        aria-label="Mã đối tượng liên kết"
                      />
                    </Form.Item>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label="Xóa liên kết"
                    />
                  </Space>
                ))}
                {post?.links.length ? (
                  <Typography.Paragraph type="secondary">
                    Đang liên kết:{' '}
                    {post.links.map((l) => `${POST_LINK_LABELS[l.kind]}: ${l.label}`).join('; ')}
                  </Typography.Paragraph>
                ) : null}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'MOVEMENT', targetId: '' })}>
                  Thêm liên kết
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Space wrap>
          <Button onClick={() => void doSave()} loading={save.isPending} data-testid="post-save">
            Lưu
          </Button>
          <Button
            type="primary"
            onClick={() => void doPublish(null)}
            loading={publish.isPending}
            data-testid="post-publish"
          >
            Đăng ngay
          </Button>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="DD/MM/YYYY HH:mm"
            value={when}
            onChange={setWhen}
            placeholder="Chọn thời điểm đăng"
            aria-label="Thời điểm hẹn đăng"
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
          />
          <Button disabled={!when} onClick={() => void doPublish(when)} data-testid="post-schedule">
            Hẹn giờ đăng
          </Button>
          {post && (post.status === 'PUBLISHED' || post.status === 'SCHEDULED') && (
            <Popconfirm
              title="Gỡ bài khỏi cổng thông tin?"
              okText="Gỡ bài"
              cancelText="Hủy"
              onConfirm={() =>
                withdraw.mutateAsync({ id: post.id, version: post.version }).then(
                  () => message.success('Đã gỡ bài.'),
                  () => undefined,
                )
              }
            >
              <Button danger data-testid="post-withdraw">
                Gỡ bài
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Form>
    </>
  );
}
