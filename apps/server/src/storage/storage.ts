import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** Where attachment bytes live. Local disk by default; an S3-compatible store can implement the same. */
export interface Storage {
  put(bytes: Buffer, hint: { filename: string }): Promise<{ key: string; size: number; sha256: string }>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

export class LocalDiskStorage implements Storage {
  constructor(private readonly root: string) {}
  private file(key: string) {
    if (!/^[a-z0-9/_.-]+$/i.test(key) || key.includes('..')) throw new Error('Khóa lưu trữ không hợp lệ');
    return path.join(this.root, key);
  }
  async put(bytes: Buffer, hint: { filename: string }) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const ext = path
      .extname(hint.filename)
      .toLowerCase()
      .replace(/[^a-z0-9.]/g, '');
    const key = `${sha256.slice(0, 2)}/${sha256}-${randomBytes(4).toString('hex')}${ext}`;
    await mkdir(path.dirname(this.file(key)), { recursive: true });
    await writeFile(this.file(key), bytes);
    return { key, size: bytes.length, sha256 };
  }
  get(key: string) {
    return readFile(this.file(key));
  }
  stream(key: string) {
    return createReadStream(this.file(key));
  }
  async exists(key: string) {
    try {
      await stat(this.file(key));
      return true;
    } catch {
      return false;
    }
  }
  async delete(key: string) {
    await rm(this.file(key), { force: true });
  }
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Allowed upload types, checked by content (magic bytes), not by the client's word. */
export const UPLOAD_TYPES = {
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    check: (b: Buffer) => b.subarray(0, 4).equals(XLSX_MAGIC),
  },
  pdf: {
    contentType: 'application/pdf',
    check: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    check: (b: Buffer) => b.subarray(0, 4).equals(XLSX_MAGIC),
  },
  png: {
    contentType: 'image/png',
    check: (b: Buffer) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  },
  jpg: { contentType: 'image/jpeg', check: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
} as const;
export type UploadType = keyof typeof UPLOAD_TYPES;
