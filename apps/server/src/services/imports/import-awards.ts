import { and, inArray, or, sql } from 'drizzle-orm';
import type { ImportResult, Job, RowError } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { awards, employments, persons, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { enqueueJob, presentJob, type JobRow } from '../../jobs/queue';
import type { JobHelpers } from '../../jobs/worker';
import { storeFile } from '../files/upload-file';
import { loadActor } from '../auth/sessions';
import { recordAwards, type NewAward } from '../registry/record-award';
import { readWorkbookRows } from './people-sheet';
import { awardsHeaderMatches, buildAwardsTemplate, parseAwardRow, type AwardSheetRow } from './awards-sheet';

export const IMPORT_AWARDS_JOB = 'import.awards';
const BATCH = 500;

/** Mẫu nhập khen thưởng đã có: the template with the unit codes the actor may import into. */
export async function awardsImportTemplate(ctx: ServiceContext): Promise<Buffer> {
  await authorize(ctx, 'person.import');
  const scope = await scopeFor(ctx, 'person.import');
  const today = ctx.clock.today();
  const rows = await queryRows<{ id: string; code: string; name: string }>(
    ctx.read,
    sql`SELECT u.id, u.code, v.name FROM units u JOIN unit_versions v ON v.unit_id = u.id
      WHERE v.valid_from <= coalesce(u.valid_to, ${today}) AND (v.valid_to IS NULL OR v.valid_to >= coalesce(u.valid_to, ${today}))
      ORDER BY u.code`,
  );
  return buildAwardsTemplate(rows.filter((u) => scope === 'ALL' || scope.has(u.id)));
}

/** Nhận tệp khen thưởng đã có: stores the file and queues the import job (progress, errors table). */
export async function startAwardsImport(
  ctx: ServiceContext,
  file: { bytes: Buffer; filename: string },
): Promise<Job> {
  await authorize(ctx, 'person.import');
  const job = await ctx.db.transaction(async (tx) => {
    const stored = await storeFile(tx, ctx, file.bytes, file.filename, ['xlsx']);
    return enqueueJob(tx, ctx, IMPORT_AWARDS_JOB, {
      fileId: stored.id,
      storageKey: stored.storageKey,
      sha256: stored.sha256,
    });
  });
  return presentJob(job);
}

type Key = string;
const keyOf = (who: string, code: string, number: string, on: string): Key =>
  `${who}|${code}|${number.trim().toUpperCase()}|${on}`;

/**
 * The import job. Pass 1 validates every row (read-only); cross-row checks resolve people by CCCD or staff code
 * and units by code, within the importer's scope; pass 2 records all valid rows in the registry in ONE
 * transaction (`recordAwards`, source IMPORT, a verification code each). A row already in the registry — same
 * person (or unit), code, decision number and date — is counted as unchanged, so re-importing a file adds nothing.
 */
export async function runAwardsImport(
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
  const today = ctx.clock.today();

  const errors: RowError[] = [];
  const valid: AwardSheetRow[] = [];
  let totalRows = 0;
  let header = true;
  try {
    for await (const { row, values } of readWorkbookRows(await ctx.storage.get(payload.storageKey))) {
      if (header) {
        if (!awardsHeaderMatches(values)) throw new ServiceError('IMPORT_HEADER_MISMATCH');
        header = false;
        continue;
      }
      if (values.every((v, i) => i === 1 || v === null || v === undefined || String(v).trim() === ''))
        continue;
      totalRows++;
      const parsed = parseAwardRow(row, values);
      if (Array.isArray(parsed)) errors.push(...parsed);
      else if (parsed.decidedOn > today)
        errors.push({
          row,
          column: 'Ngày quyết định (*)',
          code: 'FUTURE_DATE',
          message: 'Ngày quyết định ở tương lai.',
        });
      else valid.push(parsed);
      if (totalRows % 2000 === 0) await helpers.progress(totalRows, null);
    }
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    ctx.log.warn({ err: e, jobId: job.id }, 'import awards: spreadsheet could not be read');
    throw new ServiceError('INVALID_SPREADSHEET');
  }
  if (header)
    throw new ServiceError('IMPORT_HEADER_MISMATCH', 'Tệp không có dòng tiêu đề của mẫu nhập liệu.');
  await helpers.progress(0, valid.length);

  // Resolve people and units.
  const ids = [...new Set(valid.map((r) => r.nationalId).filter((x): x is string => !!x))];
  const codes = [...new Set(valid.map((r) => r.staffCode).filter((x): x is string => !!x))];
  const people =
    ids.length || codes.length
      ? await ctx.db
          .select({ id: persons.id, nationalId: persons.nationalId, staffCode: persons.staffCode })
          .from(persons)
          .where(
            or(
              ids.length ? inArray(persons.nationalId, ids) : sql`false`,
              codes.length ? inArray(persons.staffCode, codes) : sql`false`,
            ),
          )
      : [];
  const byNationalId = new Map(people.filter((p) => p.nationalId).map((p) => [p.nationalId!, p.id]));
  const byStaffCode = new Map(people.filter((p) => p.staffCode).map((p) => [p.staffCode!, p.id]));
  const emps = people.length
    ? await ctx.db
        .select({ personId: employments.personId, unitId: employments.unitId })
        .from(employments)
        .where(
          inArray(
            employments.personId,
            people.map((p) => p.id),
          ),
        )
    : [];
  const unitCodes = [...new Set(valid.map((r) => r.unitCode).filter((x): x is string => !!x))];
  const unitRows = unitCodes.length
    ? await ctx.db
        .select({ id: units.id, code: units.code })
        .from(units)
        .where(inArray(units.code, unitCodes))
    : [];
  const unitByCode = new Map(unitRows.map((u) => [u.code, u.id]));

  const planned: { r: AwardSheetRow; award: NewAward; key: Key; who: string; kind: 'P' | 'U' }[] = [];
  const seen = new Map<Key, number>();
  for (const r of valid) {
    const e = (column: string, code: string, message: string) =>
      errors.push({ row: r.row, column, code, message });
    const unitId = r.unitCode ? unitByCode.get(r.unitCode) : undefined;
    if (r.unitCode && !unitId) {
      e('Mã đơn vị', 'UNKNOWN_UNIT', `Không có đơn vị mã "${r.unitCode}".`);
      continue;
    }
    let award: NewAward;
    let who: string;
    let kind: 'P' | 'U';
    if (r.nationalId || r.staffCode) {
      const a = r.nationalId ? byNationalId.get(r.nationalId) : undefined;
      const b = r.staffCode ? byStaffCode.get(r.staffCode) : undefined;
      if (a && b && a !== b) {
        e(
          'Mã cán bộ',
          'IDENTITY_CONFLICT',
          'Số CCCD và Mã cán bộ thuộc về hai người khác nhau trong hệ thống.',
        );
        continue;
      }
      const personId = a ?? b;
      if (!personId) {
        e(
          r.nationalId ? 'Số CCCD' : 'Mã cán bộ',
          'UNKNOWN_PERSON',
          'Không có cán bộ này trong hệ thống; hãy nhập cán bộ trước (trang Nhập dữ liệu cán bộ).',
        );
        continue;
      }
      const mine = emps.filter((x) => x.personId === personId);
      if (scope !== 'ALL' && !mine.some((x) => scope.has(x.unitId))) {
        e(
          r.nationalId ? 'Số CCCD' : 'Mã cán bộ',
          'OUT_OF_SCOPE',
          'Người này không thuộc đơn vị nào trong phạm vi của bạn.',
        );
        continue;
      }
      who = personId;
      kind = 'P';
      award = {
        recipient: { kind: 'INDIVIDUAL', personId },
        code: r.code,
        decisionNumber: r.decisionNumber,
        decidedOn: r.decidedOn,
        ...(unitId ? { snapshot: { unitId } } : {}),
      } as NewAward;
    } else {
      if (scope !== 'ALL' && !scope.has(unitId!)) {
        e('Mã đơn vị', 'OUT_OF_SCOPE', `Đơn vị "${r.unitCode}" nằm ngoài phạm vi của bạn.`);
        continue;
      }
      who = unitId!;
      kind = 'U';
      award = {
        recipient: { kind: 'COLLECTIVE', name: r.name, unitId: unitId! },
        code: r.code,
        decisionNumber: r.decisionNumber,
        decidedOn: r.decidedOn,
      };
    }
    Object.assign(award, {
      issuerName: r.issuer,
      signer: r.signer,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      type: r.type,
      achievement: r.achievement,
      source: 'IMPORT',
    });
    const key = keyOf(who, r.code, r.decisionNumber, r.decidedOn);
    if (seen.has(key)) {
      e('Số quyết định (*)', 'DUPLICATE_IN_FILE', `Khen thưởng trùng với dòng ${seen.get(key)}.`);
      continue;
    }
    seen.set(key, r.row);
    planned.push({ r, award, key, who, kind });
  }
  errors.sort((a, b) => a.row - b.row);

  // Pass 2: one transaction; rows already in the registry are left as they are.
  const counts = await ctx.db.transaction(async (tx) => {
    let created = 0;
    let unchanged = 0;
    const createdIds: string[] = [];
    for (let i = 0; i < planned.length; i += BATCH) {
      const batch = planned.slice(i, i + BATCH);
      const personIds = batch.filter((p) => p.kind === 'P').map((p) => p.who);
      const unitIds = batch.filter((p) => p.kind === 'U').map((p) => p.who);
      const numbers = [...new Set(batch.map((p) => p.r.decisionNumber))];
      const existing = await tx
        .select({
          personId: awards.personId,
          unitId: sql<string | null>`coalesce(${awards.unitId}, ${awards.recipientUnitId})`,
          kind: awards.recipientKind,
          code: awards.code,
          decisionNumber: awards.decisionNumber,
          decidedOn: awards.decidedOn,
        })
        .from(awards)
        .where(
          and(
            inArray(awards.decisionNumber, numbers),
            or(
              personIds.length ? inArray(awards.personId, personIds) : sql`false`,
              unitIds.length
                ? and(
                    sql`${awards.recipientKind} <> 'INDIVIDUAL'`,
                    sql`coalesce(${awards.unitId}, ${awards.recipientUnitId}) IN (${sql.join(
                      unitIds.map((u) => sql`${u}::uuid`),
                      sql`, `,
                    )})`,
                  )
                : sql`false`,
            ),
          ),
        );
      const have = new Set(
        existing.map((x) =>
          keyOf(x.kind === 'INDIVIDUAL' ? x.personId! : x.unitId!, x.code, x.decisionNumber, x.decidedOn),
        ),
      );
      const fresh = batch.filter((p) => !have.has(p.key));
      unchanged += batch.length - fresh.length;
      if (fresh.length) {
        const rows = await recordAwards(
          tx,
          actx,
          fresh.map((p) => p.award),
        );
        created += rows.length;
        createdIds.push(...rows.map((r) => r.id));
      }
      await helpers.progressDuringTransaction(Math.min(i + BATCH, planned.length), planned.length);
    }
    await emitAudit(tx, actx, {
      action: 'import.awards',
      entity: 'file',
      entityId: payload.fileId,
      after: { sha256: payload.sha256, totalRows, created, unchanged, errors: errors.length, createdIds },
    });
    return { created, unchanged };
  });
  return { totalRows, created: counts.created, updated: 0, unchanged: counts.unchanged, errors };
}
