/**
 * Hand-written request validation (the package has no runtime dependencies). Every failure names the field
 * in Vietnamese, with a stable error code from the contract.
 */
import {
  ABSENCE_KINDS,
  AWARD_TYPES,
  DISCIPLINES,
  INITIATIVE_KINDS,
  INITIATIVE_SCOPES,
  RATINGS,
  SUBJECT_KINDS,
  isCode,
  type Code,
} from './codes.js';
import { parseDay, yearOf, type Day } from './dates.js';
import type {
  AbsenceFact,
  AwardFact,
  DisciplineFact,
  ErrorBody,
  InitiativeFact,
  MembersFact,
  MovementFact,
  SubjectFacts,
  TransferFact,
  YearFact,
} from './types.js';

export class RequestError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
  }
}

export const fail = (code: ErrorBody['code'], field: string, message: string): never => {
  throw new RequestError({ code, message, field });
};

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const has = (o: Obj, k: string): boolean => o[k] !== undefined && o[k] !== null;

export function reqObj(o: Obj, k: string, path: string): Obj {
  const v = o[k];
  if (v === undefined || v === null) fail('MISSING_FIELD', path, `Thiếu trường bắt buộc '${path}'.`);
  if (!isObj(v)) fail('INVALID_REQUEST', path, `Trường '${path}' phải là một đối tượng.`);
  return v as Obj;
}

export function reqDate(o: Obj, k: string, path: string): Day {
  if (!has(o, k)) fail('MISSING_FIELD', path, `Thiếu trường bắt buộc '${path}' (ngày dạng YYYY-MM-DD).`);
  return dateValue(o[k], path);
}

export function optDate(o: Obj, k: string, path: string): Day | null {
  return has(o, k) ? dateValue(o[k], path) : null;
}

function dateValue(v: unknown, path: string): Day {
  const d = parseDay(v);
  if (d === null) {
    fail(
      'INVALID_DATE',
      path,
      `Trường '${path}' không phải ngày hợp lệ dạng YYYY-MM-DD: ${JSON.stringify(v)}.`,
    );
  }
  return d as Day;
}

export function reqInt(o: Obj, k: string, path: string, min = 0, max = 1e12): number {
  if (!has(o, k)) fail('MISSING_FIELD', path, `Thiếu trường bắt buộc '${path}' (số nguyên).`);
  return intValue(o[k], path, min, max);
}

export function optInt(o: Obj, k: string, path: string, min = 0, max = 1e12): number | null {
  return has(o, k) ? intValue(o[k], path, min, max) : null;
}

function intValue(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    fail(
      'INVALID_REQUEST',
      path,
      `Trường '${path}' phải là số nguyên từ ${min} đến ${max}: ${JSON.stringify(v)}.`,
    );
  }
  return v as number;
}

export function optBool(o: Obj, k: string, path: string): boolean | null {
  if (!has(o, k)) return null;
  if (typeof o[k] !== 'boolean') fail('INVALID_REQUEST', path, `Trường '${path}' phải là true hoặc false.`);
  return o[k] as boolean;
}

export function optString(o: Obj, k: string, path: string): string | null {
  if (!has(o, k)) return null;
  if (typeof o[k] !== 'string') fail('INVALID_REQUEST', path, `Trường '${path}' phải là chuỗi ký tự.`);
  return o[k] as string;
}

export function oneOf<T extends string>(list: readonly { code: T }[], v: unknown, path: string): T {
  if (typeof v !== 'string') fail('INVALID_REQUEST', path, `Trường '${path}' phải là một mã (chuỗi ký tự).`);
  const found = list.find((e) => e.code === v);
  if (!found) fail('UNKNOWN_CODE', path, `Mã '${String(v)}' ở trường '${path}' không có trong danh mục.`);
  return (found as { code: T }).code;
}

export function reqOneOf<T extends string>(o: Obj, k: string, path: string, list: readonly { code: T }[]): T {
  if (!has(o, k)) fail('MISSING_FIELD', path, `Thiếu trường bắt buộc '${path}'.`);
  return oneOf(list, o[k], path);
}

export function reqCode(o: Obj, k: string, path: string): Code {
  if (!has(o, k))
    fail('MISSING_FIELD', path, `Thiếu trường bắt buộc '${path}' (mã danh hiệu hoặc hình thức khen thưởng).`);
  const v = o[k];
  if (typeof v !== 'string') fail('INVALID_REQUEST', path, `Trường '${path}' phải là một mã (chuỗi ký tự).`);
  if (!isCode(v as string)) {
    fail(
      'UNKNOWN_CODE',
      path,
      `Mã '${String(v)}' ở trường '${path}' không phải danh hiệu thi đua hoặc hình thức khen thưởng đã biết.`,
    );
  }
  return v as Code;
}

function arr(o: Obj, k: string, path: string): unknown[] {
  if (!has(o, k)) return [];
  if (!Array.isArray(o[k])) fail('INVALID_REQUEST', path, `Trường '${path}' phải là một mảng.`);
  return o[k] as unknown[];
}

function itemObj(v: unknown, path: string): Obj {
  if (!isObj(v)) fail('INVALID_REQUEST', path, `Phần tử '${path}' phải là một đối tượng.`);
  return v as Obj;
}

function parseDiscipline(v: unknown, path: string): DisciplineFact | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return { level: oneOf(DISCIPLINES, v, path), from: null, to: null };
  const o = itemObj(v, path);
  return {
    level: reqOneOf(o, 'level', `${path}.level`, DISCIPLINES),
    from: optDate(o, 'from', `${path}.from`),
    to: optDate(o, 'to', `${path}.to`),
  };
}

function parseMembers(v: unknown, path: string): MembersFact | null {
  if (v === null || v === undefined) return null;
  const o = itemObj(v, path);
  const total = reqInt(o, 'total', `${path}.total`);
  const m: MembersFact = {
    total,
    completed: reqInt(o, 'completed', `${path}.completed`, 0, total),
    ldtt: reqInt(o, 'ldtt', `${path}.ldtt`, 0, total),
    cstdCoSo: reqInt(o, 'cstdCoSo', `${path}.cstdCoSo`, 0, total),
    disciplinedCanhCaoOrAbove:
      optInt(o, 'disciplinedCanhCaoOrAbove', `${path}.disciplinedCanhCaoOrAbove`, 0, total) ?? 0,
  };
  return m;
}

function parseTransfer(v: unknown, path: string): TransferFact | null {
  if (v === null || v === undefined) return null;
  const o = itemObj(v, path);
  return {
    monthsAtPreviousUnit: reqInt(o, 'monthsAtPreviousUnit', `${path}.monthsAtPreviousUnit`, 0, 12),
    previousUnitOpinion: optBool(o, 'previousUnitOpinion', `${path}.previousUnitOpinion`) ?? false,
  };
}

const CLUSTERS = [{ code: 'BO_TINH' }, { code: 'TRUNG_UONG' }] as const;
const LAUNCHERS = [{ code: 'THU_TUONG' }, { code: 'BO_TINH' }] as const;

function parseYear(v: unknown, path: string): YearFact {
  const o = itemObj(v, path);
  const year = reqInt(o, 'year', `${path}.year`, 1945, 2200);
  const titles = arr(o, 'titles', `${path}.titles`).map((t, j) => {
    const p = `${path}.titles[${j}]`;
    if (typeof t !== 'string') fail('INVALID_REQUEST', p, `Phần tử '${p}' phải là mã danh hiệu.`);
    if (!isCode(t as string))
      fail('UNKNOWN_CODE', p, `Mã '${String(t)}' ở trường '${p}' không có trong danh mục.`);
    return t as Code;
  });
  const initiatives = arr(o, 'initiatives', `${path}.initiatives`).map((x, j): InitiativeFact => {
    const p = `${path}.initiatives[${j}]`;
    const io = itemObj(x, p);
    return {
      kind: reqOneOf(io, 'kind', `${p}.kind`, INITIATIVE_KINDS),
      scope: reqOneOf(io, 'scope', `${p}.scope`, INITIATIVE_SCOPES),
    };
  });
  const absences = arr(o, 'absences', `${path}.absences`).map((x, j): AbsenceFact => {
    const p = `${path}.absences[${j}]`;
    const ao = itemObj(x, p);
    const from = reqDate(ao, 'from', `${p}.from`);
    const to = reqDate(ao, 'to', `${p}.to`);
    if (to < from) fail('INVALID_DATE', `${p}.to`, `Trường '${p}.to' phải không sớm hơn '${p}.from'.`);
    return {
      kind: reqOneOf(ao, 'kind', `${p}.kind`, ABSENCE_KINDS),
      from,
      to,
      compliant: optBool(ao, 'compliant', `${p}.compliant`) ?? false,
    };
  });
  return {
    year,
    rating: has(o, 'rating') ? oneOf(RATINGS, o.rating, `${path}.rating`) : null,
    titles,
    initiatives,
    discipline: parseDiscipline(o.discipline, `${path}.discipline`),
    absences,
    transfer: parseTransfer(o.transfer, `${path}.transfer`),
    members: parseMembers(o.members, `${path}.members`),
    ledCluster: has(o, 'ledCluster') ? oneOf(CLUSTERS, o.ledCluster, `${path}.ledCluster`) : null,
    ledDistrictMovement: optBool(o, 'ledDistrictMovement', `${path}.ledDistrictMovement`),
    criteriaMet: optBool(o, 'criteriaMet', `${path}.criteriaMet`),
  };
}

function parseAward(v: unknown, path: string): AwardFact {
  const o = itemObj(v, path);
  const code = reqCode(o, 'code', `${path}.code`);
  const decidedOn = optDate(o, 'decidedOn', `${path}.decidedOn`);
  const periodFrom = optInt(o, 'periodFrom', `${path}.periodFrom`, 1945, 2200);
  let periodTo = optInt(o, 'periodTo', `${path}.periodTo`, 1945, 2200);
  if (periodTo === null) {
    // NĐ 98/2023 Điều 30 kh9: no period in the decision → count from the decision's issue date.
    if (decidedOn === null) {
      fail(
        'MISSING_FIELD',
        `${path}.periodTo`,
        `Thiếu trường '${path}.periodTo' (hoặc '${path}.decidedOn') để xác định thời gian lập thành tích.`,
      );
    }
    periodTo = yearOf(decidedOn as Day);
  }
  if (periodFrom !== null && periodFrom > periodTo) {
    fail(
      'INVALID_REQUEST',
      `${path}.periodFrom`,
      `Trường '${path}.periodFrom' không được sau '${path}.periodTo'.`,
    );
  }
  return {
    code,
    decidedOn,
    periodFrom,
    periodTo,
    type: has(o, 'type') ? oneOf(AWARD_TYPES, o.type, `${path}.type`) : 'THUONG_XUYEN',
    achievement: optString(o, 'achievement', `${path}.achievement`),
  };
}

/** Parses `subject`, keeping only year entries up to `achievementYear` (contract). */
export function parseSubject(o: Obj, achievementYear: number): SubjectFacts {
  const s = reqObj(o, 'subject', 'subject');
  const kind = reqOneOf(s, 'kind', 'subject.kind', SUBJECT_KINDS);
  const years = arr(s, 'years', 'subject.years')
    .map((y, j) => parseYear(y, `subject.years[${j}]`))
    .filter((y) => y.year <= achievementYear)
    .sort((a, b) => a.year - b.year);
  for (let j = 1; j < years.length; j++) {
    if (years[j]!.year === years[j - 1]!.year) {
      fail(
        'INVALID_REQUEST',
        'subject.years',
        `Năm ${years[j]!.year} xuất hiện nhiều lần trong 'subject.years'.`,
      );
    }
  }
  const awards = arr(s, 'awards', 'subject.awards').map((a, j) => parseAward(a, `subject.awards[${j}]`));
  const ledMovements = arr(s, 'ledMovements', 'subject.ledMovements').map((m, j): MovementFact => {
    const p = `subject.ledMovements[${j}]`;
    const mo = itemObj(m, p);
    return {
      launchedBy: reqOneOf(mo, 'launchedBy', `${p}.launchedBy`, LAUNCHERS),
      months: reqInt(mo, 'months', `${p}.months`, 0, 1200),
      reviewedOn: reqDate(mo, 'reviewedOn', `${p}.reviewedOn`),
    };
  });
  return {
    kind,
    recruitedOn: optDate(s, 'recruitedOn', 'subject.recruitedOn'),
    dissolvedOn: optDate(s, 'dissolvedOn', 'subject.dissolvedOn'),
    years,
    awards,
    ledMovements,
    pendingReview: optBool(s, 'pendingReview', 'subject.pendingReview'),
  };
}
