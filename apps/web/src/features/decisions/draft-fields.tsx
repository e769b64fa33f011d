import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { SIGNER_LEVEL_CODES, SIGNER_OFFICE_CODES, type DecisionRegister } from '@vinhdanh/shared';
import { DATE_FORMAT } from '../../lib/dates';

export const SIGNER_OFFICE_LABELS: Record<(typeof SIGNER_OFFICE_CODES)[number], string> = {
  THU_TRUONG_DON_VI_PHAP_NHAN: 'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
  GIAM_DOC_SO: 'Giám đốc sở, ban, ngành',
  CHU_TICH_UBND: 'Chủ tịch Ủy ban nhân dân',
  GIAM_DOC_DOANH_NGHIEP: 'Giám đốc doanh nghiệp',
  CHU_TICH_HDQT: 'Chủ tịch Hội đồng quản trị',
  BO_TRUONG: 'Bộ trưởng, thủ trưởng cơ quan ngang bộ',
  THU_TUONG: 'Thủ tướng Chính phủ',
  CHU_TICH_NUOC: 'Chủ tịch nước',
};
export const SIGNER_LEVEL_LABELS: Record<(typeof SIGNER_LEVEL_CODES)[number], string> = {
  TINH: 'Cấp tỉnh',
  HUYEN: 'Cấp huyện',
  XA: 'Cấp xã',
};

/** Form values shared by every decision draft form. */
export interface DraftTextValues {
  registerId: string;
  subject: string;
  bases?: string[];
  content?: string;
  recipientsText?: string[];
  signerAuthority?: string;
  signerTitle: string;
  signerName: string;
  signerOffice?: string;
  signerLevel?: string;
  plannedOn?: Dayjs | null;
}

function TextList({ name, label, add }: { name: string; label: string; add: string }) {
  return (
    <Form.List name={name}>
      {(fields, ops) => (
        <Form.Item label={label}>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item name={f.name} noStyle rules={[{ required: true, message: 'Nhập nội dung.' }]}>
                <Input.TextArea autoSize style={{ width: 560 }} aria-label={`${label} ${f.name + 1}`} />
              </Form.Item>
              <MinusCircleOutlined aria-label="Xóa dòng" onClick={() => ops.remove(f.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => ops.add('')}>
            {add}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** Trích yếu, căn cứ, nội dung, nơi nhận, người ký — the texts of a draft. */
export function DraftTextFields({ registers }: { registers: DecisionRegister[] }) {
  return (
    <>
      <Form.Item
        name="registerId"
        label="Sổ đăng ký văn bản"
        rules={[{ required: true, message: 'Chọn sổ.' }]}
      >
        <Select
          options={registers.map((r) => ({ value: r.id, label: `${r.issuingBody} — ${r.symbol}` }))}
          placeholder="Chọn sổ (cơ quan ban hành và ký hiệu)"
        />
      </Form.Item>
      <Form.Item name="subject" label="Trích yếu" rules={[{ required: true, message: 'Nhập trích yếu.' }]}>
        <Input.TextArea autoSize placeholder="Về việc tặng Giấy khen …" />
      </Form.Item>
      <TextList name="bases" label="Căn cứ" add="Thêm căn cứ" />
      <Form.Item name="content" label="Nội dung bổ sung (nếu có)">
        <Input.TextArea autoSize />
      </Form.Item>
      <TextList name="recipientsText" label="Nơi nhận" add="Thêm nơi nhận" />
      <Space wrap>
        <Form.Item name="signerAuthority" label="Quyền hạn ký (KT., TM., Q.)">
          <Input placeholder="KT. CHỦ TỊCH" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="signerTitle"
          label="Chức vụ người ký"
          rules={[{ required: true, message: 'Nhập chức vụ.' }]}
        >
          <Input placeholder="PHÓ CHỦ TỊCH" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="signerName"
          label="Họ tên người ký"
          rules={[{ required: true, message: 'Nhập họ tên.' }]}
        >
          <Input style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="signerOffice" label="Thẩm quyền (để kiểm tra theo luật)">
          <Select
            allowClear
            placeholder="Theo sổ đăng ký"
            style={{ width: 320 }}
            options={SIGNER_OFFICE_CODES.map((c) => ({ value: c, label: SIGNER_OFFICE_LABELS[c] }))}
          />
        </Form.Item>
        <Form.Item name="signerLevel" label="Cấp">
          <Select
            allowClear
            style={{ width: 140 }}
            options={SIGNER_LEVEL_CODES.map((c) => ({ value: c, label: SIGNER_LEVEL_LABELS[c] }))}
          />
        </Form.Item>
        <Form.Item name="plannedOn" label="Ngày dự kiến ban hành">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
    </>
  );
}

/** Wire form of the shared draft texts. */
export function draftTextsToInput(v: DraftTextValues) {
  return {
    registerId: v.registerId,
    kind: 'KHEN_THUONG' as const,
    subject: v.subject,
    bases: (v.bases ?? []).filter((b) => b.trim()),
    content: v.content?.trim() ? v.content : null,
    recipientsText: (v.recipientsText ?? []).filter((b) => b.trim()),
    signerAuthority: v.signerAuthority?.trim() ? v.signerAuthority : null,
    signerTitle: v.signerTitle,
    signerName: v.signerName,
    signerOffice: v.signerOffice ?? null,
    signerLevel: v.signerLevel ?? null,
    plannedOn: v.plannedOn ? v.plannedOn.format('YYYY-MM-DD') : null,
  };
}

export const DEFAULT_BASES = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
];
