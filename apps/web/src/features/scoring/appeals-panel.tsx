import { App, Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  APPEAL_OUTCOME_LABELS,
  formatLegalDate,
  type ScoringAppeal,
  type ScoringRound,
  type ScoringTemplate,
} from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { formatInstant } from '../../lib/dates';
import { useAppeals, useFileAppeal, useResolveAppeal } from './api';

const COLORS = { PENDING: 'gold', ACCEPTED: 'green', REJECTED: 'default' } as const;

/** Phúc khảo: the appeal form for member units (during the window) and the queue the officer resolves. */
export function AppealsPanel({
  round,
  template,
  myUnitIds,
  canManage,
}: {
  round: ScoringRound;
  template: ScoringTemplate;
  myUnitIds: string[];
  canManage: boolean;
}) {
  const appeals = useAppeals(round.id, round.status === 'PUBLISHED' || round.status === 'FINAL');
  const [filing, setFiling] = useState(false);
  const [resolving, setResolving] = useState<ScoringAppeal | null>(null);
  const criteria = template.groups.flatMap((g) => g.criteria);
  if (round.status === 'DRAFT' || round.status === 'OPEN')
    return <Typography.Text type="secondary">Phúc khảo mở sau khi kết quả được công bố.</Typography.Text>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>
          Thời hạn phúc khảo: đến hết ngày {formatLegalDate(round.appealUntil)}
          {round.status === 'FINAL' && ' (đã hết hạn)'}.
        </Typography.Text>
        {round.status === 'PUBLISHED' && myUnitIds.length > 0 && (
          <Button type="primary" onClick={() => setFiling(true)}>
            Gửi đơn phúc khảo
          </Button>
        )}
      </Space>
      <ErrorAlert error={appeals.error} />
      <Table<ScoringAppeal>
        size="small"
        rowKey="id"
        pagination={false}
        loading={appeals.isFetching}
        dataSource={appeals.data ?? []}
        locale={{ emptyText: 'Chưa có đơn phúc khảo' }}
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName' },
          { title: 'Tiêu chí', render: (_, a) => a.criterionName ?? 'Toàn bộ kết quả' },
          { title: 'Lý do', dataIndex: 'reason' },
          { title: 'Gửi lúc', render: (_, a) => formatInstant(a.filedAt) },
          {
            title: 'Trạng thái',
            render: (_, a) => <Tag color={COLORS[a.status]}>{APPEAL_OUTCOME_LABELS[a.status]}</Tag>,
          },
          {
            title: 'Trả lời',
            render: (_, a) =>
              a.status === 'PENDING' ? (
                canManage ? (
                  <Button size="small" onClick={() => setResolving(a)}>
                    Giải quyết
                  </Button>
                ) : null
              ) : (
                <div>
                  {a.response}
                  {a.corrections.length > 0 && (
                    <div style={{ color: '#888' }}>
                      Điều chỉnh {a.corrections.length} điểm:{' '}
                      {a.corrections
                        .map(
                          (c) => `${c.before.toLocaleString('vi-VN')} → ${c.after.toLocaleString('vi-VN')}`,
                        )
                        .join('; ')}
                    </div>
                  )}
                </div>
              ),
          },
        ]}
      />
      {filing && (
        <FileAppealModal
          round={round}
          criteria={criteria}
          myUnitIds={myUnitIds}
          onClose={() => setFiling(false)}
        />
      )}
      {resolving && (
        <ResolveAppealModal
          round={round}
          appeal={resolving}
          criteria={criteria}
          onClose={() => setResolving(null)}
        />
      )}
    </Space>
  );
}

function FileAppealModal({
  round,
  criteria,
  myUnitIds,
  onClose,
}: {
  round: ScoringRound;
  criteria: { id: string; name: string }[];
  myUnitIds: string[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ unitId: string; criterionId?: string; reason: string }>();
  const file = useFileAppeal(round.id);
  const { message } = App.useApp();
  const name = (id: string) => round.members.find((m) => m.unitId === id)?.name ?? '';
  return (
    <FormModal
      open
      title="Gửi đơn phúc khảo"
      okText="Gửi đơn"
      form={form}
      pending={file.isPending}
      error={file.error}
      width={620}
      initialValues={{ unitId: myUnitIds[0] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await file.mutateAsync({ unitId: v.unitId, criterionId: v.criterionId ?? null, reason: v.reason });
        message.success('Đã gửi đơn phúc khảo.');
        onClose();
      }}
    >
      <Form.Item name="unitId" label="Đơn vị phúc khảo" rules={[{ required: true }]}>
        <Select options={myUnitIds.map((id) => ({ value: id, label: name(id) }))} />
      </Form.Item>
      <Form.Item name="criterionId" label="Tiêu chí (bỏ trống nếu phúc khảo toàn bộ kết quả)">
        <Select allowClear options={criteria.map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do phúc khảo"
        rules={[{ required: true, message: 'Nêu rõ lý do phúc khảo.' }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}

interface ResolveValues {
  outcome: 'ACCEPTED' | 'REJECTED';
  response: string;
  corrections?: { scorerUnitId: string; criterionId: string; points: number }[];
}

function ResolveAppealModal({
  round,
  appeal,
  criteria,
  onClose,
}: {
  round: ScoringRound;
  appeal: ScoringAppeal;
  criteria: { id: string; name: string; maxPoints: number }[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<ResolveValues>();
  const resolve = useResolveAppeal();
  const { message } = App.useApp();
  const outcome = Form.useWatch('outcome', form);
  const scorers = round.members.filter((m) => m.unitId !== appeal.unitId);
  return (
    <FormModal<ResolveValues>
      open
      title={`Giải quyết phúc khảo của ${appeal.unitName}`}
      okText="Lưu kết quả giải quyết"
      form={form}
      pending={resolve.isPending}
      error={resolve.error}
      width={760}
      initialValues={{ outcome: 'REJECTED', corrections: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await resolve.mutateAsync({
          appealId: appeal.id,
          input: {
            outcome: v.outcome,
            response: v.response,
            corrections: v.outcome === 'ACCEPTED' ? (v.corrections ?? []) : [],
          },
        });
        message.success(
          v.outcome === 'ACCEPTED' ? 'Đã chấm lại và cập nhật kết quả.' : 'Đã trả lời đơn phúc khảo.',
        );
        onClose();
      }}
    >
      <Typography.Paragraph>Lý do: {appeal.reason}</Typography.Paragraph>
      <Form.Item name="outcome" label="Kết quả">
        <Select
          options={[
            { value: 'ACCEPTED', label: 'Chấp nhận, chấm lại' },
            { value: 'REJECTED', label: 'Không chấp nhận' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="response"
        label="Nội dung trả lời"
        rules={[{ required: true, message: 'Nhập nội dung trả lời.' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      {outcome === 'ACCEPTED' && (
        <Form.List name="corrections">
          {(fields, ops) => (
            <>
              <Typography.Text strong>Điều chỉnh điểm chấm cho {appeal.unitName}</Typography.Text>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item
                    name={[f.name, 'scorerUnitId']}
                    rules={[{ required: true, message: 'Chọn đơn vị chấm.' }]}
                  >
                    <Select
                      placeholder="Đơn vị chấm"
                      style={{ width: 220 }}
                      options={[
                        { value: appeal.unitId, label: `${appeal.unitName} (tự chấm)` },
                        ...scorers.map((m) => ({ value: m.unitId, label: m.name })),
                      ]}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'criterionId']}
                    rules={[{ required: true, message: 'Chọn tiêu chí.' }]}
                  >
                    <Select
                      placeholder="Tiêu chí"
                      style={{ width: 260 }}
                      options={criteria.map((c) => ({
                        value: c.id,
                        label: `${c.name} (tối đa ${c.maxPoints})`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']} rules={[{ required: true, message: 'Nhập điểm.' }]}>
                    <InputNumber min={0} step={0.25} decimalSeparator="," placeholder="Điểm mới" />
                  </Form.Item>
                  <Button onClick={() => ops.remove(f.name)}>Bỏ</Button>
                </Space>
              ))}
              <div>
                <Button size="small" onClick={() => ops.add({})} style={{ marginTop: 8 }}>
                  Thêm điều chỉnh điểm
                </Button>
              </div>
            </>
          )}
        </Form.List>
      )}
    </FormModal>
  );
}
