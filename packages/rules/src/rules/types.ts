/** Rule definitions: one legal condition per rule, with dated versions and citations. */
import type { Code, SubjectKind } from '../codes.js';
import type { Day } from '../dates.js';
import type { Snapshot } from '../params/store.js';
import type { Msg, SubjectFacts } from '../types.js';
import type { PackedIndividuals } from './packed.js';

export const MET = 0;
export const NOT_MET = 1;
export const UNKNOWN = 2;
/** The rule does not bear on this request (e.g. no absence to assess); it yields no reason. */
export const SKIP = 3;
export type Status = typeof MET | typeof NOT_MET | typeof UNKNOWN | typeof SKIP;

/** Evaluation context: the legal date's parameters and the request-level facts. */
export interface Ctx {
  snap: Snapshot;
  legalDate: Day;
  proposedOn: Day;
  /** achievementYear */
  ay: number;
  target: Code;
  subjectKind: SubjectKind;
  posthumous: boolean;
  /** null: no `achievement` given in the request. */
  duplicateAchievement: string | null | false;
  /** 0 not stated, 1 stated false, 2 stated true */
  pending: number;
  dissolvedOn: Day | null;
}

/** Scratch numbers a check leaves for its message (no allocation on the batch path). */
export interface Scratch {
  a: number;
  b: number;
  c: number;
  e: number;
  /** Set by a check that relied on an unconfirmed parameter not listed in `params`. */
  unconfirmed: boolean;
  s: string;
}

export const newScratch = (): Scratch => ({ a: 0, b: 0, c: 0, e: 0, unconfirmed: false, s: '' });

export interface RuleVersion<S> {
  /** First day (YYYY-MM-DD) of the legal date for which this version applies. */
  readonly from: string;
  /** Last day, inclusive; absent = still in force. */
  readonly to?: string;
  readonly citation: string;
  /** False when the legal text behind this version is UNCONFIRMED or an INFERENCE. */
  readonly confirmed: boolean;
  /** Parameters the check always relies on; an unconfirmed value makes the reason unconfirmed. */
  readonly params?: readonly string[];
  check(s: S, i: number, c: Ctx, d: Scratch): Status;
  message(d: Scratch, st: Status, c: Ctx): Msg;
}

interface RuleBase {
  readonly id: string;
  readonly subjectKinds: readonly SubjectKind[];
  readonly targets: readonly Code[];
  readonly description: Msg;
}

/** Reads the packed layout of individuals (single request and batch). */
export interface IndividualRule extends RuleBase {
  readonly on: 'PACKED';
  readonly versions: readonly RuleVersion<PackedIndividuals>[];
}
/** Reads parsed facts (collectives, communities). */
export interface FactsRule extends RuleBase {
  readonly on: 'FACTS';
  readonly versions: readonly RuleVersion<SubjectFacts>[];
}
/** Reads only the context (regime gaps, delegated criteria, request-level checks). */
export interface ContextRule extends RuleBase {
  readonly on: 'CONTEXT';
  readonly versions: readonly RuleVersion<null>[];
}
export type Rule = IndividualRule | FactsRule | ContextRule;
