import { sql } from 'drizzle-orm';
import { ALL_CODES } from '@vinhdanh/rules';
import { INDIVIDUAL_CLASSES, ZDashboardQuery, type Chart, type Dashboard } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { attributedAwardsCtes, CODES_0602, CODES_0603 } from './award-forms';
import { unitNameOn } from './get-report';

/** Level of an award form (cấp khen thưởng), from its catalogue code. */
const LEVEL_OF: Record<string, 'NHA_NUOC' | 'BO_TINH' | 'CO_SO'> = {
  ...Object.fromEntries(Object.keys(CODES_0602).map((c) => [c, 'NHA_NUOC' as const])),
  ...Object.fromEntries(Object.keys(CODES_0603).map((c) => [c, 'BO_TINH' as const])),
  TT_LDXS: 'BO_TINH',
  DON_VI_QUYET_THANG: 'BO_TINH',
  XA_TIEU_BIEU: 'BO_TINH',
  LDTT: 'CO_SO',
  CSTT: 'CO_SO',
  CSTD_CO_SO: 'CO_SO',
  TT_LDTT: 'CO_SO',
  DON_VI_TIEN_TIEN: 'CO_SO',
  GIAY_KHEN: 'CO_SO',
  THON_TDP_VAN_HOA: 'CO_SO',
  GIA_DINH_VAN_HOA: 'CO_SO',
};
const LEVEL_LABELS = {
  NHA_NUOC: 'Cấp Nhà nước',
  BO_TINH: 'Cấp bộ, ngành, tỉnh',
  CO_SO: 'Cấp cơ sở',
  KHAC: 'Chưa phân cấp',
} as const;
const CODE_NAMES = new Map(ALL_CODES.map((c) => [c.code as string, c.vi]));
const CLASS_LABELS: Record<string, string> = {
  ...Object.fromEntries(INDIVIDUAL_CLASSES.map(([k, l]) => [k, l.split(' (')[0]!])),
  KHAC: 'Không xác định',
};

interface Row {
  yr: number;
  code: string;
  cls: string;
  sex: string | null;
  ethnicity: string | null;
  n: number;
}

function chart(
  id: string,
  title: string,
  kind: Chart['kind'],
  data: Chart['data'],
  extra: Partial<Chart> = {},
): Chart {
  return { id, title, kind, unit: 'lượt', data, unavailable: null, note: null, ...extra };
}

function tally(rows: Row[], keyOf: (r: Row) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = keyOf(r);
    if (k === null) continue;
    m.set(k, (m.get(k) ?? 0) + r.n);
  }
  return m;
}

/**
 * Bảng điều khiển: award counts of a body (unit subtree, across reorganisations — the same attribution as the
 * statistical forms) over a range of years, by year, level, form, sex, ethnicity and recipient class; movements
 * and cluster rankings are reported unavailable until those modules hold data.
 */
export async function getDashboard(ctx: ServiceContext, input: unknown): Promise<Dashboard> {
  const q = parseInput(ZDashboardQuery, input);
  await authorize(ctx, 'report.read', [q.unitId]);
  const from = `${q.fromYear}-01-01`;
  const to = `${q.toYear}-12-31`;
  const unitName = await unitNameOn(ctx.read, q.unitId, to);
  const rows = (
    await queryRows<Row>(
      ctx.read,
      sql`
      WITH RECURSIVE ${attributedAwardsCtes(q.unitId, from, to, null)}
      SELECT extract(year FROM x.decided_on)::int AS yr, x.code, x.cls, p.sex, p.ethnicity, count(*)::int AS n
        FROM attributed x LEFT JOIN persons p ON p.id = x.person_id
       GROUP BY 1, 2, 3, 4, 5`,
    )
  ).map((r) => ({ ...r, yr: Number(r.yr), n: Number(r.n) }));

  const individual = rows.filter((r) => r.cls !== 'TT' && r.cls !== 'DN' && r.cls !== 'HO');
  const byYear = tally(rows, (r) => String(r.yr));
  const years: Chart['data'] = [];
  for (let y = q.fromYear; y <= q.toYear; y++) {
    years.push({ key: String(y), label: String(y), value: byYear.get(String(y)) ?? 0 });
  }
  const byLevel = tally(rows, (r) => LEVEL_OF[r.code] ?? 'KHAC');
  const byCode = tally(rows, (r) => r.code);
  const bySex = tally(individual, (r) => r.sex ?? 'KHAC');
  const byEthnicity = tally(individual, (r) => r.ethnicity ?? 'Chưa rõ');
  const byClass = tally(individual, (r) => r.cls);
  const nIndividual = individual.reduce((s, r) => s + r.n, 0);
  const direct = byClass.get('TRUC_TIEP') ?? 0;
  const minorities = [...byEthnicity.entries()].filter(([k]) => k !== 'Kinh').reduce((s, [, n]) => s + n, 0);

  const charts: Chart[] = [
    chart('by-year', 'Số lượt khen thưởng theo năm', 'column', years),
    chart(
      'by-level',
      'Theo cấp khen thưởng',
      'bar',
      (['NHA_NUOC', 'BO_TINH', 'CO_SO', 'KHAC'] as const)
        .filter((k) => k !== 'KHAC' || byLevel.has(k))
        .map((k) => ({ key: k, label: LEVEL_LABELS[k], value: byLevel.get(k) ?? 0 })),
    ),
    chart(
      'by-form',
      'Theo danh hiệu, hình thức khen thưởng',
      'bar',
      [...byCode.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([k, n]) => ({ key: k, label: CODE_NAMES.get(k) ?? k, value: n })),
    ),
    chart('by-sex', 'Khen thưởng cá nhân theo giới tính', 'share', [
      { key: 'NU', label: 'Nữ', value: bySex.get('NU') ?? 0 },
      { key: 'NAM', label: 'Nam', value: bySex.get('NAM') ?? 0 },
    ]),
    chart(
      'by-ethnicity',
      'Khen thưởng cá nhân theo dân tộc',
      'bar',
      [...byEthnicity.entries()]
        .sort((a, b) => (a[0] === 'Kinh' ? -1 : b[0] === 'Kinh' ? 1 : b[1] - a[1]))
        .map(([k, n]) => ({ key: k, label: k, value: n })),
      {
        note: nIndividual
          ? `Dân tộc thiểu số: ${minorities} lượt (${((100 * minorities) / nIndividual).toFixed(1).replace('.', ',')}%).`
          : null,
      },
    ),
    chart(
      'direct-workers',
      'Tỷ lệ người trực tiếp lao động, công tác trong khen thưởng cá nhân',
      'share',
      [...INDIVIDUAL_CLASSES.map(([k]) => k), 'KHAC'].map((k) => ({
        key: k,
        label: CLASS_LABELS[k]!,
        value: byClass.get(k) ?? 0,
      })),
      {
        note: nIndividual
          ? `Người trực tiếp lao động, công tác: ${direct}/${nIndividual} lượt (${((100 * direct) / nIndividual).toFixed(1).replace('.', ',')}%).`
          : null,
      },
    ),
    chart('movements-duration', 'Phong trào thi đua theo thời hạn', 'bar', [], {
      unit: 'phong trào',
      unavailable: 'Phân hệ phong trào thi đua chưa có dữ liệu trên hệ thống.',
    }),
    chart('movements-scope', 'Phong trào thi đua theo phạm vi', 'bar', [], {
      unit: 'phong trào',
      unavailable: 'Phân hệ phong trào thi đua chưa có dữ liệu trên hệ thống.',
    }),
    chart('cluster-ranking', 'Xếp hạng trong cụm, khối thi đua', 'bar', [], {
      unit: 'điểm',
      unavailable: 'Chưa có kết quả chấm điểm cụm, khối thi đua trên hệ thống.',
    }),
  ];
  return { unitId: q.unitId, unitName, fromYear: q.fromYear, toYear: q.toYear, charts };
}
