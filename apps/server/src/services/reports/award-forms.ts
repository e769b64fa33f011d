import { sql, type SQL } from 'drizzle-orm';
import {
  FORM_0602,
  FORM_0603,
  INDIVIDUAL_CLASSES,
  type ReportFormDef,
  type ReportNote,
} from '@vinhdanh/shared';
import { queryRows, type Executor } from '../../db/client';
import { reportSubtreeCtes } from './subtree';

/**
 * Biểu 0602.N and 0603.N computed in SQL over the award registry (`awards`):
 *  - an award counts for the body when its recipient belonged to the body's subtree on the decision date
 *    (collective: the unit itself; individual: the unit of the person's employment on that date, stored on the
 *    award as `attr_unit_id` by database triggers — see migration 0014 — and `reportSubtreeCtes` for
 *    reorganisations);
 *  - the column is the award's catalogue code (`awards.code`), the method row its `type`;
 *  - the individual class comes from that employment: direct worker → row "trực tiếp"; leader of a TINH unit →
 *    "lãnh đạo cấp bộ, tỉnh"; leader of a SO_NGANH or HUYEN unit → "cấp vụ, sở"; leader of a DOANH_NGHIEP →
 *    "doanh nhân"; any other leader → "lãnh đạo khác từ phó phòng trở lên".
 */

/** Catalogue code → 0603 column. */
export const CODES_0603: Record<string, string> = {
  BANG_KHEN_BO_TINH: 'BANG_KHEN_BO_TINH',
  CSTD_BO_TINH: 'CSTD_BO_TINH',
  CO_THI_DUA_BO_TINH: 'CO_THI_DUA_BO_TINH',
  KY_NIEM_CHUONG_BO_TINH: 'KY_NIEM_CHUONG_BO_TINH',
};

/** Catalogue code → 0602 column stem (the column key is `${stem}:TT` or `${stem}:CN`). */
export const CODES_0602: Record<string, string> = {
  HCLD_HANG_NHAT: 'HCLD_HANG_NHAT',
  HCLD_HANG_NHI: 'HCLD_HANG_NHI',
  HCLD_HANG_BA: 'HCLD_HANG_BA',
  CO_THI_DUA_CHINH_PHU: 'CO_THI_DUA_CHINH_PHU',
  BANG_KHEN_THU_TUONG: 'BANG_KHEN_THU_TUONG',
  CSTD_TOAN_QUOC: 'CSTD_TOAN_QUOC',
};

/** 0602 columns for forms the rules catalogue does not carry yet: no award can be recorded with them. */
const UNAVAILABLE_0602: Record<string, string> = {
  'HC_KHAC:TT': 'các huân chương khác',
  'HC_KHAC:CN': 'các huân chương khác',
  'HUY_CHUONG:TT': 'huy chương',
  'HUY_CHUONG:CN': 'huy chương',
  GT_HCM: 'Giải thưởng Hồ Chí Minh',
  GT_NN: 'Giải thưởng Nhà nước',
  'DHVD:TT': 'danh hiệu vinh dự Nhà nước',
  'DHVD:CN': 'danh hiệu vinh dự Nhà nước',
  'KHAC:TT': 'các hình thức khen thưởng cấp Nhà nước khác',
  'KHAC:CN': 'các hình thức khen thưởng cấp Nhà nước khác',
};

const METHOD_KEYS = [
  'THUONG_XUYEN',
  'CHUYEN_DE',
  'DOT_XUAT',
  'DOI_NGOAI',
  'CONG_HIEN',
  'NIEN_HAN',
  'KHANG_CHIEN',
];

export interface AwardBucket {
  code: string;
  type: string;
  /** TT (collective), DN (collective, enterprise), or an individual class, or KHAC (individual, none of them). */
  cls: string;
  n: number;
}

/**
 * CTEs (after `WITH RECURSIVE`) ending in `attributed(code, type, decided_on, person_id, cls)`: the awards of
 * the given codes (all codes when null) decided in the period whose recipient belonged to the body that day.
 */
export function attributedAwardsCtes(rootId: string, from: string, to: string, codes: string[] | null): SQL {
  const codeFilter = codes
    ? sql`a.code IN (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )}) AND`
    : sql``;
  return sql`${reportSubtreeCtes(rootId, from, to)},
    a AS (
      SELECT a.id, a.code, a.type, a.recipient_kind, a.person_id,
             coalesce(a.unit_id, a.recipient_unit_id) AS unit_id, a.decided_on,
             a.attr_unit_id, a.attr_is_leader, a.attr_is_direct_worker
        FROM awards a
       WHERE ${codeFilter} a.decided_on BETWEEN ${from}::date AND ${to}::date AND a.revoked_at IS NULL
    ),
    -- collectives (the unit itself, or the unit a named collective belongs to) and households (their unit)
    coll AS (
      SELECT a.code, a.type, a.decided_on, NULL::uuid AS person_id,
             CASE WHEN a.recipient_kind = 'HOUSEHOLD' THEN 'HO'
                  WHEN u.kind = 'DOANH_NGHIEP' THEN 'DN' ELSE 'TT' END AS cls
        FROM a JOIN units u ON u.id = a.unit_id
       WHERE a.person_id IS NULL
         AND EXISTS (SELECT 1 FROM sub s WHERE s.id = a.unit_id AND a.decided_on BETWEEN s.f AND s.t)
    ),
    -- individuals: by the employment on the decision date, stored on the award (attr_*, kept by triggers)
    indiv AS (
      SELECT a.code, a.type, a.decided_on, a.person_id,
             CASE WHEN a.attr_is_leader AND u.kind = 'TINH' THEN 'L_BO_TINH'
                  WHEN a.attr_is_leader AND u.kind IN ('SO_NGANH', 'HUYEN') THEN 'L_VU_SO'
                  WHEN a.attr_is_leader AND u.kind = 'DOANH_NGHIEP' THEN 'DOANH_NHAN'
                  WHEN a.attr_is_leader THEN 'L_KHAC'
                  WHEN a.attr_is_direct_worker THEN 'TRUC_TIEP'
                  ELSE 'KHAC' END AS cls
        FROM a JOIN units u ON u.id = a.attr_unit_id
       WHERE a.person_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM sub s WHERE s.id = a.attr_unit_id AND a.decided_on BETWEEN s.f AND s.t)
    ),
    attributed AS (SELECT * FROM coll UNION ALL SELECT * FROM indiv)`;
}

/** The grouped counts for one body and period: one row per (code, type, recipient class). */
export async function awardBuckets(
  db: Executor,
  rootId: string,
  from: string,
  to: string,
  codes: string[],
): Promise<AwardBucket[]> {
  const rows = await queryRows<{ code: string; type: string; cls: string; n: number }>(
    db,
    sql`
    WITH RECURSIVE ${attributedAwardsCtes(rootId, from, to, codes)}
    SELECT code, type, cls, count(*)::int AS n FROM attributed GROUP BY code, type, cls`,
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

type Values = Record<string, Record<string, number | null>>;

function emptyValues(form: ReportFormDef): Values {
  const v: Values = {};
  for (const r of form.rows) {
    if (r.heading) continue;
    v[r.key] = Object.fromEntries(form.columns.map((c) => [c.key, 0]));
  }
  return v;
}

/** Adds one bucket to the rows it belongs to, in the given column (and in the total column). */
function addBucket(v: Values, b: AwardBucket, col: string, extraRows: string[]) {
  const collective = b.cls === 'TT' || b.cls === 'DN';
  const rows = ['TONG', ...extraRows, collective ? 'TAP_THE' : b.cls === 'HO' ? 'HO_GIA_DINH' : 'CA_NHAN'];
  if (b.cls === 'DN') rows.push('DOANH_NGHIEP');
  if (!collective && b.cls !== 'KHAC' && b.cls !== 'HO') rows.push(b.cls);
  if (METHOD_KEYS.includes(b.type)) rows.push(b.type);
  for (const r of rows) {
    const row = v[r]!;
    row[col] = (row[col] ?? 0) + b.n;
    row.TONG = (row.TONG ?? 0) + b.n;
  }
}

/** Notes every award form shares: what is counted, unclassified individuals. */
function commonNotes(form: ReportFormDef, v: Values, buckets: AwardBucket[], notes: ReportNote[]) {
  notes.push({
    row: null,
    col: null,
    kind: 'INFO',
    text: 'Không tính các khen thưởng đã bị thu hồi. Tập thể, hộ gia đình tính theo đơn vị ghi trên quyết định; cá nhân theo đơn vị công tác tại ngày quyết định.',
  });
  const unclassified = buckets.filter((b) => b.cls === 'KHAC').reduce((s, b) => s + b.n, 0);
  if (unclassified > 0) {
    notes.push({
      row: 'CA_NHAN',
      col: null,
      kind: 'INFO',
      text: `${unclassified} lượt khen cá nhân không thuộc nhóm nào của các dòng chi tiết (quá trình công tác không ghi là lãnh đạo hay người trực tiếp lao động), nên tổng các dòng chi tiết nhỏ hơn dòng "Cá nhân".`,
    });
  }
  notes.push({
    row: null,
    col: null,
    kind: 'INFO',
    text: `Nhóm cá nhân lấy theo quá trình công tác tại ngày quyết định: ${INDIVIDUAL_CLASSES.map(([, l]) => l.split(' (')[0]).join('; ')} — xác định từ đánh dấu "lãnh đạo"/"trực tiếp lao động" và loại đơn vị công tác.`,
  });
}

export async function compute0603(db: Executor, rootId: string, from: string, to: string) {
  const buckets = await awardBuckets(db, rootId, from, to, Object.keys(CODES_0603));
  const v = emptyValues(FORM_0603);
  const notes: ReportNote[] = [];
  for (const b of buckets) addBucket(v, b, CODES_0603[b.code]!, []);
  commonNotes(FORM_0603, v, buckets, notes);
  return { values: v, notes };
}

export async function compute0602(
  db: Executor,
  rootId: string,
  from: string,
  to: string,
  proposer: 'TINH' | 'BO_NGANH',
) {
  const buckets = await awardBuckets(db, rootId, from, to, Object.keys(CODES_0602));
  const v = emptyValues(FORM_0602);
  const notes: ReportNote[] = [];
  for (const b of buckets) {
    const individual = b.cls !== 'TT' && b.cls !== 'DN' && b.cls !== 'HO';
    addBucket(v, b, `${CODES_0602[b.code]!}:${individual ? 'CN' : 'TT'}`, [proposer]);
  }
  commonNotes(FORM_0602, v, buckets, notes);
  for (const [col, what] of Object.entries(UNAVAILABLE_0602)) {
    for (const r of Object.keys(v)) v[r]![col] = null;
    if (col.endsWith(':CN')) continue;
    notes.push({
      row: null,
      col,
      kind: 'UNAVAILABLE',
      text: `Danh mục hình thức khen thưởng chưa có mã cho ${what}, nên sổ khen thưởng chưa ghi nhận được; cột để trống (không phải 0).`,
    });
  }
  notes.push({
    row: proposer === 'TINH' ? 'TINH' : 'BO_NGANH',
    col: null,
    kind: 'INFO',
    text:
      proposer === 'TINH'
        ? 'Đơn vị báo cáo thuộc một tỉnh/thành phố nên mọi khen thưởng cấp Nhà nước được tính vào dòng "Tỉnh, thành phố trực thuộc Trung ương".'
        : 'Đơn vị báo cáo không thuộc tỉnh/thành phố nào nên mọi khen thưởng cấp Nhà nước được tính vào dòng "Bộ, ban, ngành, đoàn thể Trung ương".',
  });
  // Without proposer the other row stays 0 (not unknown): the body has one proposer.
  return { values: v, notes };
}
