import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  BALLOT_CHOICE_LABELS,
  MEETING_METHOD_LABELS,
  MEETING_STATUS_LABELS,
  formatLegalDate,
  type BallotChoice,
  type Meeting,
  type MeetingItem,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { useCouncilMutation, useMeeting, voteSecretly, type Receipt } from '../features/councils/api';
import { COUNCIL_AWARD_CODES } from '../features/councils/award-codes';
import { AgendaFromNominationsModal } from '../features/councils/agenda-from-nominations';
import { api } from '../lib/http';

const pct = (yes: number, total: number) =>
  total === 0 ? '0' : (Math.round((yes / total) * 1000) / 10).toString().replace('.', ',');

export default function MeetingPage() {
  const { id = '' } = useParams();
  const { data: m, error, isLoading } = useMeeting(id);
  if (isLoading) return <Spin size="large" style={{ display: 'block', marginTop: '20vh' }} />;
  if (!m) return <ErrorAlert error={error} />;
  return <MeetingView m={m} />;
}

function MeetingView({ m }: { m: Meeting }) {
  const { message } = App.useApp();
  const base = `/meetings/${m.id}`;
  const act = useCouncilMutation((x: { path: string; body?: unknown }) =>
    api.post<Meeting>(`${base}${x.path}`, x.body),
  );
  const run = async (path: string, ok: string, body?: unknown) => {
    try {
      await act.mutateAsync({ path, body });
      message.success(ok);
    } catch {
      /* shown by ErrorAlert */
    }
  };
  const [adding, setAdding] = useState(false);
  const [fromDossiers, setFromDossiers] = useState(false);
  const [fallback, setFallback] = useState(false);
  const draft = m.status === 'DRAFT';
  const voting = m.status === 'VOTING';
  const closed = m.status === 'CLOSED';

  return (
    <>
      <PageTitle
        title={m.title}
        extra={
          <Space wrap>
            {m.canManage && draft && (
              <Button onClick={() => setFromDossiers(true)}>Thêm từ hồ sơ đã thẩm định</Button>
            )}
            {m.canManage && draft && <Button onClick={() => setAdding(true)}>Thêm nội dung</Button>}
            {m.canManage && draft && (
              <Button type="primary" loading={act.isPending} onClick={() => run('/open', 'Đã mở bỏ phiếu.')}>
                Mở bỏ phiếu
              </Button>
            )}
            {m.canManage && !closed && m.method === 'ONLINE' && (
              <Button danger onClick={() => setFallback(true)}>
                Chuyển sang phiếu giấy
              </Button>
            )}
            {m.canManage && voting && (
              <Popconfirm
                title="Kết thúc bỏ phiếu?"
                description="Phiếu được công bố, khóa ký bị hủy, kết quả được tính trên tổng số thành viên."
                okText="Kết thúc"
                cancelText="Hủy"
                onConfirm={() => run('/close', 'Đã kết thúc bỏ phiếu và kiểm phiếu.')}
              >
                <Button type="primary">Kết thúc và kiểm phiếu</Button>
              </Popconfirm>
            )}
            {closed && (
              <Link to={`/hoi-dong/phien-hop/${m.id}/kiem-phieu`}>
                <Button type="primary">Kết quả kiểm phiếu, kiểm tra phiếu của tôi</Button>
              </Link>
            )}
          </Space>
        }
      />
      <ErrorAlert error={act.error} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="Hội đồng">{m.councilName}</Descriptions.Item>
        <Descriptions.Item label="Ngày họp">{formatLegalDate(m.meetingDate)}</Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          <Tag color={voting ? 'processing' : closed ? 'success' : 'default'}>
            {MEETING_STATUS_LABELS[m.status]}
          </Tag>
          <Tag>{MEETING_METHOD_LABELS[m.method]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Thành viên đương nhiệm">{m.members.length}</Descriptions.Item>
        <Descriptions.Item label="Có mặt">{m.members.filter((x) => x.present).length}</Descriptions.Item>
        {m.location && <Descriptions.Item label="Địa điểm">{m.location}</Descriptions.Item>}
      </Descriptions>

      <Card title="Chương trình họp" size="small" style={{ marginBottom: 16 }}>
        <AgendaTable m={m} />
      </Card>

      {m.me && !closed && <MyVote m={m} />}
      {m.canManage && draft && <AttendanceCard m={m} />}
      {m.canManage && voting && <WrittenVotesCard m={m} />}
      {m.canManage && voting && m.method === 'PAPER' && <PaperCountCard m={m} />}

      {adding && <AddItemModal m={m} onClose={() => setAdding(false)} />}
      {fromDossiers && <AgendaFromNominationsModal m={m} onClose={() => setFromDossiers(false)} />}
      {fallback && <FallbackModal m={m} onClose={() => setFallback(false)} />}
    </>
  );
}

function AgendaTable({ m }: { m: Meeting }) {
  const closed = m.status === 'CLOSED';
  return (
    <Table<MeetingItem>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={m.items}
      locale={{ emptyText: 'Chưa có nội dung' }}
      aria-label="Chương trình họp"
      columns={[
        { title: 'TT', dataIndex: 'position', width: 50 },
        {
          title: 'Người/tập thể được đề nghị',
          render: (_, i) => (
            <>
              <div>{i.nomineeName}</div>
              {i.nomineeUnit && <Typography.Text type="secondary">{i.nomineeUnit}</Typography.Text>}
            </>
          ),
        },
        { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
        {
          title: 'Không tham gia biểu quyết',
          render: (_, i) => i.recusals.map((r) => <Tag key={r.memberId}>{r.fullName}</Tag>),
        },
        ...(closed
          ? [
              {
                title: 'Đồng ý / Không / Không BQ',
                render: (_: unknown, i: MeetingItem) =>
                  i.result ? `${i.result.yes} / ${i.result.no} / ${i.result.abstain}` : '',
              },
              {
                title: 'Tỷ lệ (trên tổng số thành viên)',
                render: (_: unknown, i: MeetingItem) =>
                  i.result
                    ? `${pct(i.result.yes, i.result.membersInOffice)} % (cần ${
                        i.result.threshold === null ? 'quá bán' : `${Math.round(i.result.threshold * 100)} %`
                      })`
                    : '',
              },
              {
                title: 'Kết quả',
                render: (_: unknown, i: MeetingItem) =>
                  i.result ? (
                    <Tag color={i.result.passed ? 'success' : 'error'}>
                      {i.result.passed ? 'Đạt' : 'Không đạt'}
                    </Tag>
                  ) : null,
              },
            ]
          : [
              { title: 'Đã nhận phiếu', dataIndex: 'tokensIssued' },
              { title: 'Đã bỏ phiếu', dataIndex: 'ballotsCast' },
            ]),
      ]}
    />
  );
}

function MyVote({ m }: { m: Meeting }) {
  const me = m.me!;
  const { message } = App.useApp();
  const [choices, setChoices] = useState<Record<string, BallotChoice>>({});
  const [receipts, setReceipts] = useState<Receipt[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<unknown>(null);
  const conflict = useCouncilMutation((x: { itemId: string; reason: string }) =>
    api.post<Meeting>(`/meetings/${m.id}/conflicts`, x),
  );
  const votable = m.items.filter((i) => !me.recusedItemIds.includes(i.id) && !me.tokenItemIds.includes(i.id));
  const present = m.members.find((x) => x.id === me.memberId)?.present;
  const submit = async () => {
    setBusy(true);
    setErr(null);
    try {
      setReceipts(await voteSecretly(m, choices));
      message.success('Đã bỏ phiếu kín.');
    } catch (e) {
      setErr(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="Phiếu bầu của tôi (bỏ phiếu kín)" size="small" style={{ marginBottom: 16 }}>
      <ErrorAlert error={err ?? conflict.error} />
      {receipts && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title="Biên nhận phiếu bầu — hãy chép lại và giữ kín"
          description={
            <>
              <p>
                Mỗi biên nhận chỉ bạn biết. Sau khi kết thúc phiên họp, mở trang “Kiểm tra phiếu của tôi” và
                nhập biên nhận để thấy phiếu của mình trong danh sách công bố. Không ai, kể cả quản trị hệ
                thống, liên kết được phiếu với bạn; đừng đưa biên nhận cho người khác.
              </p>
              {receipts.map((r) => (
                <div key={r.itemId} data-testid="receipt">
                  {r.nomineeName} — {BALLOT_CHOICE_LABELS[r.choice]}:{' '}
                  <Typography.Text code copyable>
                    {r.token}
                  </Typography.Text>
                </div>
              ))}
            </>
          }
        />
      )}
      {m.status !== 'VOTING' ? (
        <Typography.Paragraph>
          Phiên họp chưa mở bỏ phiếu. Nếu bạn có xung đột lợi ích với một nội dung, hãy kê khai để không nhận
          phiếu cho nội dung đó.
        </Typography.Paragraph>
      ) : m.method === 'PAPER' ? (
        <Typography.Paragraph>Phiên họp bỏ phiếu bằng giấy.</Typography.Paragraph>
      ) : !present ? (
        <Typography.Paragraph>
          Bạn vắng mặt: gửi phiếu lấy ý kiến bằng văn bản cho Thư ký Hội đồng.
        </Typography.Paragraph>
      ) : votable.length === 0 ? (
        <Typography.Paragraph>Bạn đã bỏ phiếu cho mọi nội dung được biểu quyết.</Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">
          Trình duyệt tạo mã phiếu ngẫu nhiên và làm mù trước khi gửi: máy chủ chỉ ký mà không thấy mã phiếu.
          Phiếu được gửi qua kênh ẩn danh (không kèm phiên đăng nhập) sau một khoảng chờ ngẫu nhiên.
        </Typography.Paragraph>
      )}
      <Table<MeetingItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={m.items}
        aria-label="Phiếu bầu"
        columns={[
          { title: 'Người/tập thể được đề nghị', dataIndex: 'nomineeName' },
          { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
          {
            title: 'Biểu quyết',
            render: (_, i) =>
              me.recusedItemIds.includes(i.id) ? (
                <Tag>Không tham gia (xung đột lợi ích)</Tag>
              ) : me.tokenItemIds.includes(i.id) || receipts?.some((r) => r.itemId === i.id) ? (
                <Tag color="green">Đã bỏ phiếu</Tag>
              ) : m.status === 'VOTING' && m.method === 'ONLINE' && present ? (
                <Radio.Group
                  aria-label={`Biểu quyết ${i.nomineeName}`}
                  value={choices[i.id]}
                  onChange={(e) => setChoices({ ...choices, [i.id]: e.target.value as BallotChoice })}
                  options={(['YES', 'NO', 'ABSTAIN'] as const).map((c) => ({
                    value: c,
                    label: BALLOT_CHOICE_LABELS[c],
                  }))}
                />
              ) : null,
          },
          {
            title: '',
            render: (_, i) =>
              !me.recusedItemIds.includes(i.id) &&
              !me.tokenItemIds.includes(i.id) && (
                <Popconfirm
                  title="Kê khai xung đột lợi ích"
                  description="Bạn sẽ không tham gia biểu quyết nội dung này."
                  okText="Kê khai"
                  cancelText="Hủy"
                  onConfirm={() =>
                    conflict.mutate({ itemId: i.id, reason: 'Thành viên tự kê khai xung đột lợi ích' })
                  }
                >
                  <Button size="small">Kê khai xung đột</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {m.status === 'VOTING' && m.method === 'ONLINE' && present && votable.length > 0 && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={busy}
          disabled={votable.some((i) => !choices[i.id])}
          onClick={submit}
        >
          Bỏ phiếu kín
        </Button>
      )}
    </Card>
  );
}

function AttendanceCard({ m }: { m: Meeting }) {
  const { message } = App.useApp();
  const [present, setPresent] = useState<Record<string, boolean>>(
    Object.fromEntries(m.members.map((x) => [x.id, x.present ?? true])),
  );
  const save = useCouncilMutation((body: unknown) => api.put<Meeting>(`/meetings/${m.id}/attendance`, body));
  return (
    <Card title="Điểm danh" size="small" style={{ marginBottom: 16 }}>
      <ErrorAlert error={save.error} />
      <Space orientation="vertical">
        {m.members.map((x) => (
          <Checkbox
            key={x.id}
            checked={present[x.id]}
            onChange={(e) => setPresent({ ...present, [x.id]: e.target.checked })}
          >
            {x.fullName} {x.present === null && <Tag>chưa điểm danh</Tag>}
          </Checkbox>
        ))}
        <Button
          loading={save.isPending}
          onClick={async () => {
            await save.mutateAsync({
              members: m.members.map((x) => ({ memberId: x.id, present: !!present[x.id] })),
            });
            message.success('Đã lưu điểm danh.');
          }}
        >
          Lưu điểm danh
        </Button>
      </Space>
    </Card>
  );
}

function WrittenVotesCard({ m }: { m: Meeting }) {
  const { message } = App.useApp();
  const absent = m.members.filter((x) => x.present === false);
  const [form] = Form.useForm<{ memberId: string; itemId: string; choice: BallotChoice }>();
  const enter = useCouncilMutation((body: unknown) =>
    api.post<Meeting>(`/meetings/${m.id}/written-votes`, body),
  );
  const confirm = useCouncilMutation((voteId: string) =>
    api.post<Meeting>(`/meetings/${m.id}/written-votes/${voteId}/confirm`),
  );
  const all = m.items.flatMap((i) => i.writtenVotes.map((w) => ({ ...w, nomineeName: i.nomineeName })));
  if (absent.length === 0) return null;
  return (
    <Card
      title="Phiếu lấy ý kiến bằng văn bản (thành viên vắng mặt)"
      size="small"
      style={{ marginBottom: 16 }}
    >
      <ErrorAlert error={enter.error ?? confirm.error} />
      <Form
        form={form}
        layout="inline"
        onFinish={async (v) => {
          await enter.mutateAsync(v);
          message.success('Đã nhập phiếu bằng văn bản; cần cán bộ thứ hai xác nhận.');
          form.resetFields();
        }}
      >
        <Form.Item name="memberId" rules={[{ required: true, message: 'Chọn thành viên' }]}>
          <Select
            style={{ width: 220 }}
            placeholder="Thành viên"
            options={absent.map((x) => ({ value: x.id, label: x.fullName }))}
          />
        </Form.Item>
        <Form.Item name="itemId" rules={[{ required: true, message: 'Chọn nội dung' }]}>
          <Select
            style={{ width: 240 }}
            placeholder="Nội dung"
            options={m.items.map((i) => ({ value: i.id, label: i.nomineeName }))}
          />
        </Form.Item>
        <Form.Item name="choice" rules={[{ required: true, message: 'Chọn ý kiến' }]}>
          <Select
            style={{ width: 170 }}
            placeholder="Ý kiến"
            options={(['YES', 'NO', 'ABSTAIN'] as const).map((c) => ({
              value: c,
              label: BALLOT_CHOICE_LABELS[c],
            }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={enter.isPending}>
          Nhập phiếu
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={all}
        locale={{ emptyText: 'Chưa có phiếu bằng văn bản' }}
        columns={[
          { title: 'Thành viên', dataIndex: 'fullName' },
          { title: 'Nội dung', dataIndex: 'nomineeName' },
          { title: 'Ý kiến', dataIndex: 'choice', render: (c: BallotChoice) => BALLOT_CHOICE_LABELS[c] },
          {
            title: 'Xác nhận',
            render: (_: unknown, w: (typeof all)[number]) =>
              w.confirmed ? (
                <Tag color="green">Đã xác nhận</Tag>
              ) : (
                <Button size="small" onClick={() => confirm.mutate(w.id)}>
                  Xác nhận (cán bộ thứ hai)
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

function PaperCountCard({ m }: { m: Meeting }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    itemId: string;
    yes: number;
    no: number;
    abstain: number;
    invalid: number;
  }>();
  const enter = useCouncilMutation((body: unknown) =>
    api.post<Meeting>(`/meetings/${m.id}/paper-counts`, body),
  );
  return (
    <Card title="Kiểm phiếu giấy (hai cán bộ nhập độc lập)" size="small" style={{ marginBottom: 16 }}>
      <ErrorAlert error={enter.error} />
      <Form
        form={form}
        layout="inline"
        initialValues={{ yes: 0, no: 0, abstain: 0, invalid: 0 }}
        onFinish={async (v) => {
          await enter.mutateAsync(v);
          message.success('Đã nhập kết quả kiểm phiếu.');
        }}
      >
        <Form.Item name="itemId" rules={[{ required: true, message: 'Chọn nội dung' }]}>
          <Select
            style={{ width: 240 }}
            placeholder="Nội dung"
            options={m.items.map((i) => ({ value: i.id, label: i.nomineeName }))}
          />
        </Form.Item>
        <Form.Item name="yes" label="Đồng ý">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="no" label="Không đồng ý">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="abstain" label="Không biểu quyết">
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="invalid" label="Phiếu không hợp lệ">
          <InputNumber min={0} />
        </Form.Item>
        <Button htmlType="submit" loading={enter.isPending}>
          Nhập kết quả
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={m.items}
        columns={[
          { title: 'Nội dung', dataIndex: 'nomineeName' },
          ...[1, 2].map((entry) => ({
            title: `Lần nhập ${entry}`,
            render: (_: unknown, i: MeetingItem) => {
              const p = i.paperCounts.find((x) => x.entry === entry);
              return p
                ? `${p.yes} đồng ý, ${p.no} không, ${p.abstain} không BQ, ${p.invalid} không hợp lệ`
                : '—';
            },
          })),
        ]}
      />
    </Card>
  );
}

function AddItemModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const [form] = Form.useForm<{
    nomineeName: string;
    nomineeUnit?: string;
    awardCode: string;
    summary?: string;
  }>();
  const save = useCouncilMutation((body: unknown) => api.post<Meeting>(`/meetings/${m.id}/items`, body));
  return (
    <FormModal
      open
      title="Thêm nội dung vào chương trình họp"
      okText="Thêm"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({ ...v, nomineeUnit: v.nomineeUnit || null, summary: v.summary || null });
        onClose();
      }}
    >
      <Form.Item
        name="nomineeName"
        label="Người/tập thể được đề nghị"
        rules={[{ required: true, message: 'Nhập tên.' }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="nomineeUnit" label="Đơn vị">
        <Input />
      </Form.Item>
      <Form.Item
        name="awardCode"
        label="Danh hiệu, hình thức khen thưởng"
        rules={[{ required: true, message: 'Chọn.' }]}
      >
        <Select options={COUNCIL_AWARD_CODES} />
      </Form.Item>
      <Form.Item name="summary" label="Tóm tắt thành tích">
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

function FallbackModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const save = useCouncilMutation((body: unknown) =>
    api.post<Meeting>(`/meetings/${m.id}/paper-fallback`, body),
  );
  return (
    <FormModal
      open
      title="Chuyển sang bỏ phiếu giấy"
      okText="Chuyển"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync(v);
        onClose();
      }}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="Phiếu trực tuyến chưa công bố sẽ bị hủy; toàn bộ thành viên có mặt bỏ phiếu lại bằng giấy."
      />
      <Form.Item name="reason" label="Lý do" rules={[{ required: true, message: 'Nhập lý do.' }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
