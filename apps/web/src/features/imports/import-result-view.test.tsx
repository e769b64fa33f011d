import '../../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import type { ImportResult } from '@vinhdanh/shared';
import { ImportResultView } from './import-result-view';
import { readImportResult } from './api';

const result: ImportResult = {
  totalRows: 1250,
  created: 1200,
  updated: 40,
  unchanged: 8,
  errors: [
    { row: 17, column: 'Ngày sinh', code: 'INVALID_DATE', message: 'Ngày không hợp lệ: 31/02/1980.' },
    {
      row: 5,
      column: 'Số CCCD',
      code: 'DUPLICATE_NATIONAL_ID',
      message: 'Số CCCD đã tồn tại trong hệ thống.',
    },
  ],
};

describe('ImportResultView', () => {
  it('hiện số liệu tổng hợp với dấu chấm ngăn cách hàng nghìn', () => {
    render(<ImportResultView result={result} />);
    expect(screen.getByText('1.250')).toBeTruthy();
    expect(screen.getByText('1.200')).toBeTruthy();
    expect(screen.getByText('Có 2 lỗi: các dòng lỗi không được nhập.')).toBeTruthy();
  });

  it('liệt kê lỗi theo dòng trong bảng Dòng / Cột / Lỗi, sắp theo số dòng', () => {
    render(<ImportResultView result={result} />);
    const table = screen.getByTestId('import-errors-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.trim());
    expect(headers).toEqual(expect.arrayContaining(['Dòng', 'Cột', 'Lỗi']));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('5')).toBeTruthy();
    expect(within(rows[0]!).getByText('Số CCCD')).toBeTruthy();
    expect(within(rows[1]!).getByText('Ngày không hợp lệ: 31/02/1980.')).toBeTruthy();
  });

  it('không hiện bảng lỗi khi nhập thành công', () => {
    render(<ImportResultView result={{ ...result, errors: [] }} />);
    expect(screen.queryByTestId('import-errors-table')).toBeNull();
    expect(screen.getByText('Nhập dữ liệu thành công.')).toBeTruthy();
  });
});

describe('readImportResult', () => {
  it('nhận kết quả đúng hợp đồng, bỏ qua dữ liệu sai dạng', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readImportResult(result)).toEqual(result);
    expect(readImportResult({ foo: 1 })).toBeNull();
    expect(readImportResult(null)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
