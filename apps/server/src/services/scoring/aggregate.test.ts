import { describe, expect, it } from 'vitest';
import {
  aggregateScores,
  describeMethod,
  type AggregateInput,
  type AggregateScore,
  type AggregationConfig,
} from './aggregate';

const units = [
  { id: 'A', name: 'Phường An Khánh' },
  { id: 'B', name: 'Phường Bến Nghé' },
  { id: 'C', name: 'Phường Cầu Kho' },
  { id: 'D', name: 'Phường Đa Kao' },
  { id: 'E', name: 'Phường Tân Định' },
];
const groups = [
  { id: 'G1', name: 'Thực hiện nhiệm vụ' },
  { id: 'G2', name: 'Phong trào thi đua' },
];
const criteria = [
  { id: 'C1', groupId: 'G1', name: 'Chỉ tiêu kinh tế', maxPoints: 10 },
  { id: 'C2', groupId: 'G1', name: 'An sinh xã hội', maxPoints: 10 },
  { id: 'C3', groupId: 'G2', name: 'Tổ chức phong trào', maxPoints: 20 },
];
const MEAN: AggregationConfig = { method: { kind: 'MEAN' }, selfWeight: 0, tieBreak: 'GROUP_ORDER' };

const s = (scorerId: string, targetId: string, criterionId: string, points: number): AggregateScore => ({
  scorerId,
  targetId,
  criterionId,
  points,
});

/** Every other unit gives `points(scorer)` on every criterion of `target`. */
function allCross(target: string, points: (scorer: string, criterion: string) => number): AggregateScore[] {
  const out: AggregateScore[] = [];
  for (const u of units)
    if (u.id !== target) for (const c of criteria) out.push(s(u.id, target, c.id, points(u.id, c.id)));
  return out;
}

const run = (
  scores: AggregateScore[],
  config: AggregationConfig = MEAN,
  extra: Partial<AggregateInput> = {},
) => aggregateScores({ units, groups, criteria, scores, config, ...extra });
const row = (r: ReturnType<typeof run>, id: string) => r.ranking.find((x) => x.unitId === id)!;
const crit = (r: ReturnType<typeof run>, id: string, c: string) =>
  r.explain(id).find((x) => x.criterionId === c)!;

describe('aggregateScores — robust methods', () => {
  // Cross-scores on A's C1 from B..E: 2, 6, 7, 9.
  const onA: Record<string, number> = { B: 2, C: 6, D: 7, E: 9 };
  const scores = [...allCross('A', (u) => onA[u]!)];

  it('MEAN: trung bình cộng các điểm chấm chéo', () => {
    const r = run(scores);
    expect(crit(r, 'A', 'C1').value).toBe(6);
    expect(row(r, 'A').total).toBe(18);
  });

  it('DROP_HIGH_LOW: bỏ 1 điểm cao nhất và 1 điểm thấp nhất', () => {
    const r = run(scores, { ...MEAN, method: { kind: 'DROP_HIGH_LOW' } });
    const e = crit(r, 'A', 'C1');
    expect(e.value).toBe(6.5);
    expect(e.crossScores.map((x) => [x.scorerId, x.points, x.status])).toEqual([
      ['B', 2, 'DROPPED_LOW'],
      ['C', 6, 'USED'],
      ['D', 7, 'USED'],
      ['E', 9, 'DROPPED_HIGH'],
    ]);
  });

  it('DROP_HIGH_LOW với dưới 3 điểm thì lấy trung bình tất cả', () => {
    const r = run([s('B', 'A', 'C1', 4), s('C', 'A', 'C1', 9)], {
      ...MEAN,
      method: { kind: 'DROP_HIGH_LOW' },
    });
    expect(crit(r, 'A', 'C1').value).toBe(6.5);
    expect(crit(r, 'A', 'C1').crossScores.every((x) => x.status === 'USED')).toBe(true);
  });

  it('MEDIAN: trung vị với số điểm chẵn và lẻ', () => {
    const even = run(scores, { ...MEAN, method: { kind: 'MEDIAN' } });
    expect(crit(even, 'A', 'C1').value).toBe(6.5);
    expect(crit(even, 'A', 'C1').crossScores.map((x) => x.status)).toEqual([
      'DROPPED_LOW',
      'USED',
      'USED',
      'DROPPED_HIGH',
    ]);
    const odd = run(
      scores.filter((x) => x.scorerId !== 'E'),
      { ...MEAN, method: { kind: 'MEDIAN' } },
    );
    expect(crit(odd, 'A', 'C1').value).toBe(6);
  });

  it('TRIMMED k=1 cho cùng kết quả như DROP_HIGH_LOW', () => {
    const k1 = run(scores, { ...MEAN, method: { kind: 'TRIMMED', k: 1 } });
    expect(crit(k1, 'A', 'C1').value).toBe(6.5);
    expect(k1.explain('A')).toEqual(run(scores, { ...MEAN, method: { kind: 'DROP_HIGH_LOW' } }).explain('A'));
  });

  it('TRIMMED k=2 với 6 điểm bỏ 2 cao nhất và 2 thấp nhất', () => {
    const many = [...units, { id: 'F', name: 'Phường Võ Thị Sáu' }, { id: 'G', name: 'Phường Xuân Hòa' }];
    const pts: Record<string, number> = { B: 1, C: 3, D: 5, E: 6, F: 8, G: 10 };
    const r = aggregateScores({
      units: many,
      groups,
      criteria,
      scores: Object.entries(pts).map(([u, p]) => s(u, 'A', 'C1', p)),
      config: { ...MEAN, method: { kind: 'TRIMMED', k: 2 } },
    });
    const e = r.explain('A').find((x) => x.criterionId === 'C1')!;
    expect(e.value).toBe(5.5);
    expect(e.crossScores.filter((x) => x.status === 'USED').map((x) => x.scorerId)).toEqual(['D', 'E']);
    // Only 4 scores with k = 2: median (limit of trimming).
    const r4 = aggregateScores({
      units: many,
      groups,
      criteria,
      scores: ['B', 'C', 'D', 'E'].map((u) => s(u, 'A', 'C1', pts[u]!)),
      config: { ...MEAN, method: { kind: 'TRIMMED', k: 2 } },
    });
    expect(r4.explain('A')[0]!.value).toBe(4);
  });

  it('điểm bằng nhau: điểm bị bỏ luôn là của cùng một đơn vị chấm, dù thứ tự nhập khác', () => {
    const a = run([s('B', 'A', 'C1', 5), s('C', 'A', 'C1', 5), s('D', 'A', 'C1', 5)], {
      ...MEAN,
      method: { kind: 'DROP_HIGH_LOW' },
    });
    const b = run([s('D', 'A', 'C1', 5), s('C', 'A', 'C1', 5), s('B', 'A', 'C1', 5)], {
      ...MEAN,
      method: { kind: 'DROP_HIGH_LOW' },
    });
    expect(crit(a, 'A', 'C1').crossScores).toEqual(crit(b, 'A', 'C1').crossScores);
    expect(crit(a, 'A', 'C1').crossScores.map((x) => x.scorerId + x.status)).toEqual([
      'BDROPPED_LOW',
      'CUSED',
      'DDROPPED_HIGH',
    ]);
  });
});

describe('aggregateScores — tự chấm, xung đột lợi ích', () => {
  it('điểm đơn vị tự chấm cho mình là điểm tự chấm, không bao giờ là điểm chấm chéo', () => {
    const r = run([s('A', 'A', 'C1', 10), s('B', 'A', 'C1', 4)]);
    const e = crit(r, 'A', 'C1');
    expect(e.selfScore).toBe(10);
    expect(e.crossScores.map((x) => x.scorerId)).toEqual(['B']);
    // selfWeight 0: the self-score is shown but does not count.
    expect(e.value).toBe(4);
  });

  it('tỷ trọng tự chấm 20%: 0,2 × tự chấm + 0,8 × chấm chéo', () => {
    const r = run([s('A', 'A', 'C1', 10), s('B', 'A', 'C1', 4), s('C', 'A', 'C1', 6)], {
      ...MEAN,
      selfWeight: 0.2,
    });
    expect(crit(r, 'A', 'C1').value).toBe(6);
  });

  it('đơn vị không tự chấm thì lấy toàn bộ điểm chấm chéo, và được ghi rõ', () => {
    const r = run([s('B', 'A', 'C1', 4), s('C', 'A', 'C1', 6)], { ...MEAN, selfWeight: 0.2 });
    const e = crit(r, 'A', 'C1');
    expect(e.value).toBe(5);
    expect(e.note).toContain('không tự chấm');
    expect(row(r, 'A').criteriaWithoutSelfScore).toBe(3);
  });

  it('chưa có điểm chấm chéo: phần chấm chéo tính 0, tự chấm không thay được', () => {
    const r = run([s('A', 'A', 'C1', 10)], { ...MEAN, selfWeight: 0.3 });
    expect(crit(r, 'A', 'C1').value).toBe(3);
    expect(crit(r, 'A', 'C1').note).toContain('Chưa có điểm chấm chéo');
    expect(row(r, 'A').criteriaWithoutCrossScores).toBe(3);
  });

  it('điểm của đơn vị đã khai báo xung đột lợi ích bị loại và ghi rõ', () => {
    const scores = [s('B', 'A', 'C1', 10), s('C', 'A', 'C1', 4), s('D', 'A', 'C1', 6)];
    const r = run(scores, MEAN, { recusals: [{ scorerId: 'B', targetId: 'A' }] });
    const e = crit(r, 'A', 'C1');
    expect(e.value).toBe(5);
    expect(e.crossScores.find((x) => x.scorerId === 'B')!.status).toBe('RECUSED');
    expect(e.note).toContain('xung đột lợi ích');
    // The recusal concerns only that target: B's scores on C still count.
    const r2 = run([...scores, s('B', 'C', 'C1', 8)], MEAN, { recusals: [{ scorerId: 'B', targetId: 'A' }] });
    expect(crit(r2, 'C', 'C1').value).toBe(8);
  });
});

describe('aggregateScores — tổng theo nhóm, xếp hạng', () => {
  it('cộng theo nhóm tiêu chí và tổng, với điểm tối đa', () => {
    const r = run(allCross('A', (_u, c) => (c === 'C3' ? 15 : 8)));
    const a = row(r, 'A');
    expect(a.groups).toEqual([
      { groupId: 'G1', name: 'Thực hiện nhiệm vụ', points: 16, maxPoints: 20 },
      { groupId: 'G2', name: 'Phong trào thi đua', points: 15, maxPoints: 20 },
    ]);
    expect(a.total).toBe(31);
    expect(a.maxTotal).toBe(40);
  });

  it('điểm tiêu chí làm tròn 2 chữ số, tổng cộng chính xác (không sai số dấu phẩy động)', () => {
    // Means of 1/3 → 3.33; three such criteria sum to exactly 9.99 (not 9.990000000000002).
    const scores = ['C1', 'C2', 'C3'].flatMap((c) => [
      s('B', 'A', c, 3),
      s('C', 'A', c, 3),
      s('D', 'A', c, 4),
    ]);
    const r = run(scores);
    expect(crit(r, 'A', 'C1').value).toBe(3.33);
    expect(row(r, 'A').total).toBe(9.99);
    const r2 = run([s('B', 'A', 'C1', 0.1), s('B', 'A', 'C2', 0.2), s('B', 'C', 'C1', 0.3)]);
    expect(row(r2, 'A').total).toBe(row(r2, 'C').total);
    expect(row(r2, 'A').rank).toBe(row(r2, 'C').rank);
  });

  it('xếp hạng theo tổng điểm giảm dần', () => {
    const r = run([
      ...allCross('A', () => 5),
      ...allCross('B', () => 9),
      ...allCross('C', () => 7),
      ...allCross('D', () => 1),
      ...allCross('E', () => 3),
    ]);
    expect(r.ranking.map((x) => [x.unitId, x.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3],
      ['E', 4],
      ['D', 5],
    ]);
    expect(r.ranking.every((x) => x.tie === null)).toBe(true);
  });

  it('bằng tổng điểm: nhóm tiêu chí đứng trước quyết định, và được giải thích', () => {
    // A: G1 = 16, G2 = 10 (26); C: G1 = 12, G2 = 14 (26).
    const r = run([
      s('B', 'A', 'C1', 8),
      s('B', 'A', 'C2', 8),
      s('B', 'A', 'C3', 10),
      s('B', 'C', 'C1', 6),
      s('B', 'C', 'C2', 6),
      s('B', 'C', 'C3', 14),
    ]);
    expect([row(r, 'A').rank, row(r, 'C').rank]).toEqual([1, 2]);
    expect(row(r, 'A').tie).toBe(
      'Bằng tổng điểm 26 với Phường Cầu Kho. Xếp trên Phường Cầu Kho do điểm nhóm "Thực hiện nhiệm vụ" cao hơn (16 > 12).',
    );
    expect(row(r, 'C').tie).toBe(
      'Bằng tổng điểm 26 với Phường An Khánh. Xếp sau Phường An Khánh do điểm nhóm "Thực hiện nhiệm vụ" thấp hơn (12 < 16).',
    );
  });

  it('không phá hòa (NONE): đồng hạng 1, 1, 3 và xếp theo tên', () => {
    const r = run(
      [
        s('B', 'C', 'C1', 8),
        s('B', 'C', 'C3', 10),
        s('B', 'A', 'C1', 8),
        s('B', 'A', 'C2', 8),
        s('B', 'A', 'C3', 2),
        s('A', 'B', 'C1', 1),
      ],
      { ...MEAN, tieBreak: 'NONE' },
    );
    expect(r.ranking.slice(0, 3).map((x) => [x.unitId, x.rank])).toEqual([
      ['A', 1],
      ['C', 1],
      ['B', 3],
    ]);
    expect(row(r, 'A').tie).toBe('Bằng tổng điểm 18 với Phường Cầu Kho. Đồng hạng 1 với Phường Cầu Kho.');
  });

  it('bằng điểm mọi nhóm: đồng hạng kể cả khi phá hòa theo nhóm', () => {
    const r = run([...allCross('A', () => 5), ...allCross('B', () => 5)]);
    expect([row(r, 'A').rank, row(r, 'B').rank]).toEqual([1, 1]);
    expect(row(r, 'B').tie).toContain('Đồng hạng 1 với Phường An Khánh (bằng điểm mọi nhóm tiêu chí)');
    // Units with no scores at all share the last rank.
    expect([row(r, 'C').rank, row(r, 'D').rank, row(r, 'E').rank]).toEqual([3, 3, 3]);
  });

  it('kết quả không phụ thuộc thứ tự dữ liệu vào', () => {
    const scores = [
      ...allCross('A', (u, c) => (u.charCodeAt(0) + c.charCodeAt(1)) % 10),
      ...allCross('B', (u, c) => (u.charCodeAt(0) * 3 + c.charCodeAt(1)) % 10),
      ...allCross('C', (u) => (u.charCodeAt(0) * 7) % 10),
    ];
    const config: AggregationConfig = {
      method: { kind: 'DROP_HIGH_LOW' },
      selfWeight: 0.1,
      tieBreak: 'GROUP_ORDER',
    };
    const a = run(scores, config);
    const b = run([...scores].reverse(), config);
    expect(b.ranking).toEqual(a.ranking);
    expect(b.explain('B')).toEqual(a.explain('B'));
  });
});

describe('aggregateScores — dữ liệu không hợp lệ', () => {
  it('từ chối điểm vượt điểm tối đa hoặc âm', () => {
    expect(() => run([s('B', 'A', 'C1', 10.5)])).toThrow(
      expect.objectContaining({ code: 'POINTS_OUT_OF_RANGE' }),
    );
    expect(() => run([s('B', 'A', 'C1', -1)])).toThrow(
      expect.objectContaining({ code: 'POINTS_OUT_OF_RANGE' }),
    );
    expect(() => run([s('B', 'A', 'C1', NaN)])).toThrow(
      expect.objectContaining({ code: 'POINTS_OUT_OF_RANGE' }),
    );
  });

  it('từ chối đơn vị ngoài cụm, tiêu chí lạ, điểm trùng, cấu hình sai', () => {
    expect(() => run([s('B', 'Z', 'C1', 1)])).toThrow(expect.objectContaining({ code: 'UNKNOWN_UNIT' }));
    expect(() => run([s('B', 'A', 'CX', 1)])).toThrow(expect.objectContaining({ code: 'UNKNOWN_CRITERION' }));
    expect(() => run([s('B', 'A', 'C1', 1), s('B', 'A', 'C1', 2)])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_SCORE' }),
    );
    expect(() => run([s('A', 'A', 'C1', 1), s('A', 'A', 'C1', 2)])).toThrow(
      expect.objectContaining({ code: 'DUPLICATE_SCORE' }),
    );
    expect(() => run([], { ...MEAN, selfWeight: 1.5 })).toThrow(
      expect.objectContaining({ code: 'BAD_CONFIG' }),
    );
    expect(() => run([], { ...MEAN, method: { kind: 'TRIMMED', k: 0 } })).toThrow(
      expect.objectContaining({ code: 'BAD_CONFIG' }),
    );
  });

  it('một đơn vị chấm ngoài cụm (không phải đơn vị được xếp hạng) vẫn được ghi nhận là người chấm', () => {
    const r = run([s('OUTSIDE', 'A', 'C1', 7)]);
    expect(crit(r, 'A', 'C1').crossScores).toEqual([{ scorerId: 'OUTSIDE', points: 7, status: 'USED' }]);
  });
});

describe('describeMethod', () => {
  it('mô tả phương pháp bằng tiếng Việt', () => {
    expect(
      describeMethod({ method: { kind: 'DROP_HIGH_LOW' }, selfWeight: 0.2, tieBreak: 'GROUP_ORDER' }),
    ).toBe(
      'Điểm mỗi tiêu chí = trung bình cộng điểm chấm chéo sau khi bỏ 1 điểm cao nhất và 1 điểm thấp nhất (khi có từ 3 điểm trở lên); ' +
        'điểm tự chấm chiếm 20%, điểm chấm chéo chiếm 80%; đơn vị không tự chấm thì lấy toàn bộ điểm chấm chéo. ' +
        'Đơn vị không chấm điểm cho chính mình; điểm của đơn vị chấm đã khai báo xung đột lợi ích với đơn vị được chấm bị loại. ' +
        'Điểm tiêu chí làm tròn đến 2 chữ số thập phân, cộng theo nhóm và tổng. ' +
        'Bằng tổng điểm thì so sánh lần lượt điểm từng nhóm tiêu chí theo thứ tự trong mẫu; vẫn bằng thì đồng hạng.',
    );
    expect(describeMethod({ method: { kind: 'MEDIAN' }, selfWeight: 0, tieBreak: 'NONE' })).toContain(
      'trung vị điểm chấm chéo; điểm tự chấm chỉ để đối chiếu',
    );
  });
});
