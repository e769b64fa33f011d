import { eq, inArray, sql } from 'drizzle-orm';
import {
  evaluate,
  isCollectiveTitle,
  isCommunityTitle,
  isIndividualTitle,
  RULESET_VERSION,
  viName,
  type EligibilityResponse,
} from '@vinhdanh/rules';
import {
  ZAddNomineeInput,
  ZAddNomineesFromCandidatesInput,
  type DossierDetail,
  type Reason,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { eligibilityResults, employments, nominations, persons, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, ValidationError, parseInput } from '../../errors';
import { newId } from '../../lib/ids';
import { authorize, subtreeUnitIds } from '../../policies/scope';
import { activeOverrides, forEngine } from '../rules/parameter-overrides';
import { buildSubject, loadSubjectInputs } from '../eligibility/facts';
import { appendNominationStep, nominationStates } from '../../workflow/nomination';
import { presentDossierDetail, requireDossier, type DossierRow, type NominationRow } from './queries';

export interface RecordedVerdict {
  outcome: 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_REVIEW';
  confirmed: boolean;
  reasons: Reason[];
  rulesetVersion: string;
  resultId: string | null;
}

/**
 * Asks the rules engine about one person for one target (achievement year = end of the period, proposed today)
 * and stores the answer in eligibility_results like evaluatePersonEligibility does. A target the engine refuses
 * (e.g. not encoded for individuals) is NEEDS_REVIEW with the engine's message as the reason; nothing is stored.
 */
export async function evaluateNominee(
  tx: Executor,
  ctx: ServiceContext,
  personId: string,
  code: string,
  year: number,
): Promise<RecordedVerdict> {
  const proposedOn = ctx.clock.today();
  const inputs = await loadSubjectInputs(tx, [personId]);
  const subject = buildSubject(inputs.get(personId)!, year, proposedOn);
  const active = await activeOverrides(tx);
  const request = { op: 'eligibility', target: code, proposedOn, achievementYear: year, subject };
  const res = evaluate(request, { overrides: forEngine(active) });
  if ('error' in res) {
    return {
      outcome: 'NEEDS_REVIEW',
      confirmed: false,
      rulesetVersion: RULESET_VERSION,
      resultId: null,
      reasons: [
        {
          rule: 'request.invalid',
          met: false,
          status: 'UNKNOWN',
          citation: '—',
          confirmed: false,
          message: { vi: res.error.message, en: res.error.message },
        },
      ],
    };
  }
  const e = res as EligibilityResponse;
  const id = newId();
  await tx.insert(eligibilityResults).values({
    id,
    personId,
    target: code,
    achievementYear: year,
    proposedOn,
    rulesetVersion: e.rulesetVersion,
    outcome: e.outcome,
    confirmed: e.confirmed,
    facts: active.length ? { ...request, overrides: active } : request,
    reasons: e.reasons,
    createdBy: ctx.actor?.accountId ?? null,
  });
  return {
    outcome: e.outcome,
    confirmed: e.confirmed,
    reasons: e.reasons.map((r) => ({ ...r })) as Reason[],
    rulesetVersion: e.rulesetVersion,
    resultId: id,
  };
}

/** Nominees may be added or withdrawn while the dossier is being prepared or corrected. */
export async function assertEditable(db: Executor, d: DossierRow) {
  const noms = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(eq(nominations.dossierId, d.id));
  const states = await nominationStates(
    db,
    noms.map((n) => n.id),
  );
  const busy = [...states.values()].some((s) => s.status === 'SUBMITTED');
  if (busy)
    throw new ServiceError(
      'INVALID_TRANSITION',
      'Hồ sơ đang chờ thẩm định: không thể thêm người được đề nghị cho đến khi được trả lại.',
    );
}

interface Nominee {
  personId: string | null;
  unitId: string | null;
  code: string;
  periodFrom: number;
  periodTo: number;
  summary: string | null;
}

async function checkNominees(ctx: ServiceContext, tx: Executor, d: DossierRow, list: Nominee[]) {
  const subtree = await subtreeUnitIds(ctx, d.proposingUnitId, tx);
  const personIds = list.map((n) => n.personId).filter((x): x is string => !!x);
  const unitIds = list.map((n) => n.unitId).filter((x): x is string => !!x);
  for (const [i, n] of list.entries()) {
    if (n.personId && (isCollectiveTitle(n.code) || isCommunityTitle(n.code)))
      throw new ValidationError([
        { path: `${i}.code`, message: `${viName(n.code)} là danh hiệu tập thể, không đề nghị cho cá nhân.` },
      ]);
    if (n.unitId && isIndividualTitle(n.code))
      throw new ValidationError([
        { path: `${i}.code`, message: `${viName(n.code)} là danh hiệu cá nhân, không đề nghị cho tập thể.` },
      ]);
    if (n.periodTo > d.year || n.periodFrom > n.periodTo)
      throw new ValidationError([
        {
          path: `${i}.periodTo`,
          message: `Thời gian thành tích phải kết thúc không muộn hơn năm ${d.year}.`,
        },
      ]);
  }
  if (personIds.length) {
    const found = await tx.select({ id: persons.id }).from(persons).where(inArray(persons.id, personIds));
    if (found.length !== new Set(personIds).size)
      throw new ValidationError([{ path: 'personId', message: 'Không tìm thấy cá nhân.' }]);
    const emps = await tx
      .selectDistinct({ personId: employments.personId, unitId: employments.unitId })
      .from(employments)
      .where(inArray(employments.personId, personIds));
    const inside = new Set(emps.filter((e) => subtree.has(e.unitId)).map((e) => e.personId));
    const outside = personIds.filter((p) => !inside.has(p));
    if (outside.length)
      throw new ServiceError(
        'OUT_OF_SCOPE',
        'Cá nhân không công tác tại đơn vị đề nghị hoặc đơn vị trực thuộc.',
        {
          personIds: outside,
        },
      );
  }
  if (unitIds.length) {
    const found = await tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
    if (found.length !== new Set(unitIds).size)
      throw new ValidationError([{ path: 'unitId', message: 'Không tìm thấy tập thể.' }]);
    if (unitIds.some((u) => !subtree.has(u)))
      throw new ServiceError('OUT_OF_SCOPE', 'Tập thể không thuộc đơn vị đề nghị.');
  }
  const existing = await tx.select().from(nominations).where(eq(nominations.dossierId, d.id));
  const states = await nominationStates(
    tx,
    existing.map((e) => e.id),
  );
  const key = (n: { personId: string | null; unitId: string | null; code: string }) =>
    `${n.personId ?? n.unitId}:${n.code}`;
  const taken = new Set(existing.filter((e) => states.get(e.id)?.status !== 'WITHDRAWN').map((e) => key(e)));
  const seen = new Set<string>();
  for (const n of list) {
    const k = key(n);
    if (taken.has(k) || seen.has(k))
      throw new ServiceError(
        'DUPLICATE_NOMINEE',
        `Đã có đề nghị ${viName(n.code)} cho người/tập thể này trong hồ sơ.`,
      );
    seen.add(k);
  }
}

async function insertNominees(
  ctx: ServiceContext,
  tx: Executor,
  d: DossierRow,
  list: Nominee[],
): Promise<NominationRow[]> {
  const [pos] = await tx
    .select({ n: sql<number>`coalesce(max(${nominations.position}), 0)::int` })
    .from(nominations)
    .where(eq(nominations.dossierId, d.id));
  let position = Number(pos?.n ?? 0);
  const out: NominationRow[] = [];
  for (const n of list) {
    const verdict = n.personId ? await evaluateNominee(tx, ctx, n.personId, n.code, n.periodTo) : null;
    const [row] = await tx
      .insert(nominations)
      .values({
        id: newId(),
        dossierId: d.id,
        personId: n.personId,
        unitId: n.unitId,
        code: n.code,
        periodFrom: n.periodFrom,
        periodTo: n.periodTo,
        summary: n.summary,
        position: ++position,
        outcome: verdict?.outcome ?? null,
        confirmed: verdict?.confirmed ?? null,
        reasons: verdict?.reasons ?? null,
        rulesetVersion: verdict?.rulesetVersion ?? null,
        eligibilityResultId: verdict?.resultId ?? null,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning();
    await appendNominationStep(tx, ctx, row!.id, 'DRAFT');
    out.push(row!);
  }
  return out;
}

function auditRow(r: NominationRow) {
  return {
    id: r.id,
    personId: r.personId,
    unitId: r.unitId,
    code: r.code,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    outcome: r.outcome,
    rulesetVersion: r.rulesetVersion,
  };
}

/**
 * Thêm một cá nhân hoặc tập thể vào hồ sơ, with the engine's verdict recorded (individuals). Needs
 * nomination.manage on the proposing unit; the nominee must belong to its subtree.
 */
export async function addNominee(
  ctx: ServiceContext,
  dossierId: string,
  input: unknown,
): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.manage', [d.proposingUnitId]);
  const data = parseInput(ZAddNomineeInput, input);
  const nominee: Nominee = {
    personId: data.personId,
    unitId: data.unitId,
    code: data.code,
    periodFrom: data.periodFrom ?? data.periodTo ?? d.year,
    periodTo: data.periodTo ?? d.year,
    summary: data.summary,
  };
  return ctx.db.transaction(async (tx) => {
    await assertEditable(tx, d);
    await checkNominees(ctx, tx, d, [nominee]);
    const [row] = await insertNominees(ctx, tx, d, [nominee]);
    await emitAudit(tx, ctx, {
      action: 'nomination.add',
      entity: 'dossier',
      entityId: d.id,
      after: { nominations: [auditRow(row!)] },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}

/**
 * Thêm theo danh sách đề xuất: several people of the unit's candidate list for one target, each with the
 * engine's verdict. All or nothing: one refused person refuses the list.
 */
export async function addNomineesFromCandidates(
  ctx: ServiceContext,
  dossierId: string,
  input: unknown,
): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.manage', [d.proposingUnitId]);
  const data = parseInput(ZAddNomineesFromCandidatesInput, input);
  const list: Nominee[] = data.personIds.map((personId) => ({
    personId,
    unitId: null,
    code: data.code,
    periodFrom: d.year,
    periodTo: d.year,
    summary: null,
  }));
  return ctx.db.transaction(async (tx) => {
    await assertEditable(tx, d);
    await checkNominees(ctx, tx, d, list);
    const rows = await insertNominees(ctx, tx, d, list);
    await emitAudit(tx, ctx, {
      action: 'nomination.add',
      entity: 'dossier',
      entityId: d.id,
      after: { nominations: rows.map(auditRow) },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}
