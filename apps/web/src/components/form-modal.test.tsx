import '../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form, Input } from 'antd';
import { ApiError } from '../lib/http';
import { FormModal } from './form-modal';

function Harness({ onSubmit }: { onSubmit: (v: { to: string }) => Promise<void> }) {
  const [form] = Form.useForm<{ to: string }>();
  return (
    <App>
      <FormModal
        open
        title="Kết thúc công tác"
        okText="Lưu"
        form={form}
        onSubmit={onSubmit}
        onClose={() => undefined}
        pending={false}
        error={null}
        fieldMap={{ 'employment.to': 'to' }}
        initialValues={{ to: '2026-01-01' }}
      >
        <Form.Item name="to" label="Đến ngày">
          <Input />
        </Form.Item>
      </FormModal>
    </App>
  );
}

describe('FormModal', () => {
  it('gửi giá trị đã kiểm tra và hiện lỗi của máy chủ đúng trường (qua fieldMap)', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
        { path: 'employment.to', message: 'Ngày kết thúc trước ngày bắt đầu.' },
      ]);
    });
    render(<Harness onSubmit={onSubmit} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    });
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ to: '2026-01-01' }));
    expect(await screen.findByText('Ngày kết thúc trước ngày bắt đầu.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hủy' })).toBeTruthy();
  });
});
