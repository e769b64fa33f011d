import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { dossierComponents, type Code, type DossierProcedure } from '@vinhdanh/rules';
import type { Attachment, DossierDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { dossierAttachments, files } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { isUuid, newId } from '../../lib/ids';
import { authorize } from '../../policies/scope';
import { storeFile } from '../files/upload-file';
import { nominationStates } from '../../workflow/nomination';
import { assertEditable } from './add-nominee';
import {
  authorizeDossierRead,
  loadNominations,
  presentDossierDetail,
  requireDossier,
  type DossierRow,
} from './queries';

const ZAttach = z.object({
  component: z.string().min(1, 'Chọn thành phần hồ sơ.').max(64),
  nominationId: z.string().uuid('Mã không hợp lệ.').nullable().default(null),
});

/** Which component codes this dossier accepts, at which scope (from its live nominations). */
async function acceptedComponents(
  ctx: ServiceContext,
  d: DossierRow,
  tx: Parameters<typeof loadNominations>[0],
) {
  const noms = await loadNominations(tx, [d.id]);
  const states = await nominationStates(
    tx,
    noms.map((n) => n.id),
  );
  const live = noms.filter((n) => {
    const s = states.get(n.id)?.status;
    return s !== 'WITHDRAWN' && s !== undefined;
  });
  return {
    live,
    components: live.flatMap((n) =>
      dossierComponents(n.code as Code, d.procedure as DossierProcedure).map((c) => ({
        ...c,
        nominationId: n.id,
      })),
    ),
  };
}

/**
 * Đính kèm thành phần hồ sơ: stores an uploaded PDF/DOCX/image for one component of the dossier (tờ trình, biên
 * bản) or of one nominee (báo cáo thành tích, xác nhận). Needs nomination.manage on the proposing unit; only
 * while the dossier is being prepared or corrected.
 */
export async function attachComponent(
  ctx: ServiceContext,
  dossierId: string,
  input: unknown,
  file: { bytes: Buffer; filename: string },
  generated = false,
): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.manage', [d.proposingUnitId]);
  const data = parseInput(ZAttach, input);
  return ctx.db.transaction(async (tx) => {
    await assertEditable(tx, d);
    const { components } = await acceptedComponents(ctx, d, tx);
    const match = components.find((c) => c.code === data.component);
    if (!match)
      throw new ValidationError([
        { path: 'component', message: 'Thành phần này không thuộc hồ sơ theo hình thức và thủ tục đã chọn.' },
      ]);
    if (match.scope === 'NOMINATION') {
      if (
        !data.nominationId ||
        !components.some((c) => c.code === data.component && c.nominationId === data.nominationId)
      )
        throw new ValidationError([
          { path: 'nominationId', message: `Chọn người được đề nghị cho "${match.vi}".` },
        ]);
    } else if (data.nominationId) {
      throw new ValidationError([
        { path: 'nominationId', message: `"${match.vi}" là thành phần chung của hồ sơ.` },
      ]);
    }
    const stored = await storeFile(tx, ctx, file.bytes, file.filename, ['pdf', 'docx', 'png', 'jpg']);
    const id = newId();
    await tx.insert(dossierAttachments).values({
      id,
      dossierId: d.id,
      nominationId: match.scope === 'NOMINATION' ? data.nominationId : null,
      component: data.component,
      fileId: stored.id,
      generated,
      createdBy: ctx.actor?.accountId ?? null,
    });
    await emitAudit(tx, ctx, {
      action: 'dossier.attach',
      entity: 'dossier',
      entityId: d.id,
      after: {
        attachmentId: id,
        component: data.component,
        nominationId: data.nominationId,
        fileId: stored.id,
        sha256: stored.sha256,
      },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}

/** Gỡ tệp đính kèm (kept, marked removed). Needs nomination.manage on the proposing unit. */
export async function detachComponent(
  ctx: ServiceContext,
  dossierId: string,
  attachmentId: string,
): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.manage', [d.proposingUnitId]);
  if (!isUuid(attachmentId)) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
  return ctx.db.transaction(async (tx) => {
    await assertEditable(tx, d);
    const [a] = await tx
      .select()
      .from(dossierAttachments)
      .where(
        and(
          eq(dossierAttachments.id, attachmentId),
          eq(dossierAttachments.dossierId, d.id),
          isNull(dossierAttachments.removedAt),
        ),
      );
    if (!a) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
    await tx
      .update(dossierAttachments)
      .set({ removedAt: ctx.clock.now(), removedBy: ctx.actor?.accountId ?? null })
      .where(eq(dossierAttachments.id, a.id));
    await emitAudit(tx, ctx, {
      action: 'dossier.detach',
      entity: 'dossier',
      entityId: d.id,
      before: { attachmentId: a.id, component: a.component, nominationId: a.nominationId, fileId: a.fileId },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}

/** Bytes of an attachment for whoever may read the dossier. */
export async function readAttachment(
  ctx: ServiceContext,
  dossierId: string,
  attachmentId: string,
): Promise<{ bytes: Buffer; filename: string; contentType: string; attachment: Pick<Attachment, 'id'> }> {
  const d = await requireDossier(ctx.read, dossierId);
  await authorizeDossierRead(ctx, d);
  if (!isUuid(attachmentId)) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
  const [row] = await ctx.read
    .select({ a: dossierAttachments, f: files })
    .from(dossierAttachments)
    .innerJoin(files, eq(files.id, dossierAttachments.fileId))
    .where(and(eq(dossierAttachments.id, attachmentId), eq(dossierAttachments.dossierId, d.id)));
  if (!row) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
  if (!(await ctx.storage.exists(row.f.storageKey)))
    throw new ServiceError('NOT_FOUND', 'Tệp đính kèm không còn trong kho lưu trữ.');
  return {
    bytes: await ctx.storage.get(row.f.storageKey),
    filename: row.f.filename,
    contentType: row.f.contentType,
    attachment: { id: row.a.id },
  };
}
