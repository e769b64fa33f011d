import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  SCORING_METHODS,
  SCORING_METHOD_LABELS,
  TIE_BREAKS,
  TIE_BREAK_LABELS,
  type ScoringMethod,
  type TieBreakRule,
} from '@vinhdanh/shared';
import { FormModal } from '../../components/form-modal';
import { DATE_FORMAT, toLegal } from '../../lib/dates';
import { useClusters } from '../clusters/api';
import { useCreateScoringRound, useScoringTemplates } from './api';

interface Values {
  name: string;
  templateId: string;
  clusterId: string;
  method: ScoringMethod;
  trimK?: number;
  selfWeightPct: number;
  tieBreak: TieBreakRule;
  scoringDueOn?: Dayjs | null;
  appealDays: number;
}

/** Lập đợt chấm điểm: a template attached to a cluster of the year, with how points are aggregated. */
export function RoundFormModal({
  open,
  year,
  onClose,
}: {
  open: boolean;
  year: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateScoringRound();
  const templates = useScoringTemplates();
  const clusters = useClusters(year);
  const navigate = useNavigate();
  const method = Form.useWatch('method', form);
  return (
    <FormModal<Values>
      open={open}
      title={`Lập đợt chấm điểm năm ${year}`}
      okText="Lập đợt chấm điểm"
      form={form}
      pending={create.isPending}
      error={create.error}
      fieldMap={{ selfWeight: 'selfWeightPct' }}
      initialValues={{
        method: 'DROP_HIGH_LOW',
        trimK: 1,
        selfWeightPct: 0,
        tieBreak: 'GROUP_ORDER',
        appealDays: 5,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await create.mutateAsync({
          name: v.name,
          templateId: v.templateId,
          clusterId: v.clusterId,
          method: v.method,
          trimK: v.trimK ?? 1,
          selfWeight: (v.selfWeightPct ?? 0) / 100,
          tieBreak: v.tieBreak,
          scoringDueOn: toLegal(v.scoringDueOn),
          appealDays: v.appealDays,
        });
        onClose();
        navigate(`/cham-diem/${r.id}`);
      }}
    >
      <Form.Item
        name="name"
        label="Tên đợt chấm điểm"
        rules={[{ required: true, message: 'Nhập tên đợt chấm điểm.' }]}
      >
        <Input placeholder={`Chấm điểm thi đua cụm … năm ${year}`} />
      </Form.Item>
      <Form.Item
        name="clusterId"
        label="Cụm/khối thi đua"
        rules={[{ required: true, message: 'Chọn cụm/khối.' }]}
      >
        <Select
          loading={clusters.isLoading}
          options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          notFoundContent={`Chưa có cụm/khối thi đua năm ${year}`}
        />
      </Form.Item>
      <Form.Item
        name="templateId"
        label="Mẫu chấm điểm"
        rules={[{ required: true, message: 'Chọn mẫu chấm điểm.' }]}
      >
        <Select
          loading={templates.isLoading}
          options={(templates.data ?? []).map((t) => ({
            value: t.id,
            label: `${t.name} (${t.maxTotal.toLocaleString('vi-VN')} điểm)`,
          }))}
        />
      </Form.Item>
      <Form.Item name="method" label="Cách tổng hợp điểm chấm chéo">
        <Select options={SCORING_METHODS.map((m) => ({ value: m, label: SCORING_METHOD_LABELS[m] }))} />
      </Form.Item>
      {method === 'TRIMMED' && (
        <Form.Item name="trimK" label="Số điểm bỏ ở mỗi đầu (k)">
          <InputNumber min={1} max={10} />
        </Form.Item>
      )}
      <Form.Item
        name="selfWeightPct"
        label="Tỷ trọng điểm tự chấm"
        extra="0% = điểm tự chấm chỉ để đối chiếu, không tính vào kết quả."
      >
        <InputNumber min={0} max={100} suffix="%" />
      </Form.Item>
      <Form.Item name="tieBreak" label="Khi bằng tổng điểm">
        <Select options={TIE_BREAKS.map((t) => ({ value: t, label: TIE_BREAK_LABELS[t] }))} />
      </Form.Item>
      <Form.Item name="scoringDueOn" label="Hạn chấm điểm">
        <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item name="appealDays" label="Thời hạn phúc khảo sau khi công bố (ngày)">
        <InputNumber min={0} max={60} />
      </Form.Item>
    </FormModal>
  );
}
