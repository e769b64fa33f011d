/** The engine: request dispatch, batch evaluation, listings. Pure: no I/O, no clock. */
import { ALL_CODES, type Code } from './codes.js';
import { isoOf, parseDay, yearOf, type Day } from './dates.js';
import { baseCtx, evaluateEligibility, targetFitsKind } from './ops/eligibility.js';
import { evaluateAuthority } from './ops/authority.js';
import { evaluatePosting } from './ops/posting.js';
import { evaluateQuota } from './ops/quota.js';
import { evaluateReward } from './ops/reward.js';
import { PARAMETERS, ParameterStore } from './params/store.js';
import type { DatedValue, ParameterOverride } from './params/schema.js';
import { packSubjects, type PackedIndividuals } from './rules/packed.js';
import { OUTCOME_NAMES, O_UNCONFIRMED, planFor, regimeOn, RULES, runPlan } from './rules/registry.js';
import type { Ctx } from './rules/types.js';
import type { EligibilityResponse, ErrorBody, Outcome, Reason, Response, SubjectFacts } from './types.js';
import { RequestError, isObj, parseSubject, type Obj } from './validate.js';
import { RULESET_VERSION } from './version.js';

export interface EngineOptions {
  /** Province (or ministry) overrides of delegated parameters; validated, dated and cited. */
  readonly overrides?: readonly ParameterOverride[];
}

export interface BatchOptions {
  /** Date the proposals are considered (YYYY-MM-DD); selects the regime. */
  readonly proposedOn: string;
  readonly achievementYear: number;
}

/** Result of evaluateEligibilityBatch: compact outcome codes, reasons on demand. */
export interface BatchResult {
  readonly n: number;
  readonly targets: readonly Code[];
  /** n × targets.length codes, row-major by subject: 0 ELIGIBLE, 1 INELIGIBLE, 2 NEEDS_REVIEW, +4 when unconfirmed; 255 invalid input. */
  readonly outcomes: Uint8Array;
  /** Invalid subjects (only when objects were given), by index. */
  readonly errors: ReadonlyMap<number, ErrorBody>;
  outcome(i: number, t: number): Outcome | null;
  confirmed(i: number, t: number): boolean;
  /** The full eligibility response with reasons for subject i and target index t, computed now. */
  explain(i: number, t: number): EligibilityResponse;
  /** Number of each outcome per target. */
  counts(): Record<string, Record<Outcome, number>>;
}

export interface ParameterListing {
  readonly key: string;
  readonly description: { readonly vi: string; readonly en: string };
  readonly type: string;
  readonly unit?: string;
  /** Allowed values of a string parameter. */
  readonly enum?: readonly string[];
  /** The value may be empty (null): e.g. a delegated criterion the province has not declared. */
  readonly nullable: boolean;
  readonly delegated: boolean;
  readonly values: readonly DatedValue[];
  readonly overrides: readonly ParameterOverride[];
}

export interface RuleListing {
  readonly id: string;
  readonly description: { readonly vi: string; readonly en: string };
  readonly targets: readonly Code[];
  readonly subjectKinds: readonly string[];
  readonly versions: readonly {
    from: string;
    to: string | null;
    citation: string;
    confirmed: boolean;
    params: readonly string[];
  }[];
  /** True when every version is confirmed. */
  readonly confirmed: boolean;
}

export const OPS = ['eligibility', 'reward', 'authority', 'quota', 'posting'] as const;

function errorResponse(id: string | number | undefined, op: string | undefined, error: ErrorBody): Response {
  // Key order: id, op, error (as in the contract).
  return { ...(id === undefined ? {} : { id }), ...(op === undefined ? {} : { op }), error };
}

export class Engine {
  readonly store: ParameterStore;

  /** Throws ParameterError (naming the parameter) when an override is invalid. */
  constructor(options: EngineOptions = {}) {
    this.store = new ParameterStore(options.overrides);
  }

  /** Evaluates one request object; never throws. */
  evaluate(request: unknown): Response {
    if (!isObj(request)) {
      return errorResponse(undefined, undefined, {
        code: 'INVALID_REQUEST',
        message: 'Yêu cầu phải là một đối tượng JSON.',
      });
    }
    const rawId = request.id;
    let id: string | number | undefined;
    if (rawId !== undefined && rawId !== null) {
      if (typeof rawId !== 'string' && typeof rawId !== 'number') {
        return errorResponse(undefined, undefined, {
          code: 'INVALID_REQUEST',
          message: "Trường 'id' phải là chuỗi hoặc số.",
          field: 'id',
        });
      }
      id = rawId;
    }
    const op = request.op;
    if (op === undefined || op === null) {
      return errorResponse(id, undefined, {
        code: 'MISSING_FIELD',
        message: "Thiếu trường bắt buộc 'op'.",
        field: 'op',
      });
    }
    if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) {
      return errorResponse(id, undefined, {
        code: 'INVALID_REQUEST',
        message: `Trường 'op' không hợp lệ: ${JSON.stringify(op)} (chỉ nhận ${OPS.join(', ')}).`,
        field: 'op',
      });
    }
    try {
      const body = this.dispatch(op, request);
      return (id === undefined ? body : { id, ...body }) as Response;
    } catch (e) {
      if (e instanceof RequestError) return errorResponse(id, op, e.body);
      return errorResponse(id, op, {
        code: 'INTERNAL_ERROR',
        message: 'Lỗi nội bộ của bộ quy tắc khi xử lý yêu cầu này.',
      });
    }
  }

  private dispatch(op: string, o: Obj): Omit<Exclude<Response, { error: unknown }>, 'id'> {
    switch (op) {
      case 'eligibility':
        return evaluateEligibility(o, this.store);
      case 'reward':
        return evaluateReward(o, this.store);
      case 'authority':
        return evaluateAuthority(o);
      case 'quota':
        return evaluateQuota(o, this.store);
      default:
        return evaluatePosting(o, this.store);
    }
  }

  /** Evaluates requests in order; one response per request. */
  evaluateMany(requests: readonly unknown[]): Response[] {
    return requests.map((r) => this.evaluate(r));
  }

  /**
   * Fast path: individual eligibility for many subjects × targets at one legal date. `subjects` is either the
   * packed layout (see allocatePacked/packSubjects) or an array of contract `subject` objects (invalid ones are
   * reported in `errors`, the others answered).
   * @throws RangeError when `proposedOn` or `achievementYear` is invalid, or a target does not apply to individuals.
   */
  evaluateEligibilityBatch(
    subjects: PackedIndividuals | readonly unknown[],
    targets: readonly Code[],
    options: BatchOptions,
  ): BatchResult {
    const proposedOn = parseDay(options.proposedOn);
    if (proposedOn === null) throw new RangeError(`proposedOn không hợp lệ: ${options.proposedOn}`);
    const ay = options.achievementYear;
    if (!Number.isInteger(ay) || ay > yearOf(proposedOn))
      throw new RangeError(`achievementYear không hợp lệ: ${ay}`);
    for (const t of targets) {
      if (!targetFitsKind(t, 'INDIVIDUAL')) throw new RangeError(`Mã ${t} không áp dụng cho cá nhân`);
    }
    const errors = new Map<number, ErrorBody>();
    let packed: PackedIndividuals;
    if (Array.isArray(subjects)) {
      const facts: SubjectFacts[] = (subjects as readonly unknown[]).map((s, i) => {
        try {
          const f = parseSubject({ subject: s }, ay);
          if (f.kind === 'INDIVIDUAL') return f;
          errors.set(i, {
            code: 'INVALID_REQUEST',
            message: "Chỉ nhận đối tượng cá nhân ('subject.kind' = INDIVIDUAL).",
            field: 'subject.kind',
          });
        } catch (e) {
          errors.set(
            i,
            e instanceof RequestError
              ? e.body
              : { code: 'INVALID_REQUEST', message: 'Dữ liệu đối tượng không hợp lệ.' },
          );
        }
        return EMPTY_SUBJECT;
      });
      let first = ay;
      for (const f of facts) if (f.years.length > 0 && f.years[0]!.year < first) first = f.years[0]!.year;
      packed = packSubjects(facts, first, ay - first + 1);
    } else {
      packed = subjects as PackedIndividuals;
    }
    return runBatch(this.store, packed, targets, proposedOn, ay, errors);
  }

  /** Every parameter with its dated values, references, confirmed flags and this engine's overrides. */
  listParameters(): ParameterListing[] {
    return PARAMETERS.map((p) => ({
      key: p.key,
      description: p.description,
      type: p.type,
      ...(p.unit === undefined ? {} : { unit: p.unit }),
      ...(p.enum === undefined ? {} : { enum: p.enum }),
      nullable: p.nullable ?? false,
      delegated: p.delegated ?? false,
      values: p.values,
      overrides: this.store.overrides.filter((o) => o.parameter === p.key),
    }));
  }
}

const EMPTY_SUBJECT: SubjectFacts = {
  kind: 'INDIVIDUAL',
  recruitedOn: null,
  dissolvedOn: null,
  years: [],
  awards: [],
  ledMovements: [],
  pendingReview: null,
};

function runBatch(
  store: ParameterStore,
  packed: PackedIndividuals,
  targets: readonly Code[],
  proposedOn: Day,
  ay: number,
  errors: Map<number, ErrorBody>,
): BatchResult {
  const n = packed.n;
  const T = targets.length;
  const ctxs: Ctx[] = targets.map((t) => baseCtx(store, t, 'INDIVIDUAL', proposedOn, ay));
  const plans = targets.map((t, k) => planFor(t, 'INDIVIDUAL', ctxs[k]!.snap));
  const outcomes = new Uint8Array(n * T);
  const pendingArr = packed.pending;
  for (let i = 0; i < n; i++) {
    if (errors.size > 0 && errors.has(i)) {
      outcomes.fill(255, i * T, i * T + T);
      continue;
    }
    const pend = pendingArr[i]!;
    for (let k = 0; k < T; k++) {
      const c = ctxs[k]!;
      c.pending = pend;
      outcomes[i * T + k] = runPlan(plans[k]!, packed, null, i, c, null);
    }
  }
  return {
    n,
    targets,
    outcomes,
    errors,
    outcome: (i, t) => {
      const v = outcomes[i * T + t]!;
      return v === 255 ? null : OUTCOME_NAMES[v & 3]!;
    },
    confirmed: (i, t) => (outcomes[i * T + t]! & O_UNCONFIRMED) === 0,
    explain: (i, t) => {
      if (errors.has(i)) throw new RangeError(`Đối tượng ${i} không hợp lệ: ${errors.get(i)!.message}`);
      const c: Ctx = { ...ctxs[t]!, pending: packed.pending[i]! };
      const reasons: Reason[] = [];
      const code = runPlan(plans[t]!, packed, null, i, c, reasons);
      return {
        op: 'eligibility',
        target: targets[t]!,
        outcome: OUTCOME_NAMES[code & 3]!,
        confirmed: (code & O_UNCONFIRMED) === 0,
        regime: regimeOn(c.legalDate),
        legalDate: isoOf(c.legalDate),
        rulesetVersion: RULESET_VERSION,
        reasons,
      };
    },
    counts: () => {
      const out: Record<string, Record<Outcome, number>> = {};
      targets.forEach((t, k) => {
        const cnt = { ELIGIBLE: 0, INELIGIBLE: 0, NEEDS_REVIEW: 0 };
        for (let i = 0; i < n; i++) {
          const v = outcomes[i * T + k]!;
          if (v !== 255) cnt[OUTCOME_NAMES[v & 3]!]++;
        }
        out[t] = cnt;
      });
      return out;
    },
  };
}

/** Every rule with its citations, validity and confidence (for the legal-parameters UI page). */
export function listRules(): RuleListing[] {
  return RULES.map((r) => ({
    id: r.id,
    description: r.description,
    targets: r.targets,
    subjectKinds: r.subjectKinds,
    versions: r.versions.map((v) => ({
      from: v.from,
      to: v.to ?? null,
      citation: v.citation,
      confirmed: v.confirmed,
      params: v.params ?? [],
    })),
    confirmed: r.versions.every((v) => v.confirmed),
  }));
}

export const ALL_TARGETS: readonly Code[] = ALL_CODES.map((c) => c.code);
