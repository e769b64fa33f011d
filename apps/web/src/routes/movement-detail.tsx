import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Table,
  Tabs,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { EditOutlined, FlagOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import {
  formatLegalDate,
  formatTargetValue,
  matchesVietnamese,
  MILESTONE_KIND_LABELS,
  MOVEMENT_FILE_KIND_LABELS,
  MOVEMENT_FILE_KINDS,
  MOVEMENT_LAUNCH_LEVEL_LABELS,
  MOVEMENT_SCOPE_LABELS,
  MOVEMENT_STEP_LABELS,
  TARGET_TYPE_LABELS,
  type Movement,
  type MovementFileKind,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { ApiError } from '../lib/http';
import { formatInstant } from '../lib/dates';
import { hasRole, useSession } from '../features/auth/session';
import {
  useCloseMovement,
  useLaunchMovement,
  useMovement,
  useUploadMovementFile,
} from '../features/movements/api';
import { MovementKindTag, MovementStatusTag } from '../features/movements/labels';
import { RegistrationForm } from '../features/movements/registration-form';
import { RegistrationOverviewPanel } from '../features/movements/registration-overview';
import { MovementPortalToggle } from '../features/posts/movement-portal-toggle';

function ContentTab({ m, canManage }: { m: Movement; canManage: boolean }) {
  const upload = useUploadMovementFile();
  const [kind, setKind] = useState<MovementFileKind>('KE_HOACH');
  const d = (s: string | null) => (s ? formatLegalDate(s) : '—');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Đơn vị phát động">{m.launchingUnitName}</Descriptions.Item>
        <Descriptions.Item label="Người phát động">
          {m.signerName ? `${m.signerName}${m.signerPosition ? `, ${m.signerPosition}` : ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Ngày phát động">{d(m.launchDate)}</Descriptions.Item>
        <Descriptions.Item label="Thời gian thực hiện">
          {d(m.startDate)} – {d(m.endDate)}
        </Descriptions.Item>
        <Descriptions.Item label="Sự kiện phát động" span={2}>
          {m.launchEvent ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Dịp chào mừng" span={2}>
          {m.occasion ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="Phạm vi">{MOVEMENT_SCOPE_LABELS[m.scope]}</Descriptions.Item>
        <Descriptions.Item label="Cấp phát động">
          {MOVEMENT_LAUNCH_LEVEL_LABELS[m.launchLevel]}
        </Descriptions.Item>
        <Descriptions.Item label="Hạn đăng ký">{d(m.registrationDeadline)}</Descriptions.Item>
        <Descriptions.Item label="Cổng thông tin" span={2}>
          /phong-trao/{m.slug}{' '}
          <MovementPortalToggle movementId={m.id} launched={m.status !== 'DRAFT'} canManage={canManage} />
        </Descriptions.Item>
        {(
          [
            ['Mục tiêu', m.objectives],
            ['Đối tượng', m.targetGroups],
            ['Tiêu chí', m.criteria],
            ['Kế hoạch', m.plan],
            ['Biện pháp', m.measures],
            ['Văn bản liên quan', m.relatedPlans],
            ['Tổng kết', m.summary],
          ] as const
        )
          .filter(([, v]) => v !== null || m.status === 'DRAFT')
          .map(([label, v]) => (
            <Descriptions.Item key={label} label={label} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{v ?? '—'}</span>
            </Descriptions.Item>
          ))}
      </Descriptions>
      <Card size="small" title="Nội dung thi đua và chỉ tiêu">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={m.items}
          data-testid="movement-items"
          columns={[
            { title: 'STT', dataIndex: 'seq', width: 50 },
            { title: 'Nội dung', dataIndex: 'title' },
            {
              title: 'Loại chỉ tiêu',
              dataIndex: 'targetType',
              width: 170,
              render: (t) => TARGET_TYPE_LABELS[t as keyof typeof TARGET_TYPE_LABELS],
            },
            {
              title: 'Chỉ tiêu',
              width: 130,
              render: (_, it) => formatTargetValue(it.targetType, it.target, it.measureUnit),
            },
            {
              title: 'Chủ trì',
              width: 220,
              render: (_, it) => [it.ownerName, it.ownerUnitName].filter(Boolean).join(' / ') || '—',
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title="Tài liệu đính kèm"
        extra={
          canManage &&
          m.status !== 'CLOSED' && (
            <Space>
              <Select
                size="small"
                value={kind}
                onChange={setKind}
                style={{ width: 170 }}
                aria-label="Loại tài liệu"
                options={MOVEMENT_FILE_KINDS.map((k) => ({ value: k, label: MOVEMENT_FILE_KIND_LABELS[k] }))}
              />
              <Upload
                showUploadList={false}
                accept=".pdf,.docx,.png,.jpg,.jpeg"
                beforeUpload={(file) => {
                  upload.mutate({ id: m.id, file, kind });
                  return false;
                }}
              >
                <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
                  Tải lên
                </Button>
              </Upload>
            </Space>
          )
        }
      >
        <ErrorAlert error={upload.error} />
        <List
          size="small"
          locale={{ emptyText: 'Chưa có tài liệu' }}
          dataSource={m.attachments}
          renderItem={(a) => (
            <List.Item>
              <Space>
                <PaperClipOutlined />
                <a href={`/api/v1/movements/${m.id}/files/${a.fileId}`}>{a.title ?? a.filename}</a>
                <Typography.Text type="secondary">{MOVEMENT_FILE_KIND_LABELS[a.kind]}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function ParticipantsTab({ m }: { m: Movement }) {
  const [q, setQ] = useState('');
  const rows = useMemo(() => m.participants.filter((p) => matchesVietnamese(p.name, q)), [m, q]);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text>
        Chọn theo: {m.picks.map((p) => p.name).join('; ') || '—'} · {m.participants.length} đơn vị
      </Typography.Text>
      <Input.Search
        allowClear
        placeholder="Lọc đơn vị"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        style={{ maxWidth: 360 }}
      />
      <Table
        size="small"
        rowKey="unitId"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: 'STT', width: 60, render: (_, __, i) => i + 1 },
          { title: 'Đơn vị', dataIndex: 'name' },
        ]}
      />
    </Space>
  );
}

function MilestonesTab({ m }: { m: Movement }) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card size="small" title="Mốc thời gian">
        <Timeline
          items={m.milestones.map((x) => ({
            color: x.reachedAt ? 'green' : 'gray',
            content: (
              <span>
                <b>{formatLegalDate(x.date)}</b> · {MILESTONE_KIND_LABELS[x.kind]}: {x.name}
                {x.reachedAt ? ' (đã đến)' : ''}
              </span>
            ),
          }))}
        />
      </Card>
      <Card size="small" title="Kỳ báo cáo tiến độ">
        <List
          size="small"
          dataSource={m.reportPeriods}
          locale={{ emptyText: 'Chưa có kỳ báo cáo' }}
          renderItem={(p) => (
            <List.Item>
              {p.name}: số liệu đến {formatLegalDate(p.asOf)}, hạn nộp {formatLegalDate(p.dueDate)}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title="Nhật ký giai đoạn">
        <Timeline
          items={m.steps.map((s) => ({
            content: (
              <span>
                <b>{MOVEMENT_STEP_LABELS[s.kind]}</b> ngày {formatLegalDate(s.onDate)}
                {s.auto ? ' (tự động theo mốc)' : ''} · {s.actorName} · {formatInstant(s.at)}
                {s.note ? ` · ${s.note}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

/** Chi tiết phong trào: tabs nội dung, đơn vị tham gia, đăng ký, mốc thời gian. */
export default function MovementDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { data: m, error, isLoading } = useMovement(id);
  const { data: session } = useSession();
  const launch = useLaunchMovement();
  const close = useCloseMovement();
  const { message } = App.useApp();
  const [closing, setClosing] = useState(false);
  const [summary, setSummary] = useState('');
  if (isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!m) return <ErrorAlert error={error} />;
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const roles = session?.user.roles ?? [];
  const participantIds = new Set(m.participants.map((p) => p.unitId));
  const myUnit = roles.find(
    (r) => (r.role === 'UNIT_CLERK' || r.role === 'UNIT_HEAD') && participantIds.has(r.unitId),
  );
  const launchProblems =
    launch.error instanceof ApiError && launch.error.code === 'MOVEMENT_INCOMPLETE'
      ? (launch.error.details as { message: string }[])
      : m.launchProblems;

  const tabs = [
    { key: 'noi-dung', label: 'Nội dung', children: <ContentTab m={m} canManage={canManage} /> },
    { key: 'don-vi', label: `Đơn vị tham gia (${m.participantCount})`, children: <ParticipantsTab m={m} /> },
    ...(m.status !== 'DRAFT'
      ? [
          {
            key: 'dang-ky',
            label: 'Đăng ký',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {canManage && <RegistrationOverviewPanel movement={m} />}
                {myUnit && (
                  <RegistrationForm
                    movement={m}
                    unitId={myUnit.unitId}
                    canEdit={roles.some((r) => r.role === 'UNIT_CLERK' && r.unitId === myUnit.unitId)}
                    canApprove={roles.some((r) => r.role === 'UNIT_HEAD' && r.unitId === myUnit.unitId)}
                  />
                )}
                {!canManage && !myUnit && (
                  <Alert type="info" title="Bạn không phụ trách đăng ký của đơn vị tham gia nào." />
                )}
              </Space>
            ),
          },
        ]
      : []),
    { key: 'moc-thoi-gian', label: 'Mốc thời gian', children: <MilestonesTab m={m} /> },
  ];
  const tab = params.get('tab') ?? 'noi-dung';

  return (
    <>
      <PageTitle
        title={m.name}
        extra={
          <Space wrap>
            <MovementKindTag kind={m.kind} />
            <MovementStatusTag status={m.status} />
            {canManage && m.status === 'DRAFT' && (
              <>
                <Button icon={<EditOutlined />} onClick={() => navigate(`/phong-trao/${m.id}/sua`)}>
                  Sửa
                </Button>
                <Button
                  type="primary"
                  icon={<FlagOutlined />}
                  loading={launch.isPending}
                  data-testid="launch-movement"
                  onClick={() =>
                    launch.mutate(
                      { id: m.id },
                      {
                        onSuccess: () =>
                          message.success('Đã phát động; các đơn vị tham gia đã nhận thông báo.'),
                      },
                    )
                  }
                >
                  Phát động
                </Button>
              </>
            )}
            {canManage && m.status !== 'DRAFT' && m.status !== 'CLOSED' && (
              <Button onClick={() => setClosing(true)}>Kết thúc, tổng kết</Button>
            )}
          </Space>
        }
      />
      {m.status === 'DRAFT' && launchProblems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chưa đủ nội dung để phát động (Luật Thi đua, khen thưởng 2022, Điều 17):"
          description={
            <ul style={{ margin: 0 }} data-testid="launch-problems">
              {launchProblems.map((p) => (
                <li key={p.message}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {launch.error && !(launch.error instanceof ApiError && launch.error.code === 'MOVEMENT_INCOMPLETE') && (
        <ErrorAlert error={launch.error} />
      )}
      <Tabs
        activeKey={tabs.some((t) => t.key === tab) ? tab : 'noi-dung'}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={tabs}
      />
      <Modal
        open={closing}
        title="Kết thúc phong trào, tổng kết"
        okText="Kết thúc"
        cancelText="Hủy"
        okButtonProps={{ disabled: summary.trim().length < 10, loading: close.isPending }}
        onCancel={() => setClosing(false)}
        onOk={() => close.mutate({ id: m.id, input: { summary } }, { onSuccess: () => setClosing(false) })}
      >
        <ErrorAlert error={close.error} />
        <Input.TextArea
          aria-label="Nội dung tổng kết"
          placeholder="Kết quả, đơn vị tiêu biểu, bài học kinh nghiệm…"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          autoSize={{ minRows: 5 }}
        />
      </Modal>
    </>
  );
}
