import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { ALL_CODES } from '@vinhdanh/rules';
import { isLegalDate, type AwardSource, type RecipientKind } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { awards, employments, persons, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ValidationError } from '../../errors';
import { newId } from '../../lib/ids';
import { namesOf } from '../units/queries';
import { newVerifyCode } from './verify-code';
import { presentRecord, type AwardRow } from './present';

const KNOWN_CODES = new Set<string>(ALL_CODES.map((c) => c.code));

/** Who receives the award. A named collective or a household belongs to a unit (for scope and search). */
export type AwardRecipient =
  | { kind: 'INDIVIDUAL'; personId: string }
  | { kind: 'COLLECTIVE'; unitId: string }
  | { kind: 'COLLECTIVE' | 'HOUSEHOLD'; name: string; unitId: string };

/**
 * One registry entry to write. Everything the decision printed is kept as a snapshot (recipient's name,
 * position and unit on the decision date), so the record reads the same after transfers and reorganisations.
 * Omitted snapshot fields are taken from the data on `decidedOn`.
 */
export interface NewAward {
  recipient: AwardRecipient;
  code: string;
  decisionNumber: string;
  decidedOn: string;
  decisionId?: string | null;
  signer?: string | null;
  issuerUnitId?: string | null;
  issuerName?: string | null;
  certificateNumber?: string | null;
  periodFrom?: number | null;
  periodTo?: number | null;
  type?: string;
  achievement?: string | null;
  source?: AwardSource;
  snapshot?: {
    name?: string;
    position?: string | null;
    unitId?: string | null;
    unitName?: string | null;
  };
}

function check(a: NewAward, i: number, many: boolean) {
  const at = (p: string) => (many ? `${i}.${p}` : p);
  const issues: { path: string; message: string }[] = [];
  if (!KNOWN_CODES.has(a.code))
    issues.push({
      path: at('code'),
      message: 'Danh hiệu hoặc hình thức khen thưởng không có trong danh mục.',
    });
  if (!a.decisionNumber?.trim()) issues.push({ path: at('decisionNumber'), message: 'Nhập số quyết định.' });
  if (!isLegalDate(a.decidedOn))
    issues.push({ path: at('decidedOn'), message: 'Ngày quyết định không hợp lệ (YYYY-MM-DD).' });
  if ('name' in a.recipient && !a.recipient.name.trim())
    issues.push({ path: at('recipient.name'), message: 'Nhập tên tập thể hoặc hộ gia đình.' });
  const pf = a.periodFrom ?? null;
  const pt = a.periodTo ?? null;
  if (pf !== null && pt !== null && pf > pt)
    issues.push({ path: at('periodFrom'), message: 'Năm bắt đầu thành tích sau năm kết thúc.' });
  if (pt !== null && isLegalDate(a.decidedOn) && pt > Number(a.decidedOn.slice(0, 4)))
    issues.push({ path: at('periodTo'), message: 'Năm kết thúc thành tích sau năm ra quyết định.' });
  return issues;
}

/** The (person's) post on a date: a leader post first, then the latest started; else the latest before it. */
async function postsOn(db: Executor, personIds: string[], d: Map<string, string>) {
  const out = new Map<string, { unitId: string; position: string | null }>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select()
    .from(employments)
    .where(inArray(employments.personId, personIds))
    .orderBy(desc(employments.isLeader), desc(employments.dateFrom));
  const best = new Map<string, { rank: number; e: (typeof rows)[number] }>();
  for (const e of rows) {
    const on = d.get(e.personId)!;
    const rank = e.dateFrom <= on && (e.dateTo === null || e.dateTo >= on) ? 0 : e.dateFrom <= on ? 1 : 2;
    const cur = best.get(e.personId);
    if (!cur || rank < cur.rank) best.set(e.personId, { rank, e });
  }
  for (const [pid, { e }] of best) out.set(pid, { unitId: e.unitId, position: e.position });
  return out;
}

/**
 * Writes registry entries inside the caller's transaction: validates, takes the snapshots, gives each a
 * fresh verification code and writes one `award.record` audit row per entry. The caller authorizes.
 * Used by the decisions module (issuing a decision), the Excel import and manual entry.
 */
export async function recordAwards(tx: Executor, ctx: ServiceContext, list: NewAward[]): Promise<AwardRow[]> {
  const issues = list.flatMap((a, i) => check(a, i, list.length > 1));
  if (issues.length) throw new ValidationError(issues);
  if (list.length === 0) return [];

  const personIds = [
    ...new Set(
      list.flatMap((a) =>
        a.recipient.kind === 'INDIVIDUAL' && 'personId' in a.recipient ? [a.recipient.personId] : [],
      ),
    ),
  ];
  const people = personIds.length
    ? await tx
        .select({ id: persons.id, fullName: persons.fullName })
        .from(persons)
        .where(inArray(persons.id, personIds))
    : [];
  const nameOf = new Map(people.map((p) => [p.id, p.fullName]));
  for (const id of personIds) if (!nameOf.has(id)) throw new NotFoundError('Không tìm thấy cán bộ.');

  const decidedOf = new Map<string, string>();
  for (const a of list)
    if ('personId' in a.recipient && !decidedOf.has(a.recipient.personId))
      decidedOf.set(a.recipient.personId, a.decidedOn);
  const posts = await postsOn(tx, personIds, decidedOf);

  const unitIds = new Set<string>();
  for (const a of list) {
    if ('unitId' in a.recipient) unitIds.add(a.recipient.unitId);
    if (a.issuerUnitId) unitIds.add(a.issuerUnitId);
    if (a.snapshot?.unitId) unitIds.add(a.snapshot.unitId);
  }
  for (const p of posts.values()) unitIds.add(p.unitId);
  if (unitIds.size) {
    const found = await tx
      .select({ id: units.id })
      .from(units)
      .where(inArray(units.id, [...unitIds]));
    const ok = new Set(found.map((u) => u.id));
    for (const id of unitIds) if (!ok.has(id)) throw new NotFoundError('Không tìm thấy đơn vị.');
  }
  // Names on each decision date (usually one date for the whole batch).
  const byDate = new Map<string, Set<string>>();
  for (const a of list) byDate.set(a.decidedOn, byDate.get(a.decidedOn) ?? new Set());
  for (const id of unitIds) for (const s of byDate.values()) s.add(id);
  const unitNames = new Map<string, Map<string, string>>();
  for (const [d, ids] of byDate) unitNames.set(d, await namesOf(tx, [...ids], d));

  const values = list.map((a) => {
    const names = unitNames.get(a.decidedOn)!;
    const r = a.recipient;
    let kind: RecipientKind = r.kind;
    let personId: string | null = null;
    let unitId: string | null = null;
    let name: string;
    let position: string | null = null;
    let recUnit: string | null;
    if (r.kind === 'INDIVIDUAL' && 'personId' in r) {
      personId = r.personId;
      name = nameOf.get(r.personId)!;
      const post = posts.get(r.personId);
      recUnit = post?.unitId ?? null;
      position = post?.position ?? null;
    } else if ('name' in r) {
      name = r.name.trim();
      recUnit = r.unitId;
    } else {
      kind = 'COLLECTIVE';
      unitId = (r as { unitId: string }).unitId;
      name = names.get(unitId) ?? '';
      recUnit = unitId;
    }
    const s = a.snapshot ?? {};
    const snapUnit = s.unitId !== undefined ? s.unitId : recUnit;
    return {
      id: newId(),
      recipientKind: kind,
      personId,
      unitId,
      recipientName: s.name?.trim() || name,
      recipientPosition: s.position !== undefined ? s.position : position,
      recipientUnitId: snapUnit,
      recipientUnitName:
        s.unitName !== undefined ? s.unitName : snapUnit ? (names.get(snapUnit) ?? null) : null,
      code: a.code,
      decisionId: a.decisionId ?? null,
      decisionNumber: a.decisionNumber.trim(),
      decidedOn: a.decidedOn,
      signer: a.signer ?? null,
      issuerUnitId: a.issuerUnitId ?? null,
      issuerName: a.issuerName ?? (a.issuerUnitId ? (names.get(a.issuerUnitId) ?? null) : null),
      certificateNumber: a.certificateNumber ?? null,
      periodFrom: a.periodFrom ?? null,
      periodTo: a.periodTo ?? null,
      type: a.type ?? 'THUONG_XUYEN',
      achievement: a.achievement ?? null,
      verifyCode: newVerifyCode(),
      source: a.source ?? 'MANUAL',
      createdBy: ctx.actor?.accountId ?? null,
    };
  });

  const rows: AwardRow[] = [];
  for (let i = 0; i < values.length; i += 500) {
    rows.push(
      ...(await tx
        .insert(awards)
        .values(values.slice(i, i + 500))
        .returning()),
    );
  }
  for (const row of rows) {
    await emitAudit(tx, ctx, {
      action: 'award.record',
      entity: 'award',
      entityId: row.id,
      after: presentRecord(ctx, row),
    });
  }
  return rows;
}

/** One registry entry (see recordAwards). */
export async function recordAward(tx: Executor, ctx: ServiceContext, input: NewAward): Promise<AwardRow> {
  const [row] = await recordAwards(tx, ctx, [input]);
  return row!;
}

export interface AwardRevocation {
  /** The entries to revoke, or every entry of a decision. */
  awardIds?: string[];
  decisionId?: string;
  revokedOn: string;
  /** The revoking act (a new decision; nothing is edited in place). */
  byDecisionNumber: string;
  byDecisionId?: string | null;
  reason?: string | null;
}

/**
 * Marks registry entries revoked by a later act (thu hồi): the row stays, its verification page then says
 * "đã bị thu hồi" with the revoking act. Already revoked entries are left as they are. Audited per entry.
 */
export async function revokeAwards(
  tx: Executor,
  ctx: ServiceContext,
  r: AwardRevocation,
): Promise<AwardRow[]> {
  const issues: { path: string; message: string }[] = [];
  if (!isLegalDate(r.revokedOn))
    issues.push({ path: 'revokedOn', message: 'Ngày thu hồi không hợp lệ (YYYY-MM-DD).' });
  if (!r.byDecisionNumber?.trim())
    issues.push({ path: 'byDecisionNumber', message: 'Nhập số quyết định thu hồi.' });
  if (!r.awardIds?.length && !r.decisionId)
    issues.push({ path: 'awardIds', message: 'Chọn khen thưởng cần thu hồi.' });
  if (issues.length) throw new ValidationError(issues);
  const target = r.decisionId ? eq(awards.decisionId, r.decisionId) : inArray(awards.id, r.awardIds!);
  const before = await tx
    .select()
    .from(awards)
    .where(and(target, isNull(awards.revokedAt)));
  if (before.length === 0) return [];
  const rows = await tx
    .update(awards)
    .set({
      revokedAt: sql`now()`,
      revokedOn: r.revokedOn,
      revokedByDecisionNumber: r.byDecisionNumber.trim(),
      revokedByDecisionId: r.byDecisionId ?? null,
      revocationReason: r.reason?.trim() || null,
    })
    .where(
      inArray(
        awards.id,
        before.map((b) => b.id),
      ),
    )
    .returning();
  const old = new Map(before.map((b) => [b.id, b]));
  for (const row of rows) {
    await emitAudit(tx, ctx, {
      action: 'award.revoke',
      entity: 'award',
      entityId: row.id,
      before: presentRecord(ctx, old.get(row.id)!),
      after: presentRecord(ctx, row),
    });
  }
  return rows;
}
