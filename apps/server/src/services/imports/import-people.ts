import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ImportResult, Job, RowError } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Tx } from '../../db/client';
import { employments, persons, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { newId } from '../../lib/ids';
import { nameSortKey, tidyName } from '../../lib/names';
import { enqueueJob, presentJob, type JobRow } from '../../jobs/queue';
import type { JobHelpers } from '../../jobs/worker';
import { storeFile } from '../files/upload-file';
import { loadActor } from '../auth/sessions';
import {
  buildPeopleTemplate,
  headerMatches,
  parsePeopleRow,
  readWorkbookRows,
  type PeopleRow,
} from './people-sheet';

export const IMPORT_PEOPLE_JOB = 'import.people';
const BATCH = 1000;

/** Mẫu nhập cán bộ: the template with the unit codes the actor may import into. */
export async function peopleImportTemplate(ctx: ServiceContext): Promise<Buffer> {
  await authorize(ctx, 'person.import');
  const scope = await scopeFor(ctx, 'person.import');
  const today = ctx.clock.today();
  const rows = await queryRows<{ id: string; code: string; name: string }>(
    ctx.read,
    sql`SELECT u.id, u.code, v.name FROM units u JOIN unit_versions v ON v.unit_id = u.id
      WHERE u.valid_from <= ${today} AND (u.valid_to IS NULL OR u.valid_to >= ${today})
        AND v.valid_from <= ${today} AND (v.valid_to IS NULL OR v.valid_to >= ${today})
      ORDER BY u.code`,
  );
  return buildPeopleTemplate(rows.filter((u) => scope === 'ALL' || scope.has(u.id)));
}

/** Nhận tệp nhập cán bộ: stores the file and queues the import; the job reports progress and errors. */
export async function startPeopleImport(
  ctx: ServiceContext,
  file: { bytes: Buffer; filename: string },
): Promise<Job> {
  await authorize(ctx, 'person.import');
  const job = await ctx.db.transaction(async (tx) => {
    const stored = await storeFile(tx, ctx, file.bytes, file.filename, ['xlsx']);
    return enqueueJob(tx, ctx, IMPORT_PEOPLE_JOB, {
      fileId: stored.id,
      storageKey: stored.storageKey,
      sha256: stored.sha256,
    });
  });
  return presentJob(job);
}

/**
 * The import job. Pass 1 streams and validates every row (read-only, so a restarted job simply re-reads);
 * pass 2 writes all valid rows in ONE transaction, matching people by CCCD or staff code, so a rerun or a
 * re-import of the same file changes nothing.
 */
export async function runPeopleImport(
  ctx: ServiceContext,
  job: JobRow,
  helpers: JobHelpers,
): Promise<ImportResult> {
  const payload = job.payload as { storageKey: string; fileId: string; sha256: string };
  const actor = job.createdBy ? await loadActor(ctx, job.createdBy) : null;
  if (!actor) throw new ServiceError('FORBIDDEN', 'Người tạo tác vụ không còn quyền nhập dữ liệu.');
  const actx: ServiceContext = { ...ctx, actor, memo: new Map() };
  await authorize(actx, 'person.import');
  const scope = await scopeFor(actx, 'person.import');

  // Pass 1: validate.
  const errors: RowError[] = [];
  const valid: PeopleRow[] = [];
  let totalRows = 0;
  let header = true;
  try {
    for await (const { row, values } of readWorkbookRows(await ctx.storage.get(payload.storageKey))) {
      if (header) {
        if (!headerMatches(values)) throw new ServiceError('IMPORT_HEADER_MISMATCH');
        header = false;
        continue;
      }
      if (values.every((v, i) => i === 1 || v === null || v === undefined || String(v).trim() === ''))
        continue;
      totalRows++;
      const parsed = parsePeopleRow(row, values);
      if (Array.isArray(parsed)) errors.push(...parsed);
      else valid.push(parsed);
      if (totalRows % 2000 === 0) await helpers.progress(totalRows, null);
    }
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    ctx.log.warn({ err: e, jobId: job.id }, 'import: spreadsheet could not be read');
    throw new ServiceError('INVALID_SPREADSHEET');
  }
  if (header)
    throw new ServiceError('IMPORT_HEADER_MISMATCH', 'Tệp không có dòng tiêu đề của mẫu nhập liệu.');
  await helpers.progress(0, valid.length);

  // Cross-row checks: unit codes, scope, unit validity, duplicates inside the file.
  const codes = [...new Set(valid.map((r) => r.unitCode))];
  const unitRows = codes.length ? await ctx.db.select().from(units).where(inArray(units.code, codes)) : [];
  const unitByCode = new Map(unitRows.map((u) => [u.code, u]));
  const seenId = new Map<string, number>();
  const seenCode = new Map<string, number>();
  const rows: PeopleRow[] = [];
  for (const r of valid) {
    const e = (column: string, code: string, message: string) =>
      errors.push({ row: r.row, column, code, message });
    const u = unitByCode.get(r.unitCode);
    if (!u) e('Mã đơn vị (*)', 'UNKNOWN_UNIT', `Không có đơn vị mã "${r.unitCode}".`);
    else if (scope !== 'ALL' && !scope.has(u.id))
      e('Mã đơn vị (*)', 'OUT_OF_SCOPE', `Đơn vị "${r.unitCode}" nằm ngoài phạm vi của bạn.`);
    else if (r.from < u.validFrom || (u.validTo && r.from > u.validTo)) {
      e(
        'Từ ngày (*)',
        'UNIT_NOT_VALID_ON_DATE',
        `Đơn vị "${r.unitCode}" không có hiệu lực vào ngày ${r.from.split('-').reverse().join('/')}.`,
      );
    } else if (r.nationalId && seenId.has(r.nationalId)) {
      e('Số CCCD', 'DUPLICATE_IN_FILE', `Số CCCD trùng với dòng ${seenId.get(r.nationalId)}.`);
    } else if (r.staffCode && seenCode.has(r.staffCode)) {
      e('Mã cán bộ', 'DUPLICATE_IN_FILE', `Mã cán bộ trùng với dòng ${seenCode.get(r.staffCode)}.`);
    } else {
      if (r.nationalId) seenId.set(r.nationalId, r.row);
      if (r.staffCode) seenCode.set(r.staffCode, r.row);
      rows.push(r);
    }
  }
  errors.sort((a, b) => a.row - b.row);

  // Pass 2: one transaction for every valid row.
  const counts = await ctx.db.transaction(async (tx) => {
    const c = {
      created: 0,
      updated: 0,
      unchanged: 0,
      createdIds: [] as string[],
      updatedIds: [] as string[],
    };
    for (let i = 0; i < rows.length; i += BATCH) {
      await writeBatch(tx, rows.slice(i, i + BATCH), unitByCode, c, errors, scope);
      await helpers.progressDuringTransaction(Math.min(i + BATCH, rows.length), rows.length);
    }
    await emitAudit(tx, actx, {
      action: 'import.people',
      entity: 'file',
      entityId: payload.fileId,
      after: {
        sha256: payload.sha256,
        totalRows,
        created: c.created,
        updated: c.updated,
        unchanged: c.unchanged,
        errors: errors.length,
        createdIds: c.createdIds,
        updatedIds: c.updatedIds,
      },
    });
    return c;
  });
  errors.sort((a, b) => a.row - b.row);
  return { totalRows, created: counts.created, updated: counts.updated, unchanged: counts.unchanged, errors };
}

async function writeBatch(
  tx: Tx,
  batch: PeopleRow[],
  unitByCode: Map<string, typeof units.$inferSelect>,
  c: { created: number; updated: number; unchanged: number; createdIds: string[]; updatedIds: string[] },
  errors: RowError[],
  scope: 'ALL' | Set<string>,
) {
  const ids = batch.map((r) => r.nationalId).filter((x): x is string => !!x);
  const codes = batch.map((r) => r.staffCode).filter((x): x is string => !!x);
  const existing = await tx
    .select()
    .from(persons)
    .where(
      sql`${ids.length ? inArray(persons.nationalId, ids) : sql`false`} OR ${codes.length ? inArray(persons.staffCode, codes) : sql`false`}`,
    );
  const byId = new Map(existing.filter((p) => p.nationalId).map((p) => [p.nationalId!, p]));
  const byCode = new Map(existing.filter((p) => p.staffCode).map((p) => [p.staffCode!, p]));
  const existingEmps = existing.length
    ? await tx
        .select()
        .from(employments)
        .where(
          inArray(
            employments.personId,
            existing.map((p) => p.id),
          ),
        )
    : [];
  const newPersons: (typeof persons.$inferInsert)[] = [];
  const newEmps: (typeof employments.$inferInsert)[] = [];
  for (const r of batch) {
    const unitId = unitByCode.get(r.unitCode)!.id;
    const fullName = tidyName(r.fullName);
    const a = r.nationalId ? byId.get(r.nationalId) : undefined;
    const b = r.staffCode ? byCode.get(r.staffCode) : undefined;
    if (a && b && a.id !== b.id) {
      errors.push({
        row: r.row,
        column: 'Mã cán bộ',
        code: 'IDENTITY_CONFLICT',
        message: 'Số CCCD và Mã cán bộ thuộc về hai người khác nhau trong hệ thống.',
      });
      continue;
    }
    const p = a ?? b;
    // Like updatePerson: someone else's person (no employment in the importer's scope) is not overwritten.
    const pEmps = p ? existingEmps.filter((e) => e.personId === p.id) : [];
    if (p && scope !== 'ALL' && pEmps.length > 0 && !pEmps.some((e) => scope.has(e.unitId))) {
      errors.push({
        row: r.row,
        column: r.nationalId && a ? 'Số CCCD' : 'Mã cán bộ',
        code: 'OUT_OF_SCOPE',
        message:
          'Người này đang được quản lý bởi đơn vị ngoài phạm vi của bạn; không thể cập nhật qua tệp nhập.',
      });
      continue;
    }
    if (!p) {
      const id = newId();
      newPersons.push({
        id,
        fullName,
        nameSort: nameSortKey(fullName),
        sex: r.sex,
        dateOfBirth: r.dateOfBirth,
        ethnicity: r.ethnicity,
        nationalId: r.nationalId,
        staffCode: r.staffCode,
        email: r.email,
        phone: r.phone,
      });
      newEmps.push({
        id: newId(),
        personId: id,
        unitId,
        dateFrom: r.from,
        position: r.position,
        isLeader: r.isLeader,
        isDirectWorker: !r.isLeader,
      });
      c.created++;
      c.createdIds.push(id);
      continue;
    }
    const next = {
      fullName,
      sex: r.sex,
      dateOfBirth: r.dateOfBirth ?? p.dateOfBirth,
      ethnicity: r.ethnicity,
      nationalId: r.nationalId ?? p.nationalId,
      staffCode: r.staffCode ?? p.staffCode,
      email: r.email ?? p.email,
      phone: r.phone ?? p.phone,
    };
    let changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== p[k]);
    if (changed) {
      await tx
        .update(persons)
        .set({ ...next, nameSort: nameSortKey(fullName), version: p.version + 1, updatedAt: new Date() })
        .where(eq(persons.id, p.id));
    }
    const emp = existingEmps.find((e) => e.personId === p.id && e.unitId === unitId && e.dateFrom === r.from);
    if (!emp) {
      newEmps.push({
        id: newId(),
        personId: p.id,
        unitId,
        dateFrom: r.from,
        position: r.position,
        isLeader: r.isLeader,
        isDirectWorker: !r.isLeader,
      });
      changed = true;
    } else if (emp.position !== r.position || emp.isLeader !== r.isLeader) {
      await tx
        .update(employments)
        .set({ position: r.position, isLeader: r.isLeader })
        .where(and(eq(employments.id, emp.id)));
      changed = true;
    }
    if (changed) {
      c.updated++;
      c.updatedIds.push(p.id);
    } else c.unchanged++;
  }
  if (newPersons.length) await tx.insert(persons).values(newPersons);
  if (newEmps.length) await tx.insert(employments).values(newEmps);
}
