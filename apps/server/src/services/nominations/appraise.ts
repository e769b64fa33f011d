import { and, eq, inArray, or, sql } from 'drizzle-orm';
import {
  effectiveDeadline,
  evaluate,
  simplifiedProcedure,
  viName,
  type PostingResponse,
  type QuotaResponse,
} from '@vinhdanh/rules';
import {
  formatLegalDate,
  ZPassToCouncilInput,
  ZReturnInput,
  type Appraisal,
  type DossierDetail,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { awards, employments, personYearRecords } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, ValidationError, parseInput } from '../../errors';
import { authorize, subtreeUnitIds } from '../../policies/scope';
import { activeOverrides, forEngine } from '../rules/parameter-overrides';
import { appendNominationStep, canAppend, nominationStates } from '../../workflow/nomination';
import { loadNominations, presentDossierDetail, requireDossier, type DossierRow } from './queries';

/** People of the proposing unit recognised LĐTT/CSTT for the year, plus LĐTT nominees of the dossier. */
async function ldttCount(ctx: ServiceContext, db: Executor, d: DossierRow, detail: DossierDetail) {
  const subtree = [...(await subtreeUnitIds(ctx, d.proposingUnitId, db))];
  const rows = await db
    .selectDistinct({ personId: personYearRecords.personId })
    .from(personYearRecords)
    .innerJoin(employments, eq(employments.personId, personYearRecords.personId))
    .where(
      and(
        eq(personYearRecords.year, d.year),
        inArray(employments.unitId, subtree),
        or(sql`'LDTT' = ANY(${personYearRecords.titles})`, sql`'CSTT' = ANY(${personYearRecords.titles})`),
      ),
    );
  const ids = new Set(rows.map((r) => r.personId));
  for (const n of detail.nominations)
    if ((n.code === 'LDTT' || n.code === 'CSTT') && n.personId && n.status !== 'WITHDRAWN')
      ids.add(n.personId);
  return ids.size;
}

/**
 * Thẩm định: for the receiving officer, each nominee with the engine's verdict and reasons, a checklist
 * (components, deadline, verdicts, quota, procedure, earlier awards, public posting), quota usage from the rules
 * engine and earlier awards of the same nominees. A read. Needs nomination.appraise on the receiving body.
 */
export async function getAppraisal(ctx: ServiceContext, dossierId: string): Promise<Appraisal> {
  const d = await requireDossier(ctx.read, dossierId);
  await authorize(ctx, 'nomination.appraise', [d.receivingUnitId]);
  const dossier = await presentDossierDetail(ctx, ctx.read, d);
  const live = dossier.nominations.filter((n) => n.status !== 'WITHDRAWN');
  const overrides = forEngine(await activeOverrides(ctx.read));
  const today = ctx.clock.today();

  // Quotas: one line per code among the live nominees.
  const codes = [...new Set(live.map((n) => n.code))];
  const ldtt = codes.includes('CSTD_CO_SO') ? await ldttCount(ctx, ctx.read, d, dossier) : 0;
  const quotas = codes.map((code) => {
    const proposed = live.filter((n) => n.code === code).length;
    const res = evaluate(
      {
        op: 'quota',
        code,
        achievementYear: d.year,
        proposedOn: today,
        ldttCount: ldtt,
        qualifiedCount: proposed,
      },
      { overrides },
    ) as QuotaResponse | { error: { message: string } };
    if ('error' in res)
      return {
        code,
        codeName: viName(code),
        proposed,
        max: null,
        withinQuota: true,
        citation: '—',
        confirmed: false,
        message: res.error.message,
      };
    const max = res.max ?? null;
    return {
      code,
      codeName: viName(code),
      proposed,
      max,
      withinQuota: max === null || proposed <= max,
      citation: res.citation ?? '',
      confirmed: res.confirmed ?? false,
      message: res.message?.vi ?? '',
    };
  });

  // Earlier awards of the same nominees: same code at any time, or any award covering a year of the period.
  const personIds = live.map((n) => n.personId).filter((x): x is string => !!x);
  const unitIds = live.map((n) => n.unitId).filter((x): x is string => !!x);
  const prior =
    personIds.length || unitIds.length
      ? await ctx.read
          .select()
          .from(awards)
          .where(
            or(
              personIds.length ? inArray(awards.personId, personIds) : undefined,
              unitIds.length ? inArray(awards.unitId, unitIds) : undefined,
            ),
          )
      : [];
  const earlierAwards = live.flatMap((n) =>
    prior
      .filter((a) => (n.personId ? a.personId === n.personId : a.unitId === n.unitId))
      .map((a) => {
        const from = a.periodFrom ?? Number(a.decidedOn.slice(0, 4));
        const to = a.periodTo ?? from;
        const overlaps = from <= n.periodTo && to >= n.periodFrom;
        return { a, overlaps, n };
      })
      .filter((x) => x.overlaps || x.a.code === n.code)
      .map(({ a, overlaps, n }) => ({
        nominationId: n.id,
        code: a.code,
        codeName: viName(a.code),
        decisionNumber: a.decisionNumber,
        decidedOn: a.decidedOn,
        periodFrom: a.periodFrom,
        periodTo: a.periodTo,
        overlaps,
      })),
  );

  const missing = dossier.components.filter((c) => !c.present);
  const verdictIssues = live.filter((n) => n.verdict && n.verdict.outcome !== 'ELIGIBLE');
  const sameAchievement = earlierAwards.filter(
    (e) => e.overlaps && live.find((n) => n.id === e.nominationId)?.code === e.code,
  );
  const eff = d.deadline ? effectiveDeadline(d.deadline) : null;
  const postingNeeded = codes.filter((code) => {
    const r = evaluate({ op: 'posting', code, postedOn: today, meetingOn: today }, { overrides }) as
      PostingResponse | { error: unknown };
    return !('error' in r) && r.required;
  });
  const checklist: Appraisal['checklist'] = [
    {
      code: 'COMPONENTS',
      label: 'Hồ sơ đủ thành phần',
      ok: missing.length === 0,
      detail: missing.length
        ? `Còn thiếu: ${missing.map((m) => m.name).join('; ')}`
        : 'Đủ thành phần theo quy định',
      citation: dossier.components[0]?.citation ?? 'Luật Thi đua, khen thưởng 2022, Điều 84',
    },
    {
      code: 'DEADLINE',
      label: 'Nộp đúng hạn',
      ok: !eff || (dossier.submittedOn !== null && dossier.submittedOn <= eff.date),
      detail: eff
        ? `Hạn nộp ${formatLegalDate(eff.date)}; trình ngày ${dossier.submittedOn ? formatLegalDate(dossier.submittedOn) : '—'}`
        : 'Không đặt hạn nộp',
      citation: eff?.citation ?? '—',
    },
    {
      code: 'ELIGIBILITY',
      label: 'Đủ điều kiện, tiêu chuẩn theo kết quả xét tự động',
      ok: verdictIssues.length === 0,
      detail: verdictIssues.length
        ? `Cần xem xét: ${verdictIssues.map((n) => `${n.nomineeName} (${n.verdict!.outcome === 'INELIGIBLE' ? 'chưa đủ điều kiện' : 'cần xem xét'})`).join(', ')}`
        : 'Tất cả cá nhân được đề nghị đủ điều kiện',
      citation: 'Luật Thi đua, khen thưởng 2022 (các điều về tiêu chuẩn danh hiệu, hình thức)',
    },
    {
      code: 'QUOTA',
      label: 'Trong tỷ lệ cho phép',
      ok: quotas.every((q) => q.withinQuota),
      detail:
        quotas
          .filter((q) => q.max !== null)
          .map((q) => `${q.codeName}: ${q.proposed}/${q.max}`)
          .join('; ') || 'Không có danh hiệu bị khống chế tỷ lệ',
      citation: quotas.find((q) => q.max !== null)?.citation ?? '—',
    },
    {
      code: 'PROCEDURE',
      label: 'Thủ tục phù hợp',
      ok:
        d.procedure !== 'DON_GIAN' ||
        simplifiedProcedure({
          type: d.awardType as Parameters<typeof simplifiedProcedure>[0]['type'],
          politicalTask: d.simplifiedGround === 'POLITICAL_TASK',
          discoveredByHead: d.simplifiedGround === 'DISCOVERED_BY_HEAD',
          stateSecret: d.simplifiedGround === 'STATE_SECRET',
        }).ok,
      detail: d.procedure === 'DON_GIAN' ? 'Thủ tục đơn giản' : 'Thủ tục thông thường',
      citation: 'Luật Thi đua, khen thưởng 2022, Điều 84, Điều 85',
    },
    {
      code: 'NO_DOUBLE_AWARD',
      label: 'Không trùng thành tích đã được khen thưởng',
      ok: sameAchievement.length === 0,
      detail: sameAchievement.length
        ? sameAchievement
            .map(
              (e) =>
                `${live.find((n) => n.id === e.nominationId)?.nomineeName}: ${e.codeName} theo QĐ ${e.decisionNumber} ngày ${formatLegalDate(e.decidedOn)}`,
            )
            .join('; ')
        : 'Không có khen thưởng trùng thời gian thành tích',
      citation:
        'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 9 (tính từ thời gian thành tích trong quyết định trước)',
    },
    {
      code: 'PUBLIC_POSTING',
      label: 'Công khai lấy ý kiến (nếu bắt buộc)',
      ok:
        postingNeeded.length === 0 ||
        live.filter((n) => postingNeeded.includes(n.code)).every((n) => n.consultation !== 'NONE'),
      detail: postingNeeded.length
        ? `Bắt buộc công khai trước khi Hội đồng họp: ${postingNeeded.map((c) => viName(c)).join(', ')}`
        : 'Không bắt buộc công khai',
      citation: 'Luật Thi đua, khen thưởng 2022, Điều 84 khoản 5; Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2',
    },
  ];
  return { dossier, checklist, quotas, earlierAwards };
}

/**
 * Trả lại hồ sơ: with a reason, for the named nominees or (none named) every submitted nominee of the dossier.
 * Needs nomination.appraise on the receiving body.
 */
export async function returnNominations(
  ctx: ServiceContext,
  dossierId: string,
  input: unknown,
): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.appraise', [d.receivingUnitId]);
  const data = parseInput(ZReturnInput, input);
  return ctx.db.transaction(async (tx) => {
    const ids = await pick(tx, d, data.nominationIds, 'RETURNED');
    for (const id of ids) await appendNominationStep(tx, ctx, id, 'RETURNED', { reason: data.reason });
    await emitAudit(tx, ctx, {
      action: 'dossier.return',
      entity: 'dossier',
      entityId: d.id,
      after: {
        scope: data.nominationIds ? 'NOMINATIONS' : 'DOSSIER',
        nominationIds: ids,
        reason: data.reason,
      },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}

/** Trình Hội đồng: appraised nominees go to the council agenda. Needs nomination.appraise on the receiving body. */
export async function passToCouncil(
  ctx: ServiceContext,
  dossierId: string,
  input: unknown,
): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.appraise', [d.receivingUnitId]);
  const data = parseInput(ZPassToCouncilInput, input);
  return ctx.db.transaction(async (tx) => {
    const ids = await pick(tx, d, data.nominationIds, 'APPRAISED_PASSED_TO_COUNCIL');
    for (const id of ids)
      await appendNominationStep(tx, ctx, id, 'APPRAISED_PASSED_TO_COUNCIL', { reason: data.note });
    await emitAudit(tx, ctx, {
      action: 'dossier.pass_to_council',
      entity: 'dossier',
      entityId: d.id,
      after: { nominationIds: ids, note: data.note },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}

/** The nominations of this dossier a step applies to; every named one must belong to it and allow the step. */
async function pick(
  tx: Executor,
  d: DossierRow,
  named: string[] | undefined,
  step: 'RETURNED' | 'APPRAISED_PASSED_TO_COUNCIL',
): Promise<string[]> {
  const noms = await loadNominations(tx, [d.id]);
  const states = await nominationStates(
    tx,
    noms.map((n) => n.id),
  );
  if (named) {
    const own = new Set(noms.map((n) => n.id));
    const foreign = named.filter((id) => !own.has(id));
    if (foreign.length)
      throw new ValidationError([
        { path: 'nominationIds', message: 'Có người được đề nghị không thuộc hồ sơ này.' },
      ]);
    const bad = named.filter((id) => !canAppend(states.get(id)!, step));
    if (bad.length)
      throw new ServiceError(
        'INVALID_TRANSITION',
        step === 'RETURNED'
          ? 'Chỉ trả lại được đề nghị đang chờ thẩm định hoặc đã trình Hội đồng.'
          : 'Chỉ trình Hội đồng được đề nghị đang chờ thẩm định.',
        { nominationIds: bad },
      );
    return [...new Set(named)];
  }
  const ids = noms.filter((n) => states.get(n.id)?.status === 'SUBMITTED').map((n) => n.id);
  if (ids.length === 0)
    throw new ServiceError('INVALID_TRANSITION', 'Hồ sơ không có đề nghị nào đang chờ thẩm định.');
  return ids;
}
