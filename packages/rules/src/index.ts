/**
 * @vinhdanh/rules — Vietnamese emulation and commendation law as code (Luật Thi đua, khen thưởng 2022, NĐ 98/2023,
 * NĐ 152/2025, NĐ 129/2025; old regime Luật 2003 + NĐ 91/2017). Pure: no I/O, no clock; every answer carries
 * citations and a `confirmed` flag. The JSON contract is shared/contracts/rules-api.md.
 */
import {
  Engine,
  type BatchOptions,
  type BatchResult,
  type EngineOptions,
  type ParameterListing,
} from './engine.js';
import type { Code } from './codes.js';
import type { PackedIndividuals } from './rules/packed.js';
import type { Response } from './types.js';

export { Engine, listRules, OPS } from './engine.js';
export type { BatchOptions, BatchResult, EngineOptions, ParameterListing, RuleListing } from './engine.js';
export { RULESET_VERSION } from './version.js';
export * from './codes.js';
export type * from './types.js';
export { ParameterError, loadParameters, loadOverrides } from './params/schema.js';
export type { DatedValue, ParameterDef, ParameterOverride, ParamScalar } from './params/schema.js';
export { holidaysOf, isWorkingDay, workingDaysBetween, addWorkingDays } from './calendar/holidays.js';
export type { Holiday, HolidayKind } from './calendar/holidays.js';
export { lunarToSolar, lunarNewYear, hungKingsDay } from './calendar/lunar.js';
/** Day numbers (days since 1970-01-01) used by the packed layout, e.g. `recruitedOn`. */
export { parseDay as dayNumber, isoOf as isoDate } from './dates.js';
export { allocatePacked, packSubjects } from './rules/packed.js';
export type { PackedIndividuals } from './rules/packed.js';
export {
  R_KHT,
  R_HT,
  R_HTT,
  R_HTXS,
  T_LDTT,
  T_CSTT,
  T_CSTD_CO_SO,
  T_CSTD_BO_TINH,
  T_CSTD_TOAN_QUOC,
  T_PRESENT,
  A_MATERNITY,
  A_TRAINING_OK,
  A_TRAINING_BAD,
  A_INJURY_OK,
  A_INJURY_BAD,
  A_SICK,
  CODE_INDEX,
  TYPE_INDEX,
  initBit,
} from './rules/packed.js';

let defaultEngine: Engine | null = null;
const engines = new WeakMap<readonly unknown[], Engine>();

/**
 * An engine with province overrides (validated: dated, cited, only for parameters the law delegates).
 * Throws ParameterError naming the parameter when an override is invalid.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  return new Engine(options);
}

function engineFor(options?: EngineOptions): Engine {
  if (!options?.overrides || options.overrides.length === 0) return (defaultEngine ??= new Engine());
  let e = engines.get(options.overrides);
  if (!e) {
    e = new Engine(options);
    engines.set(options.overrides, e);
  }
  return e;
}

/**
 * Evaluates one contract request (op eligibility, reward, authority, quota or posting). Never throws on bad input.
 * With `overrides`, one engine is cached per overrides array: pass the same array each time, or use createEngine().
 */
export function evaluate(request: unknown, options?: EngineOptions): Response {
  return engineFor(options).evaluate(request);
}

/** Evaluates requests in order, one response each; a bad request gets an error object and the others are answered. */
export function evaluateMany(requests: readonly unknown[], options?: EngineOptions): Response[] {
  return engineFor(options).evaluateMany(requests);
}

/**
 * Fast path for many individuals × targets at one legal date (server jobs, benchmark). Returns compact outcome
 * codes; `explain(i, t)` computes the reasons of any subject on demand with the same rule code.
 */
export function evaluateEligibilityBatch(
  subjects: PackedIndividuals | readonly unknown[],
  targets: readonly Code[],
  options: BatchOptions & EngineOptions,
): BatchResult {
  return engineFor(options).evaluateEligibilityBatch(subjects, targets, options);
}

/** Every legal parameter with its dated values, references and confidence. */
export function listParameters(options?: EngineOptions): ParameterListing[] {
  return engineFor(options).listParameters();
}

export {
  simplifiedProcedure,
  dossierCheck,
  councilVote,
  movementCheck,
  revocation,
  DOSSIER_DOCUMENTS,
  MOVEMENT_DURATION_BUCKETS,
} from './procedure.js';
export type {
  ProcedureAnswer,
  SimplifiedFacts,
  DossierDocument,
  MovementRecord,
  RevocationGround,
} from './procedure.js';
export {
  dossierComponents,
  effectiveDeadline,
  appraisalDueOn,
  missingMessage,
  APPRAISAL_WORKING_DAYS,
  RETURN_INCOMPLETE_WORKING_DAYS,
  COMPONENT_NAMES,
} from './dossier.js';
export type { DossierComponent, DossierProcedure, ComponentCode, DeadlineAnswer } from './dossier.js';
