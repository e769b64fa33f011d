import '../test/setup-dom';
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';
import { ApiError } from '../lib/http';
import { applyServerFieldErrors, toNamePath } from './form-errors';

describe('applyServerFieldErrors', () => {
  it('đặt lỗi VALIDATION_FAILED vào đúng trường, kể cả trường lồng nhau', async () => {
    let form: FormInstance | undefined;
    function Harness() {
      const [f] = Form.useForm();
      form = f;
      return (
        <Form form={f}>
          <Form.Item name="fullName">
            <Input />
          </Form.Item>
          <Form.Item name={['employment', 'unitId']}>
            <Input />
          </Form.Item>
        </Form>
      );
    }
    render(<Harness />);
    const err = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
      { path: 'fullName', message: 'Nhập họ và tên.' },
      { path: 'employment.unitId', message: 'Chọn đơn vị.' },
      { path: 'unknownField', message: 'Sai.' },
    ]);
    let unmatched: string[] | null = null;
    act(() => {
      unmatched = applyServerFieldErrors(form!, err);
    });
    expect(form!.getFieldError('fullName')).toEqual(['Nhập họ và tên.']);
    expect(form!.getFieldError(['employment', 'unitId'])).toEqual(['Chọn đơn vị.']);
    expect(unmatched).toEqual(['unknownField: Sai.']);
  });

  it('trả về null với lỗi không phải VALIDATION_FAILED', () => {
    expect(applyServerFieldErrors({} as FormInstance, new ApiError(409, 'CONFLICT', 'x'))).toBeNull();
  });

  it('đổi đường dẫn có chỉ số thành name path của antd', () => {
    expect(toNamePath('roles.0.unitId')).toEqual(['roles', 0, 'unitId']);
  });
});
