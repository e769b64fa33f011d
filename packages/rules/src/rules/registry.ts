/** Every rule, and the evaluation plan (applicable rule versions) for a target, subject kind and legal date. */
import type { Code, Regime, SubjectKind } from '../codes.js';
import { day, dayOf, type Day } from '../dates.js';
import type { Snapshot } from '../params/store.js';
import type { Reason, SubjectFacts } from '../types.js';
import { COLLECTIVE_RULES } from './collective.js';
import { CONTEXT_RULES } from './context.js';
import { INDIVIDUAL_RULES } from './individual.js';
import { LOCAL_COLLECTIVE_RULES, LOCAL_INDIVIDUAL_RULES } from './local.js';
import type { PackedIndividuals } from './packed.js';
import {
  MET,
  NOT_MET,
  SKIP,
  UNKNOWN,
  newScratch,
  type Ctx,
  type Rule,
  type RuleVersion,
  type Scratch,
  type Status,
} from './types.js';

/** Context rules first (regime gaps, pending review…), then the target's own conditions. */
export const RULES: readonly Rule[] = [
  ...CONTEXT_RULES,
  ...INDIVIDUAL_RULES,
  ...LOCAL_INDIVIDUAL_RULES,
  ...COLLECTIVE_RULES,
  ...LOCAL_COLLECTIVE_RULES,
];

export const REGIME_STARTS = {
  R1: dayOf(2017, 10, 1),
  R2: dayOf(2024, 1, 1),
  R3: dayOf(2025, 7, 1),
} as const;

/** Regime in force on a legal date. */
export function regimeOn(d: Day): Regime {
  if (d < REGIME_STARTS.R1) return 'NOT_ENCODED';
  if (d < REGIME_STARTS.R2) return 'LUAT_2003_ND_91_2017';
  if (d < REGIME_STARTS.R3) return 'LUAT_2022_ND_98_2023';
  return 'LUAT_2022_ND_152_2025';
}

export interface PlanItem {
  readonly rule: Rule;
  readonly version: RuleVersion<never>;
  /** Version confirmed and every declared parameter confirmed on the legal date. */
  readonly baseConfirmed: boolean;
}

interface DatedVersion {
  readonly from: Day;
  readonly to: Day;
}
const versionDays = new WeakMap<object, DatedVersion>();
function daysOf(v: RuleVersion<unknown>): DatedVersion {
  let r = versionDays.get(v);
  if (!r) {
    r = { from: day(v.from), to: v.to === undefined ? Number.POSITIVE_INFINITY : day(v.to) };
    versionDays.set(v, r);
  }
  return r;
}

/** The version of `rule` in force on `at`, if any. */
export function versionAt(rule: Rule, at: Day): RuleVersion<never> | null {
  for (const v of rule.versions as readonly RuleVersion<unknown>[]) {
    const d = daysOf(v);
    if (d.from <= at && at <= d.to) return v as RuleVersion<never>;
  }
  return null;
}

const planCache = new WeakMap<Snapshot, Map<string, PlanItem[]>>();

export function planFor(target: Code, kind: SubjectKind, snap: Snapshot): PlanItem[] {
  let bySnap = planCache.get(snap);
  if (!bySnap) {
    bySnap = new Map();
    planCache.set(snap, bySnap);
  }
  const key = `${target}|${kind}`;
  let plan = bySnap.get(key);
  if (plan) return plan;
  plan = [];
  for (const rule of RULES) {
    if (!rule.targets.includes(target) || !rule.subjectKinds.includes(kind)) continue;
    const version = versionAt(rule, snap.at);
    if (!version) continue;
    const baseConfirmed = version.confirmed && (version.params ?? []).every((k) => snap.confirmed(k));
    plan.push({ rule, version, baseConfirmed });
  }
  bySnap.set(key, plan);
  return plan;
}

/** Outcome codes of the batch path. */
export const O_ELIGIBLE = 0;
export const O_INELIGIBLE = 1;
export const O_NEEDS_REVIEW = 2;
/** Bit set on an outcome that rests on an unconfirmed rule or parameter. */
export const O_UNCONFIRMED = 4;
export const OUTCOME_NAMES = ['ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW'] as const;

function check(
  item: PlanItem,
  packed: PackedIndividuals | null,
  facts: SubjectFacts | null,
  i: number,
  c: Ctx,
  d: Scratch,
): Status {
  const r = item.rule;
  if (r.on === 'CONTEXT') return (item.version as RuleVersion<null>).check(null, i, c, d);
  if (r.on === 'PACKED') return (item.version as RuleVersion<PackedIndividuals>).check(packed!, i, c, d);
  return (item.version as RuleVersion<SubjectFacts>).check(facts!, i, c, d);
}

const scratch = newScratch();

/**
 * Runs a plan and returns the outcome code (| O_UNCONFIRMED). Without `reasons` it stops at the first confirmed
 * failing condition (batch path); with `reasons` it evaluates every rule and fills the list.
 * Confirmed: ELIGIBLE → every reason confirmed; INELIGIBLE → at least one failing reason confirmed;
 * NEEDS_REVIEW → every unknown reason confirmed.
 */
export function runPlan(
  plan: readonly PlanItem[],
  packed: PackedIndividuals | null,
  facts: SubjectFacts | null,
  i: number,
  c: Ctx,
  reasons: Reason[] | null,
): number {
  let anyNotMet = false;
  let notMetConfirmed = false;
  let anyUnknown = false;
  let unknownConfirmed = true;
  let allConfirmed = true;
  const d = reasons ? newScratch() : scratch;
  for (const item of plan) {
    d.unconfirmed = false;
    const st = check(item, packed, facts, i, c, d);
    if (st === SKIP) continue;
    const confirmed = item.baseConfirmed && !d.unconfirmed;
    if (!confirmed) allConfirmed = false;
    if (st === NOT_MET) {
      anyNotMet = true;
      if (confirmed) {
        notMetConfirmed = true;
        if (!reasons) break;
      }
    } else if (st === UNKNOWN) {
      anyUnknown = true;
      if (!confirmed) unknownConfirmed = false;
    }
    if (reasons) {
      reasons.push({
        rule: item.rule.id,
        met: st === MET,
        status: st === MET ? 'MET' : st === NOT_MET ? 'NOT_MET' : 'UNKNOWN',
        citation: item.version.citation,
        confirmed,
        message: item.version.message(d, st, c),
      });
    }
  }
  if (plan.length === 0) return O_NEEDS_REVIEW | O_UNCONFIRMED;
  if (anyNotMet) return O_INELIGIBLE | (notMetConfirmed ? 0 : O_UNCONFIRMED);
  if (anyUnknown) return O_NEEDS_REVIEW | (unknownConfirmed ? 0 : O_UNCONFIRMED);
  return O_ELIGIBLE | (allConfirmed ? 0 : O_UNCONFIRMED);
}
