import { mkdtempSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from './excel';
import { readSheetRows } from '../services/imports/people-sheet';

describe('đọc Excel theo luồng giữ nguyên chữ tiếng Việt', () => {
  it('không làm hỏng ký tự có dấu nằm ở ranh giới giữa hai khối dữ liệu (tệp lớn)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'vd-xlsx-')), 'big.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const ws = wb.addWorksheet('Cán bộ');
    const names = ['Nguyễn Thị Ánh Tuyết', 'Đặng Văn Hưng', 'Lê Hoàng Phương Thảo', 'Trương Thị Mỹ Hạnh'];
    const rows = 12_000;
    for (let i = 0; i < rows; i++)
      ws.addRow([i, names[i % names.length], 'Không', 'Phường Điện Biên']).commit();
    ws.commit();
    await wb.commit();
    let seen = 0;
    for await (const { row, values } of readSheetRows(createReadStream(file))) {
      expect(values[2]).toBe(names[(row - 1) % names.length]);
      expect(values[3]).toBe('Không');
      expect(values[4]).toBe('Phường Điện Biên');
      seen++;
    }
    expect(seen).toBe(rows);
  });
});
