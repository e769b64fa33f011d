/**
 * Cluster scoring aggregation (chấm điểm thi đua cụm/khối): pure, no DB, no clock.
 *
 * Per unit and criterion, the cross-scores (chấm chéo) of the other units are combined by a robust method, then
 * mixed with the unit's own score (tự chấm) by a configurable weight. Criterion values are rounded to hundredths
 * and summed exactly (integer hundredths) by criteria group and in total, so equal totals are really equal.
 * Ranking is by total, ties broken by the criteria groups in template order (or left as shared ranks).
 * A score of a unit on itself is its self-score, never a cross-score; scores of a recused scorer
 * (xung đột lợi ích) on a target are excluded.
 */

export type AggregationMethod =
  { kind: 'MEAN' } | { kind: 'DROP_HIGH_LOW' } | { kind: 'MEDIAN' } | { kind: 'TRIMMED'; k: number };

export type TieBreak = 'GROUP_ORDER' | 'NONE';

export interface AggregationConfig {
  method: AggregationMethod;
  /** Share of the self-score in a criterion value, 0..1 (0 = self-scores are shown but do not count). */
  selfWeight: number;
  tieBreak: TieBreak;
}

export interface AggregateUnit {
  id: string;
  name: string;
}
export interface AggregateGroup {
  id: string;
  name: string;
}
export interface AggregateCriterion {
  id: string;
  groupId: string;
  name: string;
  maxPoints: number;
}
export interface AggregateScore {
  scorerId: string;
  targetId: string;
  criterionId: string;
  points: number;
}
export interface AggregateInput {
  units: AggregateUnit[];
  groups: AggregateGroup[];
  criteria: AggregateCriterion[];
  scores: AggregateScore[];
  /** Declared conflicts of interest: the scorer's scores on the target are excluded. */
  recusals?: { scorerId: string; targetId: string }[];
  config: AggregationConfig;
}

export interface GroupTotal {
  groupId: string;
  name: string;
  points: number;
  maxPoints: number;
}

export interface RankedUnit {
  unitId: string;
  name: string;
  /** Standard competition rank (1, 1, 3 …) after tie-breaking. */
  rank: number;
  total: number;
  maxTotal: number;
  groups: GroupTotal[];
  /** Criteria with no usable cross-score (their cross-score part counted 0). */
  criteriaWithoutCrossScores: number;
  /** Criteria the unit did not self-score (its cross-score part was used in full). */
  criteriaWithoutSelfScore: number;
  /** Why this rank, in Vietnamese: ties and how they were broken. Empty when the total alone decides. */
  tie: string | null;
}

export type ScoreStatus = 'USED' | 'DROPPED_HIGH' | 'DROPPED_LOW' | 'RECUSED';

export interface CriterionExplanation {
  criterionId: string;
  name: string;
  maxPoints: number;
  crossScores: { scorerId: string; points: number; status: ScoreStatus }[];
  selfScore: number | null;
  /** Result of the robust method over the used cross-scores, null when there are none. */
  crossAggregate: number | null;
  value: number;
  note: string;
}

export interface AggregateResult {
  config: AggregationConfig;
  /** The method in one Vietnamese sentence, for the results page. */
  methodText: string;
  ranking: RankedUnit[];
  /** Per-criterion detail for one unit, computed on demand. */
  explain(unitId: string): CriterionExplanation[];
}

/** Input the engine cannot aggregate (the service layer rejects these before they are stored). */
export class AggregateInputError extends Error {
  constructor(
    readonly code:
      'UNKNOWN_UNIT' | 'UNKNOWN_CRITERION' | 'POINTS_OUT_OF_RANGE' | 'DUPLICATE_SCORE' | 'BAD_CONFIG',
    message: string,
  ) {
    super(message);
  }
}

const fmt = (x: number) => (Math.round(x * 100) / 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** One Vietnamese sentence describing how a criterion value is computed. */
export function describeMethod(config: AggregationConfig): string {
  const m = config.method;
  const cross =
    m.kind === 'MEAN'
      ? 'trung bình cộng điểm chấm chéo'
      : m.kind === 'MEDIAN'
        ? 'trung vị điểm chấm chéo'
        : m.kind === 'DROP_HIGH_LOW'
          ? 'trung bình cộng điểm chấm chéo sau khi bỏ 1 điểm cao nhất và 1 điểm thấp nhất (khi có từ 3 điểm trở lên)'
          : `trung bình cộng điểm chấm chéo sau khi bỏ ${m.k} điểm cao nhất và ${m.k} điểm thấp nhất (khi có nhiều hơn ${2 * m.k} điểm; nếu không thì lấy trung vị)`;
  const pct = Math.round(config.selfWeight * 10000) / 100;
  const self =
    config.selfWeight === 0
      ? 'điểm tự chấm chỉ để đối chiếu, không tính vào kết quả'
      : `điểm tự chấm chiếm ${pct.toLocaleString('vi-VN')}%, điểm chấm chéo chiếm ${(100 - pct).toLocaleString('vi-VN')}%; đơn vị không tự chấm thì lấy toàn bộ điểm chấm chéo`;
  const tie =
    config.tieBreak === 'GROUP_ORDER'
      ? 'Bằng tổng điểm thì so sánh lần lượt điểm từng nhóm tiêu chí theo thứ tự trong mẫu; vẫn bằng thì đồng hạng.'
      : 'Bằng tổng điểm thì đồng hạng.';
  return (
    `Điểm mỗi tiêu chí = ${cross}; ${self}. Đơn vị không chấm điểm cho chính mình; ` +
    `điểm của đơn vị chấm đã khai báo xung đột lợi ích với đơn vị được chấm bị loại. ` +
    `Điểm tiêu chí làm tròn đến 2 chữ số thập phân, cộng theo nhóm và tổng. ${tie}`
  );
}

function checkConfig(config: AggregationConfig) {
  if (!(config.selfWeight >= 0 && config.selfWeight <= 1))
    throw new AggregateInputError('BAD_CONFIG', 'Tỷ trọng điểm tự chấm phải từ 0 đến 1.');
  if (config.method.kind === 'TRIMMED' && !(Number.isInteger(config.method.k) && config.method.k >= 1))
    throw new AggregateInputError('BAD_CONFIG', 'Số điểm bỏ mỗi đầu phải là số nguyên từ 1.');
}

/** Trim count per end for a cell of n cross-scores; -1 means "use the median". */
function trimFor(method: AggregationMethod, n: number): number {
  switch (method.kind) {
    case 'MEAN':
      return 0;
    case 'MEDIAN':
      return -1;
    case 'DROP_HIGH_LOW':
      return n >= 3 ? 1 : 0;
    case 'TRIMMED':
      return n > 2 * method.k ? method.k : -1;
  }
}

/** Robust value of sorted[lo..hi) (ascending). */
function robust(sorted: Float64Array, lo: number, hi: number, method: AggregationMethod): number {
  const n = hi - lo;
  const t = trimFor(method, n);
  if (t < 0) {
    const mid = lo + (n >> 1);
    return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  let s = 0;
  for (let i = lo + t; i < hi - t; i++) s += sorted[i]!;
  return s / (n - 2 * t);
}

/** Aggregates a round's scores into criterion values, group totals and a ranking. */
export function aggregateScores(input: AggregateInput): AggregateResult {
  const { units, groups, criteria, scores, config } = input;
  checkConfig(config);
  const nU = units.length;
  const nC = criteria.length;
  const nG = groups.length;
  const unitIx = new Map<string, number>();
  units.forEach((u, i) => unitIx.set(u.id, i));
  const groupIx = new Map<string, number>();
  groups.forEach((g, i) => groupIx.set(g.id, i));
  const critIx = new Map<string, number>();
  const critGroup = new Int32Array(nC);
  const critMax = new Float64Array(nC);
  criteria.forEach((c, i) => {
    critIx.set(c.id, i);
    const g = groupIx.get(c.groupId);
    if (g === undefined)
      throw new AggregateInputError(
        'UNKNOWN_CRITERION',
        `Tiêu chí "${c.name}" thuộc nhóm không có trong mẫu.`,
      );
    critGroup[i] = g;
    critMax[i] = c.maxPoints;
  });

  // Scorers are usually member units, but any id may score; give each a number.
  const scorerIx = new Map<string, number>(unitIx);
  const scorerIds: string[] = units.map((u) => u.id);
  const recused = new Set<number>();
  const nS0 = () => scorerIds.length;
  for (const r of input.recusals ?? []) {
    const t = unitIx.get(r.targetId);
    if (t === undefined) continue;
    let s = scorerIx.get(r.scorerId);
    if (s === undefined) {
      s = nS0();
      scorerIx.set(r.scorerId, s);
      scorerIds.push(r.scorerId);
    }
    recused.add(s * nU + t);
  }

  // Pass 1: classify each score; count cross-scores per (unit, criterion) cell.
  const nScores = scores.length;
  const cellOf = new Int32Array(nScores);
  const scorerOf = new Int32Array(nScores);
  const counts = new Int32Array(nU * nC + 1);
  const selfVal = new Float64Array(nU * nC).fill(NaN);
  const recusedScores: number[] = [];
  for (let i = 0; i < nScores; i++) {
    const sc = scores[i]!;
    const t = unitIx.get(sc.targetId);
    if (t === undefined)
      throw new AggregateInputError(
        'UNKNOWN_UNIT',
        `Điểm chấm cho đơn vị không thuộc cụm/khối (${sc.targetId}).`,
      );
    const c = critIx.get(sc.criterionId);
    if (c === undefined)
      throw new AggregateInputError('UNKNOWN_CRITERION', `Điểm chấm cho tiêu chí không có trong mẫu.`);
    const p = sc.points;
    if (!(p >= 0 && p <= critMax[c]!))
      throw new AggregateInputError(
        'POINTS_OUT_OF_RANGE',
        `Điểm ${p} của tiêu chí "${criteria[c]!.name}" ngoài khoảng 0–${critMax[c]}.`,
      );
    let s = scorerIx.get(sc.scorerId);
    if (s === undefined) {
      s = scorerIds.length;
      scorerIx.set(sc.scorerId, s);
      scorerIds.push(sc.scorerId);
    }
    const cell = t * nC + c;
    scorerOf[i] = s;
    if (s === t) {
      if (!Number.isNaN(selfVal[cell]!))
        throw new AggregateInputError('DUPLICATE_SCORE', 'Một đơn vị tự chấm hai lần cùng một tiêu chí.');
      selfVal[cell] = p;
      cellOf[i] = -1;
    } else if (recused.has(s * nU + t)) {
      cellOf[i] = -2;
      recusedScores.push(i);
    } else {
      cellOf[i] = cell;
      counts[cell + 1]!++;
    }
  }
  // Pass 2: cross-scores grouped by cell (CSR layout), each cell sorted ascending.
  const start = counts; // prefix sums in place: start[cell]..start[cell+1]
  for (let k = 1; k <= nU * nC; k++) start[k]! += start[k - 1]!;
  const vals = new Float64Array(start[nU * nC]!);
  const who = new Int32Array(vals.length);
  const fill = start.slice(0, nU * nC);
  for (let i = 0; i < nScores; i++) {
    const cell = cellOf[i]!;
    if (cell < 0) continue;
    const at = fill[cell]!++;
    vals[at] = scores[i]!.points;
    who[at] = scorerOf[i]!;
  }
  for (let cell = 0; cell < nU * nC; cell++) {
    const lo = start[cell]!;
    const hi = start[cell + 1]!;
    for (let i = lo + 1; i < hi; i++) {
      const v = vals[i]!;
      const w = who[i]!;
      let j = i - 1;
      // Ties sorted by scorer number so the dropped score is always the same one.
      while (j >= lo && (vals[j]! > v || (vals[j] === v && who[j]! > w))) {
        vals[j + 1] = vals[j]!;
        who[j + 1] = who[j]!;
        j--;
      }
      vals[j + 1] = v;
      who[j + 1] = w;
    }
    if (hi - lo > 1) {
      // Duplicate cross-score by one scorer on one cell.
      const seen = new Set<number>();
      for (let i = lo; i < hi; i++) {
        if (seen.has(who[i]!))
          throw new AggregateInputError(
            'DUPLICATE_SCORE',
            'Một đơn vị chấm hai lần cùng một tiêu chí của cùng một đơn vị.',
          );
        seen.add(who[i]!);
      }
    }
  }

  // Criterion values in integer hundredths; totals by group and overall.
  const w = config.selfWeight;
  const groupHund = new Float64Array(nU * nG);
  const totalHund = new Float64Array(nU);
  const noCross = new Int32Array(nU);
  const noSelf = new Int32Array(nU);
  const valueOf = (cell: number): { cross: number | null; self: number | null; value: number } => {
    const lo = start[cell]!;
    const hi = start[cell + 1]!;
    const cross = hi > lo ? robust(vals, lo, hi, config.method) : null;
    const sv = selfVal[cell]!;
    const self = Number.isNaN(sv) ? null : sv;
    const crossPart = cross ?? 0;
    const value = self === null ? crossPart : w * self + (1 - w) * crossPart;
    return { cross, self, value: Math.round(value * 100) / 100 };
  };
  for (let t = 0; t < nU; t++) {
    for (let c = 0; c < nC; c++) {
      const cell = t * nC + c;
      const lo = start[cell]!;
      const hi = start[cell + 1]!;
      const sv = selfVal[cell]!;
      let cross = 0;
      if (hi > lo) cross = robust(vals, lo, hi, config.method);
      else if (w < 1) noCross[t]!++;
      let v: number;
      if (Number.isNaN(sv)) {
        if (w > 0) noSelf[t]!++;
        v = cross;
      } else v = w * sv + (1 - w) * cross;
      const h = Math.round(v * 100);
      groupHund[t * nG + critGroup[c]!]! += h;
      totalHund[t]! += h;
    }
  }

  const groupMax = new Float64Array(nG);
  for (let c = 0; c < nC; c++) groupMax[critGroup[c]!]! += Math.round(critMax[c]! * 100);
  let maxTotalHund = 0;
  for (let g = 0; g < nG; g++) maxTotalHund += groupMax[g]!;

  // Ranking: total desc, then (GROUP_ORDER) group totals in template order, then name for display order.
  const order = Array.from({ length: nU }, (_, i) => i);
  const byGroups = (a: number, b: number): number => {
    if (config.tieBreak !== 'GROUP_ORDER') return 0;
    for (let g = 0; g < nG; g++) {
      const d = groupHund[b * nG + g]! - groupHund[a * nG + g]!;
      if (d !== 0) return d;
    }
    return 0;
  };
  const collator = new Intl.Collator('vi');
  order.sort(
    (a, b) =>
      totalHund[b]! - totalHund[a]! ||
      byGroups(a, b) ||
      collator.compare(units[a]!.name, units[b]!.name) ||
      (units[a]!.id < units[b]!.id ? -1 : units[a]!.id > units[b]!.id ? 1 : 0),
  );

  const ranking: RankedUnit[] = [];
  for (let k = 0; k < nU; k++) {
    const t = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    const sharesRank = prev >= 0 && totalHund[prev] === totalHund[t] && byGroups(prev, t) === 0;
    const rank = sharesRank ? ranking[k - 1]!.rank : k + 1;
    ranking.push({
      unitId: units[t]!.id,
      name: units[t]!.name,
      rank,
      total: totalHund[t]! / 100,
      maxTotal: maxTotalHund / 100,
      groups: groups.map((g, gi) => ({
        groupId: g.id,
        name: g.name,
        points: groupHund[t * nG + gi]! / 100,
        maxPoints: groupMax[gi]! / 100,
      })),
      criteriaWithoutCrossScores: noCross[t]!,
      criteriaWithoutSelfScore: noSelf[t]!,
      tie: null,
    });
  }
  explainTies(ranking, order, totalHund, groupHund, nG, groups, config.tieBreak);

  return {
    config,
    methodText: describeMethod(config),
    ranking,
    explain(unitId: string): CriterionExplanation[] {
      const t = unitIx.get(unitId);
      if (t === undefined) return [];
      return criteria.map((c, ci) => {
        const cell = t * nC + ci;
        const lo = start[cell]!;
        const hi = start[cell + 1]!;
        const n = hi - lo;
        const trim = trimFor(config.method, n);
        const crossScores: CriterionExplanation['crossScores'] = [];
        for (let i = lo; i < hi; i++) {
          let status: ScoreStatus = 'USED';
          if (trim > 0 && i - lo < trim) status = 'DROPPED_LOW';
          else if (trim > 0 && hi - i <= trim) status = 'DROPPED_HIGH';
          else if (trim < 0 && n > 2) {
            // Median: only the middle one or two are used.
            const mid = n >> 1;
            const pos = i - lo;
            const used = n % 2 === 1 ? pos === mid : pos === mid || pos === mid - 1;
            if (!used) status = pos < mid ? 'DROPPED_LOW' : 'DROPPED_HIGH';
          }
          crossScores.push({ scorerId: scorerIds[who[i]!]!, points: vals[i]!, status });
        }
        for (const i of recusedScores) {
          const sc = scores[i]!;
          if (sc.targetId === unitId && sc.criterionId === c.id)
            crossScores.push({ scorerId: sc.scorerId, points: sc.points, status: 'RECUSED' });
        }
        const v = valueOf(cell);
        const notes: string[] = [];
        if (v.cross === null && w < 1) notes.push('Chưa có điểm chấm chéo: phần chấm chéo tính 0 điểm.');
        if (v.self === null && w > 0 && v.cross !== null)
          notes.push('Đơn vị không tự chấm: lấy toàn bộ điểm chấm chéo.');
        if (crossScores.some((s) => s.status === 'RECUSED'))
          notes.push('Có điểm bị loại do đơn vị chấm khai báo xung đột lợi ích.');
        if (v.cross !== null) {
          const parts = [`Điểm chấm chéo tổng hợp ${fmt(v.cross)}`];
          if (v.self !== null && w > 0) parts.push(`tự chấm ${fmt(v.self)}`);
          notes.unshift(`${parts.join(', ')} → ${fmt(v.value)}/${fmt(c.maxPoints)} điểm.`);
        } else if (v.self !== null) {
          notes.unshift(`Tự chấm ${fmt(v.self)} → ${fmt(v.value)}/${fmt(c.maxPoints)} điểm.`);
        }
        return {
          criterionId: c.id,
          name: c.name,
          maxPoints: c.maxPoints,
          crossScores,
          selfScore: v.self,
          crossAggregate: v.cross === null ? null : Math.round(v.cross * 10000) / 10000,
          value: v.value,
          note: notes.join(' '),
        };
      });
    },
  };
}

function explainTies(
  ranking: RankedUnit[],
  order: number[],
  totalHund: Float64Array,
  groupHund: Float64Array,
  nG: number,
  groups: AggregateGroup[],
  tieBreak: TieBreak,
) {
  let k = 0;
  while (k < order.length) {
    let e = k + 1;
    while (e < order.length && totalHund[order[e]!] === totalHund[order[k]!]) e++;
    if (e - k > 1) {
      const total = fmt(totalHund[order[k]!]! / 100);
      for (let i = k; i < e; i++) {
        const r = ranking[i]!;
        const others = ranking
          .slice(k, e)
          .filter((_, j) => j + k !== i)
          .map((x) => x.name);
        const sameRank = ranking.slice(k, e).filter((x) => x.rank === r.rank && x !== r);
        let text = `Bằng tổng điểm ${total} với ${others.join(', ')}.`;
        const decider = (a: number, b: number): number => {
          for (let g = 0; g < nG; g++) if (groupHund[a * nG + g] !== groupHund[b * nG + g]) return g;
          return -1;
        };
        const pts = (u: number, g: number) => fmt(groupHund[u * nG + g]! / 100);
        if (i > k && ranking[i - 1]!.rank < r.rank) {
          const g = decider(order[i - 1]!, order[i]!);
          text += ` Xếp sau ${ranking[i - 1]!.name} do điểm nhóm "${groups[g]!.name}" thấp hơn (${pts(order[i]!, g)} < ${pts(order[i - 1]!, g)}).`;
        }
        if (i < e - 1 && ranking[i + 1]!.rank > r.rank) {
          const g = decider(order[i]!, order[i + 1]!);
          text += ` Xếp trên ${ranking[i + 1]!.name} do điểm nhóm "${groups[g]!.name}" cao hơn (${pts(order[i]!, g)} > ${pts(order[i + 1]!, g)}).`;
        }
        if (sameRank.length > 0)
          text += ` Đồng hạng ${r.rank} với ${sameRank.map((x) => x.name).join(', ')}${tieBreak === 'GROUP_ORDER' ? ' (bằng điểm mọi nhóm tiêu chí)' : ''}.`;
        r.tie = text;
      }
    }
    k = e;
  }
}
