import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { ETHNICITIES, PERSON_STATUSES, PERSON_STATUS_LABELS, SEXES, SEX_LABELS } from '@vinhdanh/shared';
import { DATE_FORMAT } from '../../lib/dates';
import { foldVietnamese } from '../../lib/text';

export const SEX_OPTIONS = SEXES.map((s) => ({ value: s, label: SEX_LABELS[s] }));
export const STATUS_OPTIONS = PERSON_STATUSES.map((s) => ({ value: s, label: PERSON_STATUS_LABELS[s] }));
export const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e, label: e }));

/** The personal-information fields shared by the create and edit forms. */
export function PersonFields({ nationalIdMasked }: { nationalIdMasked?: boolean }) {
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}>
        <Form.Item
          name="fullName"
          label="Họ và tên"
          rules={[{ required: true, min: 2, message: 'Nhập họ và tên.' }]}
        >
          <Input autoComplete="off" data-testid="person-fullName" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="sex" label="Giới tính" rules={[{ required: true, message: 'Chọn giới tính.' }]}>
          <Select options={SEX_OPTIONS} data-testid="person-sex" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="dateOfBirth" label="Ngày sinh">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="ethnicity" label="Dân tộc">
          <Select
            options={ETHNICITY_OPTIONS}
            showSearch={{
              filterOption: (input, o) =>
                foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input)),
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="nationalId"
          label="Số CCCD"
          rules={nationalIdMasked ? [] : [{ pattern: /^\d{12}$/, message: 'Số CCCD gồm đúng 12 chữ số.' }]}
          extra={nationalIdMasked ? 'Số CCCD đang bị che; để nguyên nếu không đổi.' : undefined}
        >
          <Input inputMode="numeric" maxLength={12} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="staffCode" label="Mã cán bộ">
          <Input />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="status" label="Trạng thái">
          <Select options={STATUS_OPTIONS} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item
          name="email"
          label="Thư điện tử"
          rules={[{ type: 'email', message: 'Email không hợp lệ.' }]}
        >
          <Input />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="phone" label="Điện thoại">
          <Input />
        </Form.Item>
      </Col>
    </Row>
  );
}
