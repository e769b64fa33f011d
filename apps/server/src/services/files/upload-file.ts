import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { files } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError } from '../../errors';
import { newId } from '../../lib/ids';
import { UPLOAD_TYPES, type UploadType } from '../../storage/storage';

export interface StoredFile {
  id: string;
  storageKey: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Checks size and content type (by magic bytes) before the bytes reach storage. */
export function checkUpload(ctx: ServiceContext, bytes: Buffer, allowed: UploadType[]): UploadType {
  if (bytes.length > ctx.config.UPLOAD_MAX_MB * 1024 * 1024) {
    throw new ServiceError('FILE_TOO_LARGE', `Tệp vượt quá ${ctx.config.UPLOAD_MAX_MB} MB.`);
  }
  const type = allowed.find((t) => UPLOAD_TYPES[t].check(bytes));
  if (!type) {
    throw new ServiceError(
      'UNSUPPORTED_FILE_TYPE',
      `Chỉ nhận tệp ${allowed.map((t) => `.${t}`).join(', ')}.`,
    );
  }
  return type;
}

/** Lưu tệp đính kèm: bytes to storage, metadata and audit row in the caller's transaction. */
export async function storeFile(
  tx: Executor,
  ctx: ServiceContext,
  bytes: Buffer,
  filename: string,
  allowed: UploadType[],
): Promise<StoredFile> {
  const type = checkUpload(ctx, bytes, allowed);
  const put = await ctx.storage.put(bytes, { filename });
  const row = {
    id: newId(),
    storageKey: put.key,
    filename: filename.slice(0, 255),
    contentType: UPLOAD_TYPES[type].contentType,
    size: put.size,
    sha256: put.sha256,
    createdBy: ctx.actor?.accountId ?? null,
  };
  await tx.insert(files).values(row);
  await emitAudit(tx, ctx, {
    action: 'file.upload',
    entity: 'file',
    entityId: row.id,
    after: { filename: row.filename, size: row.size, sha256: row.sha256 },
  });
  return row;
}
