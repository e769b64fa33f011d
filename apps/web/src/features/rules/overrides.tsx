import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RATING_LABELS, type AddParameterOverrideInput, type ParameterOverrideRow } from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { FormModal } from '../../components/form-modal';
import { DATE_FORMAT, toLegal } from '../../lib/dates';
import { eligibilityKeys, type ParameterListing } from '../eligibility/api';

/** Overrides change the catalogue and every eligibility answer: refresh both. */
function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: eligibilityKeys.catalogue }),
      qc.invalidateQueries({ queryKey: eligibilityKeys.all }),
    ]);
}

export function useAddParameterOverride() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: AddParameterOverrideInput) =>
      api.post<ParameterOverrideRow>('/rules/overrides', input),
    onSuccess: invalidate,
  });
}

export function useRevokeParameterOverride() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<ParameterOverrideRow>(`/rules/overrides/${encodeURIComponent(id)}/revoke`, {}),
    onSuccess: invalidate,
  });
}

/** Rating codes read as the officer knows them; other codes as they are. */
function enumLabel(v: string): string {
  return (RATING_LABELS as Record<string, string>)[v] ?? v;
}

interface Values {
  parameter: string;
  from: Dayjs | null;
  to: Dayjs | null;
  value: string | number | boolean | null;
  reference: string;
  reason: string;
}

/** Thêm điều chỉnh của tỉnh: only parameters the law delegates to the province can be chosen. */
export function AddOverrideModal({
  parameters,
  onClose,
}: {
  parameters: ParameterListing[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const add = useAddParameterOverride();
  const { message } = App.useApp();
  const delegated = parameters.filter((p) => p.delegated);
  const key = Form.useWatch('parameter', form);
  const param = delegated.find((p) => p.key === key);

  const submit = async (v: Values) => {
    await add.mutateAsync({
      parameter: v.parameter,
      from: toLegal(v.from) ?? '',
      to: toLegal(v.to),
      value: v.value ?? null,
      reference: v.reference?.trim() ?? '',
      reason: v.reason?.trim() ?? '',
    });
    message.success('Đã thêm điều chỉnh của tỉnh.');
    onClose();
  };

  return (
    <FormModal
      open
      title="Thêm điều chỉnh của tỉnh"
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={add.isPending}
      error={add.error}
      width={640}
    >
      <Form.Item
        name="parameter"
        label="Tham số (luật giao cho tỉnh quy định)"
        rules={[{ required: true, message: 'Chọn tham số.' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="Chọn tham số"
          options={delegated.map((p) => ({ value: p.key, label: `${p.description.vi} (${p.key})` }))}
          onChange={() => form.setFieldValue('value', undefined)}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="from" label="Từ ngày" rules={[{ required: true, message: 'Nhập ngày bắt đầu.' }]}>
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="to" label="Đến ngày (bỏ trống: chưa có ngày kết thúc)">
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="value" label="Giá trị" rules={[{ required: true, message: 'Nhập giá trị.' }]}>
        {param?.type === 'boolean' ? (
          <Select
            placeholder="Chọn"
            options={[
              { value: true, label: 'Có' },
              { value: false, label: 'Không' },
            ]}
          />
        ) : param?.enum ? (
          <Select placeholder="Chọn" options={param.enum.map((v) => ({ value: v, label: enumLabel(v) }))} />
        ) : param?.type === 'number' ? (
          <InputNumber style={{ width: '100%' }} decimalSeparator="," />
        ) : (
          <Input />
        )}
      </Form.Item>
      <Form.Item
        name="reference"
        label="Căn cứ (văn bản của tỉnh, điều khoản)"
        rules={[{ required: true, whitespace: true, message: 'Nhập căn cứ pháp lý.' }]}
      >
        <Input maxLength={500} placeholder="Quyết định …/…/QĐ-UBND tỉnh …, Điều … khoản …" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, whitespace: true, message: 'Nhập lý do.' }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
