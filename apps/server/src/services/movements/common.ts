import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  foldVietnamese,
  targetValueProblem,
  type LaunchProblem,
  type MilestoneKind,
  type Movement,
  type MovementFileKind,
  type MovementKind,
  type MovementLaunchLevel,
  type MovementScope,
  type MovementStatus,
  type MovementStepKind,
  type ParticipantPickKind,
  type TargetType,
  type TargetValue,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import {
  clusterMembers,
  clusters,
  files,
  movementFiles,
  movementItems,
  movementMilestones,
  movementParticipantPicks,
  movementReportPeriods,
  movementSteps,
  movementUnits,
  movements,
  units,
} from '../../db/schema';
import { NotFoundError, ServiceError } from '../../errors';
import { isUuid, newId } from '../../lib/ids';
import { namesOf } from '../units/queries';

export type MovementRow = typeof movements.$inferSelect;

export function uuidArray(ids: Iterable<string>): SQL {
  const list = [...ids];
  if (list.length === 0) return sql`ARRAY[]::uuid[]`;
  return sql`ARRAY[${sql.join(
    list.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
}

/** Phase from the step rows: the furthest step taken. */
export function statusFromSteps(kinds: Iterable<string>): MovementStatus {
  const s = new Set(kinds);
  if (s.has('CLOSE')) return 'CLOSED';
  if (s.has('TONG_KET')) return 'TONG_KET';
  if (s.has('SO_KET')) return 'SO_KET';
  if (s.has('LAUNCH')) return 'LAUNCHED';
  return 'DRAFT';
}

/** The same derivation in SQL, for lists (`m` = the movements alias). */
export const STATUS_SQL = sql`CASE
  WHEN EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = m.id AND s.kind = 'CLOSE') THEN 'CLOSED'
  WHEN EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = m.id AND s.kind = 'TONG_KET') THEN 'TONG_KET'
  WHEN EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = m.id AND s.kind = 'SO_KET') THEN 'SO_KET'
  WHEN EXISTS (SELECT 1 FROM movement_steps s WHERE s.movement_id = m.id AND s.kind = 'LAUNCH') THEN 'LAUNCHED'
  ELSE 'DRAFT' END`;

export async function movementStatus(db: Executor, id: string): Promise<MovementStatus> {
  const steps = await db
    .select({ kind: movementSteps.kind })
    .from(movementSteps)
    .where(eq(movementSteps.movementId, id));
  return statusFromSteps(steps.map((s) => s.kind));
}

export async function loadMovementRow(db: Executor, id: string): Promise<MovementRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy phong trào thi đua.');
  const [row] = await db.select().from(movements).where(eq(movements.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy phong trào thi đua.');
  return row;
}

/** Typed value ↔ the three columns (num for NUMBER/PERCENT, day for DATE, flag for BOOLEAN). */
export function valueColumns(
  type: TargetType,
  v: TargetValue | undefined,
): { num: number | null; day: string | null; flag: boolean | null } {
  const out = { num: null as number | null, day: null as string | null, flag: null as boolean | null };
  if (v === null || v === undefined) return out;
  if (type === 'NUMBER' || type === 'PERCENT') out.num = v as number;
  else if (type === 'DATE') out.day = v as string;
  else out.flag = v as boolean;
  return out;
}
export function valueOf(
  type: TargetType,
  row: { num: number | string | null; day: string | null; flag: boolean | null },
): TargetValue {
  if (type === 'NUMBER' || type === 'PERCENT') return row.num === null ? null : Number(row.num);
  if (type === 'DATE') return row.day;
  return row.flag;
}

/** Checks a value against a target type; throws TARGET_TYPE_MISMATCH naming the field. */
export function checkValue(type: TargetType, v: TargetValue | undefined, path: string) {
  if (v === undefined) return;
  const problem = targetValueProblem(type, v);
  if (problem) throw new ServiceError('TARGET_TYPE_MISMATCH', undefined, [{ path, message: problem }]);
}

/** "Đợt thi đua cao điểm chào mừng…" → "dot-thi-dua-cao-diem-chao-mung-…" (at most 80 characters). */
export function slugify(name: string): string {
  const words = foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > 80) break;
    out = next;
  }
  return out || 'phong-trao';
}

/** A slug not used by another movement: the wanted one, else with -2, -3, … */
export async function uniqueSlug(db: Executor, wanted: string, selfId?: string): Promise<string> {
  const rows = await queryRows<{ id: string; slug: string }>(
    db,
    sql`SELECT id, slug FROM movements WHERE slug = ${wanted} OR slug LIKE ${`${wanted}-%`}`,
  );
  const taken = new Set(rows.filter((r) => r.id !== selfId).map((r) => r.slug));
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}

/** The day participants and names are resolved on: the start date, else the launch date, else today. */
export function asOfDay(ctx: ServiceContext, m: Pick<MovementRow, 'startDate' | 'launchDate'>): string {
  return m.startDate ?? m.launchDate ?? ctx.clock.today();
}

/**
 * Expands the picks into unit ids alive on `day`: a subtree (root and every unit under it that day), every
 * member of a cluster, or one unit. Unknown picks are a validation error naming the pick.
 */
export async function resolvePicks(
  db: Executor,
  picks: { kind: ParticipantPickKind; id: string }[],
  day: string,
): Promise<string[]> {
  const out = new Set<string>();
  for (const [i, p] of picks.entries()) {
    const path = `participants.${i}`;
    if (!isUuid(p.id))
      throw new ServiceError('VALIDATION_FAILED', undefined, [{ path, message: 'Mã không hợp lệ.' }]);
    if (p.kind === 'CLUSTER') {
      const [c] = await db.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, p.id));
      if (!c)
        throw new ServiceError('VALIDATION_FAILED', undefined, [
          { path, message: 'Không tìm thấy cụm/khối.' },
        ]);
      const members = await db
        .select({ unitId: clusterMembers.unitId })
        .from(clusterMembers)
        .where(eq(clusterMembers.clusterId, p.id));
      for (const m of members) out.add(m.unitId);
      continue;
    }
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.id, p.id));
    if (!u)
      throw new ServiceError('VALIDATION_FAILED', undefined, [{ path, message: 'Không tìm thấy đơn vị.' }]);
    if (p.kind === 'UNIT') {
      out.add(p.id);
      continue;
    }
    const rows = await queryRows<{ id: string }>(
      db,
      sql`WITH RECURSIVE t(id) AS (
            SELECT ${p.id}::uuid
            UNION
            SELECT v.unit_id FROM unit_versions v
              JOIN units u ON u.id = v.unit_id
              JOIN t ON v.parent_id = t.id
             WHERE v.valid_from <= ${day} AND (v.valid_to IS NULL OR v.valid_to >= ${day})
               AND u.valid_from <= ${day} AND (u.valid_to IS NULL OR u.valid_to >= ${day})
          ) SELECT id FROM t`,
    );
    for (const r of rows) out.add(r.id);
  }
  return [...out];
}

const REQUIRED_TEXT: [keyof MovementRow, string, string][] = [
  ['objectives', 'MISSING_OBJECTIVES', 'Chưa có mục tiêu của phong trào.'],
  ['targetGroups', 'MISSING_TARGET_GROUPS', 'Chưa xác định đối tượng thi đua.'],
  ['criteria', 'MISSING_CRITERIA', 'Chưa có tiêu chí thi đua.'],
  ['plan', 'MISSING_PLAN', 'Chưa có kế hoạch tổ chức thực hiện.'],
  ['measures', 'MISSING_MEASURES', 'Chưa có biện pháp tổ chức thực hiện.'],
];

/**
 * What Luật TĐKT 2022 Điều 17 kh1 requires before launch (mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí,
 * thời gian, kế hoạch, biện pháp), plus who launches and signs. Empty = complete.
 */
export function launchProblems(
  m: MovementRow,
  items: { title: string; targetType: string; num: unknown; day: unknown; flag: unknown }[],
  participantCount: number,
): LaunchProblem[] {
  const out: LaunchProblem[] = [];
  const law = ' (Luật Thi đua, khen thưởng 2022, Điều 17)';
  for (const [field, code, message] of REQUIRED_TEXT) {
    const v = m[field];
    if (typeof v !== 'string' || v.trim() === '') out.push({ code, path: field, message: message + law });
  }
  if (participantCount === 0)
    out.push({
      code: 'MISSING_PARTICIPANTS',
      path: 'participants',
      message: `Chưa chọn đơn vị tham gia (phạm vi, đối tượng)${law}.`,
    });
  if (items.length === 0)
    out.push({ code: 'MISSING_CONTENT', path: 'items', message: `Chưa có nội dung thi đua${law}.` });
  items.forEach((it, i) => {
    if (it.num === null && it.day === null && it.flag === null)
      out.push({
        code: 'MISSING_ITEM_TARGET',
        path: `items.${i}.target`,
        message: `Nội dung thi đua số ${i + 1} chưa có chỉ tiêu đo được.`,
      });
  });
  if (!m.startDate)
    out.push({ code: 'MISSING_START_DATE', path: 'startDate', message: `Chưa có ngày bắt đầu${law}.` });
  if (!m.endDate)
    out.push({ code: 'MISSING_END_DATE', path: 'endDate', message: `Chưa có ngày kết thúc${law}.` });
  if (m.startDate && m.endDate && m.endDate < m.startDate)
    out.push({ code: 'INVALID_PERIOD', path: 'endDate', message: 'Ngày kết thúc trước ngày bắt đầu.' });
  if (!m.signerName?.trim() || !m.signerPosition?.trim())
    out.push({
      code: 'MISSING_SIGNER',
      path: 'signerName',
      message: 'Chưa có người phát động (họ tên và chức vụ người ký).',
    });
  return out;
}

/** The whole movement for the API. */
export async function presentMovement(ctx: ServiceContext, db: Executor, m: MovementRow): Promise<Movement> {
  const day = asOfDay(ctx, m);
  const [steps, picks, parts, items, milestones, periods, attachments] = await Promise.all([
    db.select().from(movementSteps).where(eq(movementSteps.movementId, m.id)).orderBy(asc(movementSteps.at)),
    db.select().from(movementParticipantPicks).where(eq(movementParticipantPicks.movementId, m.id)),
    db.select({ unitId: movementUnits.unitId }).from(movementUnits).where(eq(movementUnits.movementId, m.id)),
    db.select().from(movementItems).where(eq(movementItems.movementId, m.id)).orderBy(asc(movementItems.seq)),
    db
      .select()
      .from(movementMilestones)
      .where(eq(movementMilestones.movementId, m.id))
      .orderBy(asc(movementMilestones.onDate)),
    db
      .select()
      .from(movementReportPeriods)
      .where(eq(movementReportPeriods.movementId, m.id))
      .orderBy(asc(movementReportPeriods.seq)),
    db
      .select({ f: files, mf: movementFiles })
      .from(movementFiles)
      .innerJoin(files, eq(files.id, movementFiles.fileId))
      .where(eq(movementFiles.movementId, m.id)),
  ]);
  const clusterIds = picks.filter((p) => p.kind === 'CLUSTER').map((p) => p.refId);
  const clusterNames = new Map(
    clusterIds.length
      ? (
          await db
            .select({ id: clusters.id, name: clusters.name })
            .from(clusters)
            .where(inArray(clusters.id, clusterIds))
        ).map((c) => [c.id, c.name])
      : [],
  );
  const names = await namesOf(
    db,
    [
      m.launchingUnitId,
      ...parts.map((p) => p.unitId),
      ...picks.filter((p) => p.kind !== 'CLUSTER').map((p) => p.refId),
      ...items.flatMap((i) => (i.ownerUnitId ? [i.ownerUnitId] : [])),
    ],
    day,
  );
  const status = statusFromSteps(steps.map((s) => s.kind));
  const itemRows = items.map((i) => ({
    title: i.title,
    targetType: i.targetType,
    num: i.targetNum,
    day: i.targetDay,
    flag: i.targetFlag,
  }));
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    kind: m.kind as MovementKind,
    year: m.year,
    launchingUnitId: m.launchingUnitId,
    launchingUnitName: names.get(m.launchingUnitId) ?? '',
    launchDate: m.launchDate,
    startDate: m.startDate,
    endDate: m.endDate,
    status,
    participantCount: parts.length,
    launchLevel: m.launchLevel as MovementLaunchLevel,
    scope: m.scope as MovementScope,
    signerName: m.signerName,
    signerPosition: m.signerPosition,
    launchEvent: m.launchEvent,
    registrationDeadline: m.registrationDeadline,
    objectives: m.objectives,
    targetGroups: m.targetGroups,
    criteria: m.criteria,
    plan: m.plan,
    measures: m.measures,
    occasion: m.occasion,
    relatedPlans: m.relatedPlans,
    summary: m.summary,
    version: m.version,
    picks: picks.map((p) => ({
      kind: p.kind as ParticipantPickKind,
      id: p.refId,
      name: (p.kind === 'CLUSTER' ? clusterNames.get(p.refId) : names.get(p.refId)) ?? '',
    })),
    participants: parts
      .map((p) => ({ unitId: p.unitId, name: names.get(p.unitId) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    items: items.map((i) => ({
      id: i.id,
      seq: i.seq,
      title: i.title,
      description: i.description,
      targetType: i.targetType as TargetType,
      target: valueOf(i.targetType as TargetType, { num: i.targetNum, day: i.targetDay, flag: i.targetFlag }),
      measureUnit: i.measureUnit,
      ownerUnitId: i.ownerUnitId,
      ownerUnitName: i.ownerUnitId ? (names.get(i.ownerUnitId) ?? null) : null,
      ownerName: i.ownerName,
      evidenceRequired: i.evidenceRequired,
    })),
    milestones: milestones.map((x) => ({
      id: x.id,
      kind: x.kind as MilestoneKind,
      name: x.name,
      date: x.onDate,
      reachedAt: x.reachedAt?.toISOString() ?? null,
    })),
    reportPeriods: periods.map((p) => ({
      id: p.id,
      seq: p.seq,
      name: p.name,
      asOf: p.asOf,
      dueDate: p.dueDate,
    })),
    attachments: attachments.map((a) => ({
      fileId: a.f.id,
      kind: a.mf.kind as MovementFileKind,
      title: a.mf.title,
      filename: a.f.filename,
      size: a.f.size,
    })),
    steps: steps.map((s) => ({
      kind: s.kind as MovementStepKind,
      onDate: s.onDate,
      auto: s.auto,
      note: s.note,
      actorName: s.actorName,
      at: s.at.toISOString(),
    })),
    launchProblems: status === 'DRAFT' ? launchProblems(m, itemRows, parts.length) : [],
  };
}

/** Writes a step row (unique per kind): the phase changes only through here. */
export async function addStep(
  tx: Executor,
  ctx: ServiceContext,
  movementId: string,
  kind: MovementStepKind,
  onDate: string,
  opts: { auto?: boolean; note?: string | null } = {},
) {
  await tx.insert(movementSteps).values({
    id: newId(),
    movementId,
    kind,
    onDate,
    auto: opts.auto ?? false,
    note: opts.note ?? null,
    actorId: ctx.actor?.accountId ?? null,
    actorName: ctx.actor?.fullName ?? 'Hệ thống',
    at: ctx.clock.now(),
  });
}

/** Is the unit a participant of the movement? */
export async function isParticipant(db: Executor, movementId: string, unitId: string): Promise<boolean> {
  if (!isUuid(unitId)) return false;
  const [r] = await db
    .select({ u: movementUnits.unitId })
    .from(movementUnits)
    .where(and(eq(movementUnits.movementId, movementId), eq(movementUnits.unitId, unitId)));
  return !!r;
}

/** A legal date shifted by n days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
