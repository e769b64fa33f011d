/** op "eligibility": is this subject eligible for this title or award form? */
import { viName, type Code, type SubjectKind } from '../codes.js';
import { dayOf, isoOf, yearOf, type Day } from '../dates.js';
import type { ParameterStore } from '../params/store.js';
import { packOne } from '../rules/packed.js';
import { OUTCOME_NAMES, O_UNCONFIRMED, planFor, regimeOn, runPlan } from '../rules/registry.js';
import type { Ctx } from '../rules/types.js';
import type { EligibilityResponse, Reason, SubjectFacts } from '../types.js';
import { RULESET_VERSION } from '../version.js';
import { fail, optBool, optString, parseSubject, reqCode, reqDate, reqInt, type Obj } from '../validate.js';

const INDIVIDUAL_ONLY = new Set<Code>([
  'LDTT',
  'CSTT',
  'CSTD_CO_SO',
  'CSTD_BO_TINH',
  'CSTD_TOAN_QUOC',
  'KY_NIEM_CHUONG_BO_TINH',
]);
const FORMS = new Set<Code>([
  'GIAY_KHEN',
  'BANG_KHEN_BO_TINH',
  'BANG_KHEN_THU_TUONG',
  'HCLD_HANG_BA',
  'HCLD_HANG_NHI',
  'HCLD_HANG_NHAT',
]);
const COLLECTIVE_TITLES = new Set<Code>([
  'TT_LDTT',
  'DON_VI_TIEN_TIEN',
  'TT_LDXS',
  'DON_VI_QUYET_THANG',
  'CO_THI_DUA_BO_TINH',
  'CO_THI_DUA_CHINH_PHU',
]);

/** Whether a target code can be given to a subject kind. */
export function targetFitsKind(target: Code, kind: SubjectKind): boolean {
  switch (kind) {
    case 'INDIVIDUAL':
      return INDIVIDUAL_ONLY.has(target) || FORMS.has(target);
    case 'COLLECTIVE':
      return COLLECTIVE_TITLES.has(target) || FORMS.has(target);
    case 'COMMUNE':
      return target === 'XA_TIEU_BIEU';
    case 'VILLAGE':
      return target === 'THON_TDP_VAN_HOA';
    case 'HOUSEHOLD':
      return target === 'GIA_DINH_VAN_HOA' || FORMS.has(target);
  }
}

const norm = (s: string): string => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/** The legal date that selects rule versions (parameter eligibility.legal_date). */
export function legalDateOf(store: ParameterStore, proposedOn: Day, ay: number): Day {
  const mode = store.resolve('eligibility.legal_date', proposedOn)?.value ?? 'PROPOSED_ON';
  if (mode === 'ACHIEVEMENT_YEAR_END') return Math.min(proposedOn, dayOf(ay, 12, 31));
  return proposedOn;
}

export function baseCtx(
  store: ParameterStore,
  target: Code,
  kind: SubjectKind,
  proposedOn: Day,
  ay: number,
): Ctx {
  const legalDate = legalDateOf(store, proposedOn, ay);
  return {
    snap: store.snapshot(legalDate),
    legalDate,
    proposedOn,
    ay,
    target,
    subjectKind: kind,
    posthumous: false,
    duplicateAchievement: null,
    pending: 0,
    dissolvedOn: null,
  };
}

export function evaluateEligibility(o: Obj, store: ParameterStore): Omit<EligibilityResponse, 'id'> {
  const target = reqCode(o, 'target', 'target');
  const proposedOn = reqDate(o, 'proposedOn', 'proposedOn');
  const ay = reqInt(o, 'achievementYear', 'achievementYear', 1945, 2200);
  if (ay > yearOf(proposedOn)) {
    fail(
      'INVALID_REQUEST',
      'achievementYear',
      `Trường 'achievementYear' (${ay}) không được sau năm của 'proposedOn' (${yearOf(proposedOn)}).`,
    );
  }
  const facts = parseSubject(o, ay);
  if (!targetFitsKind(target, facts.kind)) {
    fail(
      'INVALID_REQUEST',
      'target',
      `Mã '${target}' ở trường 'target' (${viName(target)}) không áp dụng cho đối tượng loại '${facts.kind}' (trường 'subject.kind').`,
    );
  }
  const achievement = optString(o, 'achievement', 'achievement');
  const posthumous = optBool(o, 'posthumous', 'posthumous') ?? false;
  const ctx = baseCtx(store, target, facts.kind, proposedOn, ay);
  ctx.posthumous = posthumous;
  ctx.pending = facts.pendingReview === null ? 0 : facts.pendingReview ? 2 : 1;
  ctx.dissolvedOn = facts.dissolvedOn;
  if (achievement !== null && achievement.trim() !== '') {
    const a = norm(achievement);
    ctx.duplicateAchievement =
      facts.awards.find((w) => w.achievement !== null && norm(w.achievement) === a)?.code ?? false;
  }
  return evaluateWithCtx(facts, ctx);
}

export function evaluateWithCtx(facts: SubjectFacts, ctx: Ctx): Omit<EligibilityResponse, 'id'> {
  const plan = planFor(ctx.target, facts.kind, ctx.snap);
  const reasons: Reason[] = [];
  let code: number;
  if (facts.kind === 'INDIVIDUAL') {
    const first = facts.years.length > 0 ? facts.years[0]!.year : ctx.ay;
    const packed = packOne(facts, first, ctx.ay - first + 1);
    code = runPlan(plan, packed, facts, 0, ctx, reasons);
  } else {
    code = runPlan(plan, null, facts, 0, ctx, reasons);
  }
  if (plan.length === 0) {
    reasons.push({
      rule: 'regime.not_encoded',
      met: false,
      status: 'UNKNOWN',
      citation: 'Bộ quy tắc Vinh Danh',
      confirmed: false,
      message: {
        vi: `Chưa mã hóa điều kiện nào của ${viName(ctx.target)} cho trường hợp này: cần xem xét theo văn bản`,
        en: 'No condition is encoded for this case: needs review',
      },
    });
  }
  return {
    op: 'eligibility',
    target: ctx.target,
    outcome: OUTCOME_NAMES[code & 3]!,
    confirmed: (code & O_UNCONFIRMED) === 0,
    regime: regimeOn(ctx.legalDate),
    legalDate: isoOf(ctx.legalDate),
    rulesetVersion: RULESET_VERSION,
    reasons,
  };
}
