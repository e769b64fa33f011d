import { ERROR_MESSAGES, type ErrorCode } from '@vinhdanh/shared';

/** A service error: stable code, Vietnamese message, optional details. Causes are logged, never shown. */
export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly status: number;
  constructor(code: ErrorCode, message?: string, details?: unknown, status?: number) {
    super(message ?? ERROR_MESSAGES[code]);
    this.code = code;
    this.details = details;
    this.status = status ?? HTTP_STATUS[code] ?? 400;
  }
}

export class ValidationError extends ServiceError {
  constructor(issues: { path: string; message: string }[], message?: string) {
    super('VALIDATION_FAILED', message ?? ERROR_MESSAGES.VALIDATION_FAILED, issues);
  }
}
export class ForbiddenError extends ServiceError {
  constructor(message?: string, code: 'FORBIDDEN' | 'OUT_OF_SCOPE' = 'FORBIDDEN') {
    super(code, message);
  }
}
export class NotFoundError extends ServiceError {
  constructor(message?: string) {
    super('NOT_FOUND', message);
  }
}

/** The one table mapping error codes to HTTP status. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  INVALID_DATE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_NATIONAL_ID: 409,
  DUPLICATE_STAFF_CODE: 409,
  DUPLICATE_CODE: 409,
  DUPLICATE_USERNAME: 409,
  MOVEMENT_NOT_DRAFT: 409,
  MOVEMENT_NOT_ACTIVE: 409,
  MOVEMENT_ALREADY_CLOSED: 409,
  MOVEMENT_SLUG_TAKEN: 409,
  REGISTRATION_NOT_EDITABLE: 409,
  DUPLICATE_SLUG: 409,
  EXEMPLAR_CONSENT_REQUIRED: 409,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  RATE_LIMITED: 429,
  MEETING_NOT_DRAFT: 409,
  MEETING_NOT_VOTING: 409,
  QUORUM_NOT_MET: 409,
  NOT_COUNCIL_MEMBER: 403,
  MEMBER_RECUSED: 403,
  TOKEN_ALREADY_ISSUED: 409,
  WRITTEN_VOTE_EXISTS: 409,
  BALLOT_SIGNATURE_INVALID: 403,
  BALLOT_TOKEN_USED: 409,
  METHOD_NOT_PAPER: 409,
  METHOD_NOT_ONLINE: 409,
  PAPER_COUNT_MISMATCH: 409,
  WRITTEN_VOTE_UNCONFIRMED: 409,
  BALLOTS_NOT_PUBLISHED: 409,
  PAPER_COUNT_INCOMPLETE: 409,
  WRITTEN_VOTE_SAME_OFFICER: 409,
  TOO_MANY_BALLOTS: 409,
  SIGNER_NOT_AUTHORIZED: 422,
  INVALID_TRANSITION: 409,
  NO_PASSED_NOMINATIONS: 409,
  NOMINATION_IN_OTHER_DECISION: 409,
  DOSSIER_EMPTY: 422,
  DOSSIER_INCOMPLETE: 422,
  DEADLINE_PASSED: 422,
  DUPLICATE_NOMINEE: 409,
  SIMPLIFIED_PROCEDURE_NOT_ALLOWED: 422,
  RECEIVING_UNIT_NOT_SUPERIOR: 422,
  CONSULTATION_OPEN: 409,
  CONSULTATION_REQUIRED: 409,
  CONSULTATION_CLOSED: 409,
  POSTING_TOO_SHORT: 422,
  SPAM_SUSPECTED: 400,
  SCORING_ROUND_STATE: 409,
  TEMPLATE_IN_USE: 409,
  APPEAL_WINDOW_CLOSED: 409,
  APPEALS_PENDING: 409,
  INTERNAL: 500,
};

/** Turns a zod error into our issue list (path joined with dots). */
export function zodIssues(err: { issues: { path: PropertyKey[]; message: string }[] }) {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses input with a zod schema; throws VALIDATION_FAILED with Vietnamese issues. */
export function parseInput<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  input: unknown,
): T {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(zodIssues(r.error));
  return r.data;
}
