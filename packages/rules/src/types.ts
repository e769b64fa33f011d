/** Parsed facts and response shapes of the rules engine (the JSON contract: shared/contracts/rules-api.md). */
import type { Day } from './dates.js';
import type {
  AbsenceKind,
  AwardType,
  Code,
  Discipline,
  InitiativeKind,
  InitiativeScope,
  Rating,
  Regime,
  SubjectKind,
} from './codes.js';

export interface Msg {
  readonly vi: string;
  readonly en: string;
}

export interface DisciplineFact {
  readonly level: Discipline;
  readonly from: Day | null;
  readonly to: Day | null;
}

export interface AbsenceFact {
  readonly kind: AbsenceKind;
  readonly from: Day;
  readonly to: Day;
  readonly compliant: boolean;
}

export interface TransferFact {
  readonly monthsAtPreviousUnit: number;
  /** The previous unit's written opinion is on file. */
  readonly previousUnitOpinion: boolean;
}

export interface InitiativeFact {
  readonly kind: InitiativeKind;
  readonly scope: InitiativeScope;
}

export interface MembersFact {
  readonly total: number;
  readonly completed: number;
  readonly ldtt: number;
  readonly cstdCoSo: number;
  readonly disciplinedCanhCaoOrAbove: number;
}

export interface YearFact {
  readonly year: number;
  readonly rating: Rating | null;
  readonly titles: readonly Code[];
  readonly initiatives: readonly InitiativeFact[];
  readonly discipline: DisciplineFact | null;
  readonly absences: readonly AbsenceFact[];
  /** Moved from another unit during the year (chuyển công tác). */
  readonly transfer: TransferFact | null;
  readonly members: MembersFact | null;
  readonly ledCluster: 'BO_TINH' | 'TRUNG_UONG' | null;
  /** Community titles: the commune led the district-level movement (Luật 2022 Điều 29). */
  readonly ledDistrictMovement: boolean | null;
  /** Community titles: the provincial criteria were assessed as met. */
  readonly criteriaMet: boolean | null;
}

export interface AwardFact {
  readonly code: Code;
  readonly decidedOn: Day | null;
  readonly periodFrom: number | null;
  /** Last achievement year of the award; when the decision states no period, the year of its issue date. */
  readonly periodTo: number;
  readonly type: AwardType;
  readonly achievement: string | null;
}

export interface MovementFact {
  readonly launchedBy: 'THU_TUONG' | 'BO_TINH';
  readonly months: number;
  readonly reviewedOn: Day;
}

export interface SubjectFacts {
  readonly kind: SubjectKind;
  readonly recruitedOn: Day | null;
  readonly dissolvedOn: Day | null;
  /** Year entries up to the achievement year, sorted by year. */
  readonly years: readonly YearFact[];
  readonly awards: readonly AwardFact[];
  readonly ledMovements: readonly MovementFact[];
  /** Under discipline review, investigation, inspection or complaint (null: not stated). */
  readonly pendingReview: boolean | null;
}

export type Outcome = 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_REVIEW';

export interface Reason {
  readonly rule: string;
  readonly met: boolean;
  /** MET, NOT_MET, or UNKNOWN (facts missing or law not encoded; then `met` is false). */
  readonly status: 'MET' | 'NOT_MET' | 'UNKNOWN';
  readonly citation: string;
  readonly confirmed: boolean;
  readonly message: Msg;
}

export interface ErrorBody {
  readonly code:
    | 'INVALID_REQUEST'
    | 'UNKNOWN_CODE'
    | 'INVALID_DATE'
    | 'MISSING_FIELD'
    | 'NO_CASH_REWARD'
    | 'NOT_ENCODED'
    | 'INTERNAL_ERROR';
  readonly message: string;
  readonly field?: string;
}

export interface ErrorResponse {
  readonly id?: string | number;
  readonly op?: string;
  readonly error: ErrorBody;
}

export interface EligibilityResponse {
  readonly id?: string | number;
  readonly op: 'eligibility';
  readonly target: Code;
  readonly outcome: Outcome;
  readonly confirmed: boolean;
  readonly regime: Regime;
  readonly legalDate: string;
  readonly rulesetVersion: string;
  readonly reasons: readonly Reason[];
}

export interface RewardResponse {
  readonly id?: string | number;
  readonly op: 'reward';
  readonly code: Code;
  readonly recipient: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  readonly decidedOn: string;
  readonly amountVnd: number;
  readonly unroundedVnd: number;
  readonly coefficient: number;
  readonly multiplier: number;
  readonly baseSalaryVnd: number;
  readonly rounding: string;
  readonly paid: boolean;
  readonly posthumous: boolean;
  readonly confirmed: boolean;
  readonly regime: Regime;
  readonly citations: readonly string[];
  readonly message: Msg;
  readonly rulesetVersion: string;
}

export interface AuthorityResponse {
  readonly id?: string | number;
  readonly op: 'authority';
  readonly code: Code;
  readonly authorized: boolean;
  readonly citation: string;
  readonly confirmed: boolean;
  readonly message: Msg;
  readonly rulesetVersion: string;
}

export interface QuotaResponse {
  readonly id?: string | number;
  readonly op: 'quota';
  readonly code: Code;
  readonly max: number | null;
  readonly confirmed: boolean;
  readonly citation: string;
  readonly parameter: string;
  readonly share: number | null;
  readonly message: Msg;
  readonly rulesetVersion: string;
}

export interface PostingResponse {
  readonly id?: string | number;
  readonly op: 'posting';
  readonly code: Code;
  readonly required: boolean;
  readonly valid: boolean;
  readonly workingDays: number;
  readonly minWorkingDays: number;
  readonly unit: 'WORKING_DAYS' | 'CALENDAR_DAYS';
  readonly countingConvention: string;
  readonly citation: string;
  readonly confirmed: boolean;
  readonly message: Msg;
  readonly rulesetVersion: string;
}

export type Response =
  EligibilityResponse | RewardResponse | AuthorityResponse | QuotaResponse | PostingResponse | ErrorResponse;
