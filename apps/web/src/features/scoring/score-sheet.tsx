import {
  Alert,
  App,
  Button,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { PaperClipOutlined, UploadOutlined, WarningOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import type { ScoringRound, ScoringTemplate } from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { errorMessage } from '../../lib/http';
import { formatInstant } from '../../lib/dates';
import { evidenceUrl, uploadEvidence, useDeclareConflict, useScoreSheet, useSubmitSheet } from './api';

interface Entry {
  points: number | null;
  note: string;
  evidence: { id: string; filename: string }[];
}
type Row =
  | { kind: 'group'; key: string; name: string; max: number }
  | {
      kind: 'criterion';
      key: string;
      id: string;
      name: string;
      guidance: string | null;
      max: number;
      evidenceRequired: boolean;
    };

const fmt = (n: number) => n.toLocaleString('vi-VN');

/**
 * Phiếu chấm of a scorer unit: self-score (with evidence upload where required) or a cross-score of an assigned
 * unit (with that unit's self-score and evidence beside each criterion), and the conflict-of-interest declaration.
 */
export function ScoreSheetPanel({
  round,
  template,
  myUnitIds,
}: {
  round: ScoringRound;
  template: ScoringTemplate;
  /** Member units the signed-in user may score for. */
  myUnitIds: string[];
}) {
  const { message } = App.useApp();
  const [scorer, setScorer] = useState<string | undefined>(myUnitIds[0]);
  const [target, setTarget] = useState<string | undefined>(myUnitIds[0]);
  const sheet = useScoreSheet(round.id, scorer, target);
  const submit = useSubmitSheet(round.id);
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [conflictOpen, setConflictOpen] = useState(false);
  const name = (id: string) => round.members.find((m) => m.unitId === id)?.name ?? '';
  const criteria = template.groups.flatMap((g) => g.criteria);

  useEffect(() => {
    const next: Record<string, Entry> = {};
    for (const c of criteria) {
      const s = sheet.data?.scores.find((x) => x.criterionId === c.id);
      next[c.id] = { points: s?.points ?? null, note: s?.note ?? '', evidence: s?.evidence ?? [] };
    }
    setEntries(next);
  }, [sheet.data, template.id]);

  const targets = useMemo(() => {
    if (!scorer) return [];
    const assigned = round.assignments.filter((a) => a.scorerUnitId === scorer).map((a) => a.targetUnitId);
    return [
      { value: scorer, label: `${name(scorer)} (tự chấm)` },
      ...assigned.map((t) => ({ value: t, label: name(t) })),
    ];
  }, [round, scorer]);

  if (myUnitIds.length === 0)
    return (
      <Alert
        type="info"
        showIcon
        title="Tài khoản của bạn không thuộc đơn vị thành viên nào của cụm/khối này."
      />
    );

  const self = scorer === target;
  const recused = round.conflicts.some((c) => c.scorerUnitId === scorer && c.targetUnitId === target);
  const open = round.status === 'OPEN';
  const total = Object.values(entries).reduce((s, e) => s + (e.points ?? 0), 0);
  const set = (id: string, patch: Partial<Entry>) =>
    setEntries((e) => ({ ...e, [id]: { ...e[id]!, ...patch } }));

  const rows: Row[] = template.groups.flatMap((g) => [
    {
      kind: 'group' as const,
      key: `g-${g.id}`,
      name: g.name,
      max: g.criteria.reduce((s, c) => s + c.maxPoints, 0),
    },
    ...g.criteria.map((c) => ({
      kind: 'criterion' as const,
      key: c.id,
      id: c.id,
      name: c.name,
      guidance: c.guidance,
      max: c.maxPoints,
      evidenceRequired: c.evidenceRequired,
    })),
  ]);

  const doSubmit = async () => {
    const missing = criteria.filter((c) => entries[c.id]?.points == null);
    if (missing.length > 0) {
      message.error(`Còn ${missing.length} tiêu chí chưa chấm: ${missing.map((c) => c.name).join(', ')}.`);
      return;
    }
    try {
      const r = await submit.mutateAsync({
        scorerUnitId: scorer!,
        targetUnitId: target!,
        scores: criteria.map((c) => ({
          criterionId: c.id,
          points: entries[c.id]!.points!,
          note: entries[c.id]!.note || null,
          evidenceFileIds: entries[c.id]!.evidence.map((f) => f.id),
        })),
      });
      message.success(r.version > 1 ? `Đã nộp lại phiếu chấm (lần ${r.version}).` : 'Đã nộp phiếu chấm.');
    } catch {
      /* shown by ErrorAlert */
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        <span>Đơn vị chấm</span>
        <Select
          aria-label="Đơn vị chấm"
          style={{ minWidth: 260 }}
          value={scorer}
          onChange={(v) => {
            setScorer(v);
            setTarget(v);
          }}
          options={myUnitIds.map((id) => ({ value: id, label: name(id) }))}
        />
        <span>Đơn vị được chấm</span>
        <Select
          aria-label="Đơn vị được chấm"
          style={{ minWidth: 300 }}
          value={target}
          onChange={setTarget}
          options={targets}
        />
        {!self && open && !recused && (
          <Button icon={<WarningOutlined />} onClick={() => setConflictOpen(true)}>
            Khai báo xung đột lợi ích
          </Button>
        )}
      </Space>
      {!open && (
        <Alert
          type="info"
          showIcon
          title={
            round.status === 'DRAFT'
              ? 'Đợt chấm điểm chưa mở.'
              : 'Đợt chấm điểm đã kết thúc; phiếu chỉ để xem.'
          }
        />
      )}
      {recused && (
        <Alert
          type="warning"
          showIcon
          title="Đơn vị đã khai báo xung đột lợi ích với đơn vị này nên không chấm điểm."
        />
      )}
      {sheet.data?.submittedAt && (
        <Typography.Text type="secondary">
          Đã nộp lúc {formatInstant(sheet.data.submittedAt)} (lần {sheet.data.version}).
        </Typography.Text>
      )}
      <ErrorAlert error={submit.error ?? sheet.error} />
      <Table<Row>
        size="small"
        pagination={false}
        loading={sheet.isFetching}
        rowKey="key"
        dataSource={rows}
        columns={[
          {
            title: 'Tiêu chí',
            render: (_, r) =>
              r.kind === 'group' ? (
                <Typography.Text strong>{r.name}</Typography.Text>
              ) : (
                <div>
                  {r.name} {r.evidenceRequired && <Tag color="orange">Cần minh chứng</Tag>}
                  {r.guidance && <div style={{ color: '#888', fontSize: 12 }}>{r.guidance}</div>}
                </div>
              ),
            onCell: (r) => (r.kind === 'group' ? { colSpan: 1, style: { background: '#fafafa' } } : {}),
          },
          { title: 'Tối đa', width: 80, align: 'right', render: (_, r) => fmt(r.max) },
          ...(!self
            ? [
                {
                  title: 'Đơn vị tự chấm',
                  width: 200,
                  render: (_: unknown, r: Row) => {
                    if (r.kind !== 'criterion') return null;
                    const ev = sheet.data?.targetEvidence.find((x) => x.criterionId === r.id);
                    if (!ev) return <Typography.Text type="secondary">Chưa tự chấm</Typography.Text>;
                    return (
                      <div>
                        {ev.selfPoints !== null && <div>{fmt(ev.selfPoints)} điểm</div>}
                        {ev.files.map((f) => (
                          <div key={f.id}>
                            <a href={evidenceUrl(round.id, f.id)}>
                              <PaperClipOutlined /> {f.filename}
                            </a>
                          </div>
                        ))}
                      </div>
                    );
                  },
                },
              ]
            : []),
          {
            title: 'Điểm chấm',
            width: 130,
            render: (_, r) =>
              r.kind === 'criterion' ? (
                <InputNumber
                  aria-label={`Điểm: ${r.name}`}
                  min={0}
                  step={0.25}
                  decimalSeparator=","
                  value={entries[r.id]?.points ?? null}
                  disabled={!open || recused || sheet.isFetching}
                  status={(entries[r.id]?.points ?? 0) > r.max ? 'error' : undefined}
                  onChange={(v) => set(r.id, { points: v === null ? null : Number(v) })}
                />
              ) : null,
          },
          {
            title: self ? 'Ghi chú, minh chứng' : 'Ghi chú',
            render: (_, r) =>
              r.kind === 'criterion' ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Input
                    aria-label={`Ghi chú: ${r.name}`}
                    value={entries[r.id]?.note ?? ''}
                    disabled={!open || recused}
                    onChange={(e) => set(r.id, { note: e.target.value })}
                  />
                  {self && (
                    <>
                      {(entries[r.id]?.evidence ?? []).map((f) => (
                        <div key={f.id}>
                          <a href={evidenceUrl(round.id, f.id)}>
                            <PaperClipOutlined /> {f.filename}
                          </a>{' '}
                          {open && (
                            <Button
                              size="small"
                              type="link"
                              danger
                              onClick={() =>
                                set(r.id, { evidence: entries[r.id]!.evidence.filter((x) => x.id !== f.id) })
                              }
                            >
                              Bỏ
                            </Button>
                          )}
                        </div>
                      ))}
                      {open && (
                        <Upload
                          showUploadList={false}
                          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
                          customRequest={async ({ file, onSuccess, onError }) => {
                            try {
                              const up = await uploadEvidence(round.id, scorer!, file as File);
                              setEntries((e) => ({
                                ...e,
                                [r.id]: {
                                  ...e[r.id]!,
                                  evidence: [...e[r.id]!.evidence, { id: up.id, filename: up.filename }],
                                },
                              }));
                              onSuccess?.(up);
                            } catch (err) {
                              message.error(errorMessage(err));
                              onError?.(err as Error);
                            }
                          }}
                        >
                          <Button
                            size="small"
                            icon={<UploadOutlined />}
                            aria-label={`Tải minh chứng: ${r.name}`}
                          >
                            Tải minh chứng
                          </Button>
                        </Upload>
                      )}
                    </>
                  )}
                </Space>
              ) : null,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>Tổng cộng</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {fmt(template.maxTotal)}
            </Table.Summary.Cell>
            {!self && <Table.Summary.Cell index={2} />}
            <Table.Summary.Cell index={3}>
              <strong>{fmt(Math.round(total * 100) / 100)}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} />
          </Table.Summary.Row>
        )}
      />
      {open && !recused && (
        <Button type="primary" loading={submit.isPending} onClick={() => void doSubmit()}>
          {sheet.data?.submittedAt ? 'Nộp lại phiếu chấm' : 'Nộp phiếu chấm'}
        </Button>
      )}
      {conflictOpen && scorer && target && (
        <ConflictModal
          roundId={round.id}
          scorerUnitId={scorer}
          targetUnitId={target}
          targetName={name(target)}
          onClose={() => setConflictOpen(false)}
        />
      )}
    </Space>
  );
}

function ConflictModal(props: {
  roundId: string;
  scorerUnitId: string;
  targetUnitId: string;
  targetName: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const declare = useDeclareConflict(props.roundId);
  const { message } = App.useApp();
  return (
    <FormModal<{ reason: string }>
      open
      title={`Khai báo xung đột lợi ích với ${props.targetName}`}
      okText="Khai báo"
      form={form}
      pending={declare.isPending}
      error={declare.error}
      width={560}
      onClose={props.onClose}
      onSubmit={async (v) => {
        await declare.mutateAsync({
          scorerUnitId: props.scorerUnitId,
          targetUnitId: props.targetUnitId,
          reason: v.reason,
        });
        message.success(
          'Đã khai báo; đơn vị không chấm điểm đơn vị này và điểm đã chấm (nếu có) không được tính.',
        );
        props.onClose();
      }}
    >
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, message: 'Nêu rõ lý do xung đột lợi ích.' }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
