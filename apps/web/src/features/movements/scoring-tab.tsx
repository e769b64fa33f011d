import { App, Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  SCORING_METHOD_LABELS,
  SCORING_METHODS,
  SCORING_ROUND_STATUS_LABELS,
  ZScoringRound,
  type Movement,
  type ScoringMethod,
  type ScoringRound,
} from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';
import { useClusters } from '../clusters/api';
import { useCreateScoringRound, useScoringResults, useScoringTemplates } from '../scoring/api';

const STATUS_COLOR: Record<ScoringRound['status'], string> = {
  DRAFT: 'default',
  OPEN: 'blue',
  PUBLISHED: 'orange',
  FINAL: 'green',
};

function useMovementRounds(movementId: string) {
  return useQuery({
    queryKey: ['scoring', 'rounds', 'movement', movementId],
    queryFn: async () => {
      const list = await api.get<ScoringRound[]>('/scoring/rounds', { movementId });
      list.forEach((r) => checkContract(ZScoringRound, r, 'GET /scoring/rounds?movementId='));
      return list;
    },
  });
}

function Ranking({ round }: { round: ScoringRound }) {
  const { data, error } = useScoringResults(round.id, round.status !== 'DRAFT');
  if (round.status === 'DRAFT')
    return <Typography.Text type="secondary">Đợt chấm điểm chưa mở.</Typography.Text>;
  if (!data) return <ErrorAlert error={error} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {data.preview ? 'Kết quả tạm tính (chưa công bố). ' : ''}
        {data.methodText}
      </Typography.Text>
      <Table
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={data.ranking}
        data-testid="movement-ranking"
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 70 },
          { title: 'Đơn vị', dataIndex: 'name' },
          {
            title: 'Điểm',
            dataIndex: 'total',
            width: 100,
            render: (v: number) => String(Math.round(v * 100) / 100).replace('.', ','),
          },
        ]}
      />
    </Space>
  );
}

/** Chấm điểm of a movement: its scoring rounds (clusters of participating units) with their rankings. */
export function MovementScoringTab({ movement, canManage }: { movement: Movement; canManage: boolean }) {
  const { data: rounds, error } = useMovementRounds(movement.id);
  const year = Number((movement.startDate ?? movement.launchDate ?? new Date().toISOString()).slice(0, 4));
  const clusters = useClusters(year);
  const templates = useScoringTemplates();
  const create = useCreateScoringRound();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{
    name: string;
    clusterId: string;
    templateId: string;
    method: ScoringMethod;
  }>();
  const participants = new Set(movement.participants.map((p) => p.unitId));
  const eligible = (clusters.data ?? []).filter(
    (c) => c.members.length > 0 && c.members.every((m) => participants.has(m.unitId)),
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {canManage && movement.status !== 'DRAFT' && movement.status !== 'CLOSED' && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="create-movement-round">
          Lập đợt chấm điểm cho một cụm, khối
        </Button>
      )}
      <ErrorAlert error={error} />
      {rounds && rounds.length === 0 && <Empty description="Phong trào chưa có đợt chấm điểm." />}
      {(rounds ?? []).map((r) => (
        <Card
          key={r.id}
          size="small"
          title={
            <Space wrap>
              <Link to={`/cham-diem/${r.id}`}>{r.name}</Link>
              <Tag color={STATUS_COLOR[r.status]}>{SCORING_ROUND_STATUS_LABELS[r.status]}</Tag>
            </Space>
          }
          extra={<Typography.Text type="secondary">{r.clusterName}</Typography.Text>}
        >
          <Ranking round={r} />
        </Card>
      ))}
      <Modal
        open={open}
        title="Lập đợt chấm điểm của phong trào"
        okText="Lập đợt chấm điểm"
        cancelText="Hủy"
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <ErrorAlert error={create.error} />
        <Form
          form={form}
          layout="vertical"
          initialValues={{ method: 'DROP_HIGH_LOW', name: `Chấm điểm ${movement.name}`.slice(0, 300) }}
          onFinish={(v) =>
            create.mutate(
              { ...v, movementId: movement.id },
              {
                onSuccess: () => {
                  setOpen(false);
                  message.success('Đã lập đợt chấm điểm.');
                },
              },
            )
          }
        >
          <Form.Item label="Tên đợt chấm điểm" name="name" rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            label="Cụm, khối thi đua (mọi thành viên tham gia phong trào)"
            name="clusterId"
            rules={[{ required: true, message: 'Chọn cụm, khối.' }]}
          >
            <Select
              aria-label="Cụm, khối chấm điểm"
              loading={clusters.isLoading}
              notFoundContent="Không có cụm, khối nào gồm toàn đơn vị tham gia phong trào"
              options={eligible.map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item
            label="Mẫu chấm điểm"
            name="templateId"
            rules={[{ required: true, message: 'Chọn mẫu.' }]}
          >
            <Select
              aria-label="Mẫu chấm điểm"
              loading={templates.isLoading}
              options={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            />
          </Form.Item>
          <Form.Item label="Cách tổng hợp điểm chấm chéo" name="method">
            <Select options={SCORING_METHODS.map((m) => ({ value: m, label: SCORING_METHOD_LABELS[m] }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
