import { and, eq } from 'drizzle-orm';
import { MOVEMENT_FILE_KINDS, type Movement, type MovementFileKind } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { files, movementFiles } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { isUuid } from '../../lib/ids';
import { storeFile } from '../files/upload-file';
import { loadMovementRow, movementStatus, presentMovement } from './common';
import { assertVisible } from './queries';

/** Đính kèm kế hoạch / công văn phát động (PDF, DOCX, images) through the files service. */
export async function attachMovementFile(
  ctx: ServiceContext,
  id: string,
  input: { bytes: Buffer; filename: string; kind?: string; title?: string | null },
): Promise<Movement> {
  await authorize(ctx, 'movement.manage');
  const m = await loadMovementRow(ctx.db, id);
  await authorize(ctx, 'movement.manage', [m.launchingUnitId]);
  const kind = (input.kind ?? 'KHAC') as MovementFileKind;
  if (!MOVEMENT_FILE_KINDS.includes(kind))
    throw new ServiceError('VALIDATION_FAILED', undefined, [
      { path: 'kind', message: 'Loại tài liệu không hợp lệ.' },
    ]);
  if ((await movementStatus(ctx.db, id)) === 'CLOSED') throw new ServiceError('MOVEMENT_ALREADY_CLOSED');
  return ctx.db.transaction(async (tx) => {
    const stored = await storeFile(tx, ctx, input.bytes, input.filename, ['pdf', 'docx', 'png', 'jpg']);
    const title = input.title?.trim().slice(0, 300) || null;
    await tx.insert(movementFiles).values({ movementId: id, fileId: stored.id, kind, title });
    await emitAudit(tx, ctx, {
      action: 'movement.attach_file',
      entity: 'movement',
      entityId: id,
      after: { fileId: stored.id, kind, title, filename: stored.filename, sha256: stored.sha256 },
    });
    return presentMovement(ctx, tx, m);
  });
}

/** The bytes of an attachment, for anyone who may see the movement. */
export async function readMovementFile(ctx: ServiceContext, id: string, fileId: string) {
  await assertVisible(ctx, id);
  if (!isUuid(fileId)) throw new NotFoundError();
  const [row] = await ctx.read
    .select({ f: files })
    .from(movementFiles)
    .innerJoin(files, eq(files.id, movementFiles.fileId))
    .where(and(eq(movementFiles.movementId, id), eq(movementFiles.fileId, fileId)));
  if (!row) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
  return { file: row.f, bytes: await ctx.storage.get(row.f.storageKey) };
}
