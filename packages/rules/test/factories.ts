/** Test factories: each test builds its own facts. */
type Json = Record<string, unknown>;

export interface YearOpts {
  initiatives?: { kind: string; scope: string }[];
  discipline?: unknown;
  absences?: { kind: string; from: string; to: string; compliant: boolean }[];
  transfer?: { monthsAtPreviousUnit: number; previousUnitOpinion?: boolean };
}

/** A year entry of an individual. */
export function yr(year: number, rating: string | null, titles: string[] = [], opts: YearOpts = {}): Json {
  return {
    year,
    rating,
    titles,
    initiatives: opts.initiatives ?? [],
    discipline: opts.discipline ?? null,
    absences: opts.absences ?? [],
    ...(opts.transfer ? { transfer: opts.transfer } : {}),
  };
}

export const SK = (scope = 'CO_SO'): { kind: string; scope: string } => ({ kind: 'SANG_KIEN', scope });
export const DT = (scope = 'CO_SO'): { kind: string; scope: string } => ({ kind: 'DE_TAI_KHCN', scope });

/** Years from..to with the same rating and titles. */
export function run(
  from: number,
  to: number,
  rating: string,
  titles: string[] = [],
  opts: YearOpts = {},
): Json[] {
  const out: Json[] = [];
  for (let y = from; y <= to; y++) out.push(yr(y, rating, titles, opts));
  return out;
}

export function award(code: string, periodTo: number, extra: Json = {}): Json {
  return {
    code,
    periodFrom: periodTo,
    periodTo,
    decidedOn: `${periodTo + 1}-02-10`,
    type: 'THUONG_XUYEN',
    ...extra,
  };
}

export function person(years: Json[], extra: Json = {}): Json {
  return { kind: 'INDIVIDUAL', recruitedOn: '2010-01-01', years, awards: [], ...extra };
}

export function members(
  total: number,
  completed: number,
  ldtt: number,
  cstdCoSo: number,
  disciplinedCanhCaoOrAbove = 0,
): Json {
  return { total, completed, ldtt, cstdCoSo, disciplinedCanhCaoOrAbove };
}

export function collective(years: Json[], extra: Json = {}): Json {
  return { kind: 'COLLECTIVE', years, awards: [], ...extra };
}

export function cyr(year: number, rating: string | null, m: Json | null, extra: Json = {}): Json {
  return { year, rating, titles: [], members: m, ledCluster: null, ...extra };
}

export function community(kind: 'COMMUNE' | 'VILLAGE' | 'HOUSEHOLD', year: number, facts: Json): Json {
  return { kind, years: [{ year, ...facts }], awards: [] };
}

export function elig(
  target: string,
  proposedOn: string,
  achievementYear: number,
  subject: Json,
  extra: Json = {},
): Json {
  return { op: 'eligibility', target, proposedOn, achievementYear, subject, ...extra };
}
