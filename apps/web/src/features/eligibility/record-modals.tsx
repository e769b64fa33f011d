import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  AWARD_CODES,
  AWARD_CODE_LABELS,
  AWARD_TYPE_CODES,
  AWARD_TYPE_LABELS,
  DISCIPLINE_CODES,
  DISCIPLINE_LABELS,
  INDIVIDUAL_TITLE_CODES,
  RATING_CODES,
  RATING_LABELS,
  type AwardCode,
  type AwardTypeCode,
  type DisciplineCode,
  type IndividualTitleCode,
  type RatingCode,
  type YearRecord,
} from '@vinhdanh/shared';
import { FormModal } from '../../components/form-modal';
import { DATE_FORMAT, fromLegal, toLegal } from '../../lib/dates';
import { useRecordAward, useRecordYearResult } from './api';

const INITIATIVE_OPTIONS = [
  { value: 'SANG_KIEN:CO_SO', label: 'Sáng kiến — phạm vi cơ sở' },
  { value: 'SANG_KIEN:BO_TINH', label: 'Sáng kiến — phạm vi bộ, ban, ngành, tỉnh' },
  { value: 'SANG_KIEN:TOAN_QUOC', label: 'Sáng kiến — phạm vi toàn quốc' },
  { value: 'DE_TAI_KHCN:CO_SO', label: 'Đề tài khoa học — phạm vi cơ sở' },
  { value: 'DE_TAI_KHCN:BO_TINH', label: 'Đề tài khoa học — phạm vi bộ, ban, ngành, tỉnh' },
  { value: 'DE_TAI_KHCN:TOAN_QUOC', label: 'Đề tài khoa học — phạm vi toàn quốc' },
];

interface YearValues {
  year: number;
  rating: RatingCode | null;
  titles: IndividualTitleCode[];
  discipline: DisciplineCode | null;
  disciplineDecidedOn: Dayjs | null;
  initiatives: string[];
  note?: string;
}

/** Ghi kết quả năm: rating, recognised titles, discipline and initiatives (absences already on file are kept). */
export function YearResultModal({
  personId,
  existing,
  defaultYear,
  onClose,
}: {
  personId: string;
  existing?: YearRecord;
  defaultYear: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<YearValues>();
  const save = useRecordYearResult(personId);
  const { message } = App.useApp();

  const submit = async (v: YearValues) => {
    await save.mutateAsync({
      year: v.year,
      input: {
        rating: v.rating ?? null,
        titles: v.titles ?? [],
        discipline: v.discipline ?? null,
        disciplineDecidedOn: v.discipline ? toLegal(v.disciplineDecidedOn) : null,
        absences: existing?.absences ?? [],
        initiatives: (v.initiatives ?? []).map((s) => {
          const [kind, scope] = s.split(':') as ['SANG_KIEN', 'CO_SO'];
          return { kind, scope };
        }),
        note: v.note?.trim() || null,
      },
    });
    message.success(`Đã ghi kết quả năm ${v.year}.`);
    onClose();
  };

  return (
    <FormModal
      open
      title={existing ? `Sửa kết quả năm ${existing.year}` : 'Ghi kết quả năm'}
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      initialValues={{
        year: existing?.year ?? defaultYear,
        rating: existing?.rating ?? null,
        titles: existing?.titles ?? [],
        discipline: existing?.discipline ?? null,
        disciplineDecidedOn: fromLegal(existing?.disciplineDecidedOn),
        initiatives: (existing?.initiatives ?? []).map((i) => `${i.kind}:${i.scope}`),
        note: existing?.note ?? '',
      }}
      width={640}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm.' }]}>
            <InputNumber min={1945} max={2100} disabled={!!existing} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="rating" label="Mức độ hoàn thành nhiệm vụ">
            <Select
              allowClear
              placeholder="Chọn mức độ"
              options={RATING_CODES.map((c) => ({ value: c, label: RATING_LABELS[c] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="titles" label="Danh hiệu đã được công nhận trong năm">
        <Select
          mode="multiple"
          placeholder="Chọn danh hiệu"
          options={INDIVIDUAL_TITLE_CODES.map((c) => ({ value: c, label: AWARD_CODE_LABELS[c] }))}
        />
      </Form.Item>
      <Form.Item name="initiatives" label="Sáng kiến, đề tài được công nhận">
        <Select mode="multiple" placeholder="Chọn" options={INITIATIVE_OPTIONS} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="discipline" label="Kỷ luật trong năm">
            <Select
              allowClear
              placeholder="Không bị kỷ luật"
              options={DISCIPLINE_CODES.map((c) => ({ value: c, label: DISCIPLINE_LABELS[c] }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="disciplineDecidedOn" label="Ngày quyết định kỷ luật">
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label="Ghi chú">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface AwardValues {
  code: AwardCode;
  decisionNumber: string;
  decidedOn: Dayjs | null;
  signer?: string;
  periodFrom?: number | null;
  periodTo?: number | null;
  type: AwardTypeCode;
  achievement?: string;
}

/** Nhập khen thưởng đã có (sổ khen thưởng theo người). */
export function AwardModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const [form] = Form.useForm<AwardValues>();
  const save = useRecordAward(personId);
  const { message } = App.useApp();

  const submit = async (v: AwardValues) => {
    await save.mutateAsync({
      code: v.code,
      decisionNumber: v.decisionNumber,
      decidedOn: toLegal(v.decidedOn) ?? '',
      signer: v.signer?.trim() || null,
      periodFrom: v.periodFrom ?? null,
      periodTo: v.periodTo ?? null,
      type: v.type,
      achievement: v.achievement?.trim() || null,
    });
    message.success('Đã nhập khen thưởng.');
    onClose();
  };

  return (
    <FormModal
      open
      title="Nhập khen thưởng đã có"
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      initialValues={{ type: 'THUONG_XUYEN' }}
      width={640}
    >
      <Form.Item
        name="code"
        label="Danh hiệu / hình thức khen thưởng"
        rules={[{ required: true, message: 'Chọn danh hiệu hoặc hình thức.' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={AWARD_CODES.map((c) => ({ value: c, label: AWARD_CODE_LABELS[c] }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="decisionNumber"
            label="Số quyết định"
            rules={[{ required: true, message: 'Nhập số quyết định.' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="decidedOn"
            label="Ngày quyết định"
            rules={[{ required: true, message: 'Chọn ngày quyết định.' }]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="signer" label="Người ký / cơ quan ban hành">
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="periodFrom" label="Thành tích từ năm">
            <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="periodTo" label="Đến năm">
            <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="type" label="Loại hình">
            <Select options={AWARD_TYPE_CODES.map((c) => ({ value: c, label: AWARD_TYPE_LABELS[c] }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="achievement" label="Thành tích">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
