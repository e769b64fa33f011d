/**
 * Case tables keyed by rule id. Each case is an eligibility request and the expected status of one rule
 * (ABSENT: the rule yields no reason). rule-cases.test.ts runs them; meta.test.ts checks every rule has cases.
 */
import type { ParameterOverride } from '../src/params/schema.js';
import { DT, SK, award, collective, community, cyr, elig, members, person, run, yr } from './factories.js';

export type Expect = 'MET' | 'NOT_MET' | 'UNKNOWN' | 'ABSENT';

export interface RuleCase {
  readonly rule: string;
  readonly name: string;
  readonly request: Record<string, unknown>;
  readonly expect: Expect;
  readonly outcome?: 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_REVIEW';
  /** Expected `confirmed` of the rule's reason. */
  readonly confirmed?: boolean;
  /** Expected fragment of the Vietnamese message. */
  readonly vi?: string;
  /** Province overrides passed to the engine (delegated criteria). */
  readonly overrides?: readonly ParameterOverride[];
}

const c = (
  rule: string,
  name: string,
  request: Record<string, unknown>,
  expect: Expect,
  more: Partial<RuleCase> = {},
): RuleCase => ({
  rule,
  name,
  request,
  expect,
  ...more,
});

/* Reusable subjects */
const ldtt2024 = person([yr(2023, 'HTT', ['LDTT']), yr(2024, 'HTT', ['LDTT'])]);
const t22 = person(
  [
    yr(2020, 'HTT', ['LDTT', 'CSTD_CO_SO']),
    yr(2021, 'HTT', ['LDTT']),
    yr(2022, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
    yr(2023, 'HTT', ['LDTT']),
    yr(2024, 'HTT', ['LDTT', 'CSTD_CO_SO']),
  ],
  { awards: [award('BANG_KHEN_BO_TINH', 2019)] },
);
const t27 = person(
  [
    yr(2020, 'HTT', ['LDTT', 'CSTD_CO_SO']),
    yr(2021, 'HTT', ['LDTT']),
    yr(2022, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
    yr(2023, 'HTT', ['LDTT']),
    yr(2024, 'HTT', ['LDTT', 'CSTD_CO_SO']),
  ],
  { awards: [award('BANG_KHEN_THU_TUONG', 2019)] },
);
const t29 = person(
  [
    yr(2019, 'HTT', ['LDTT']),
    yr(2020, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
    yr(2021, 'HTT', ['LDTT', 'CSTD_BO_TINH']),
    yr(2022, 'HTXS', ['LDTT']),
    yr(2023, 'HTT', ['LDTT']),
  ],
  { awards: [award('HCLD_HANG_BA', 2018)] },
);
const oldBkTtg = person(run(2018, 2022, 'HTXS', ['LDTT'], { initiatives: [SK()] }), {
  awards: [award('BANG_KHEN_BO_TINH', 2017)],
});
const cstdtq = person([
  ...run(2019, 2020, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
  yr(2021, 'HTXS', ['LDTT', 'CSTD_CO_SO', 'CSTD_BO_TINH']),
  ...run(2022, 2023, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
  yr(2024, 'HTXS', ['LDTT', 'CSTD_CO_SO', 'CSTD_BO_TINH'], { initiatives: [SK('TOAN_QUOC')] }),
]);
const ttldxs = (ldtt: number, completed = 20, cstd = 1, rating = 'HTXS', total = 20) =>
  collective([cyr(2024, rating, members(total, completed, ldtt, cstd))]);
const ttldtt2023 = (ldtt: number, canhCao = 0) =>
  collective([cyr(2023, 'HTT', members(10, 10, ldtt, 0, canhCao))]);

const BASE_CASES: RuleCase[] = [
  /* regime */
  c(
    'regime.not_encoded',
    'a proposal considered on 30/09/2017 falls before NĐ 91/2017 and needs review',
    elig('LDTT', '2017-09-30', 2016, person([yr(2016, 'HTT', ['LDTT'])])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: false },
  ),
  c(
    'regime.not_encoded',
    'a proposal considered on 01/10/2017 is under NĐ 91/2017',
    elig('LDTT', '2017-10-01', 2016, person([yr(2016, 'HTT', ['LDTT'])])),
    'ABSENT',
    { outcome: 'ELIGIBLE' },
  ),

  /* common */
  c(
    'common.no_pending_review',
    'a person under investigation is not awarded for now (NĐ 152 Điều 4 kh4)',
    elig('LDTT', '2025-07-01', 2024, { ...ldtt2024, pendingReview: true }),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: true },
  ),
  c(
    'common.no_pending_review',
    'the day before NĐ 152 the pending-review rule is unconfirmed',
    elig('LDTT', '2025-06-30', 2024, { ...ldtt2024, pendingReview: true }),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: false },
  ),
  c(
    'common.no_pending_review',
    'no pending review is a met condition',
    elig('LDTT', '2025-07-01', 2024, { ...ldtt2024, pendingReview: false }),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'common.no_pending_review',
    'an unstated review status yields no reason',
    elig('LDTT', '2025-07-01', 2024, ldtt2024),
    'ABSENT',
  ),
  c(
    'common.no_double_reward',
    'T30: a Giấy khen for the flood rescue already rewarded with a Bằng khen tỉnh is rejected',
    elig(
      'GIAY_KHEN',
      '2025-03-01',
      2024,
      person([yr(2024, 'HTT', ['LDTT'])], {
        awards: [award('BANG_KHEN_BO_TINH', 2024, { type: 'DOT_XUAT', achievement: 'Cứu hộ lũ 2024' })],
      }),
      { achievement: 'cứu hộ  lũ 2024' },
    ),
    'NOT_MET',
    {
      outcome: 'INELIGIBLE',
      confirmed: true,
      vi: 'không khen thưởng nhiều lần, nhiều hình thức cho một thành tích',
    },
  ),
  c(
    'common.no_double_reward',
    'a new achievement is not a double reward',
    elig(
      'GIAY_KHEN',
      '2025-03-01',
      2024,
      person([yr(2024, 'HTT')], {
        awards: [award('BANG_KHEN_BO_TINH', 2024, { achievement: 'Cứu hộ lũ 2024' })],
      }),
      { achievement: 'Sáng kiến số hóa hồ sơ' },
    ),
    'MET',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'common.no_double_reward',
    'without an achievement in the request the rule yields no reason',
    elig('GIAY_KHEN', '2025-03-01', 2024, person([yr(2024, 'HTT')])),
    'ABSENT',
  ),
  c(
    'common.no_double_reward',
    'under the old law the same principle applies (Luật 2003 Điều 6)',
    elig(
      'GIAY_KHEN',
      '2023-03-01',
      2022,
      person([yr(2022, 'HTT')], { awards: [award('GIAY_KHEN', 2022, { achievement: 'A' })] }),
      { achievement: 'a' },
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'common.posthumous',
    "T63: a Prime Minister's certificate may be awarded posthumously",
    elig('BANG_KHEN_THU_TUONG', '2025-09-01', 2024, t22, { posthumous: true }),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'common.posthumous',
    'posthumous Lao động tiên tiến is not encoded and needs review',
    elig('LDTT', '2025-09-01', 2024, ldtt2024, { posthumous: true }),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'common.posthumous',
    'posthumous awards under the old regime need review',
    elig('LDTT', '2023-12-31', 2023, ldtt2024, { posthumous: true }),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: false },
  ),
  c(
    'common.old_regime_not_encoded',
    'a Bằng khen tỉnh proposed on 31/12/2023 follows NĐ 91, not encoded',
    elig('BANG_KHEN_BO_TINH', '2023-12-31', 2023, person(run(2022, 2023, 'HTT', ['LDTT', 'CSTD_CO_SO']))),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: false },
  ),
  c(
    'common.old_regime_not_encoded',
    'the same proposal on 01/01/2024 is decided under Luật 2022',
    elig('BANG_KHEN_BO_TINH', '2024-01-01', 2023, person(run(2022, 2023, 'HTT', ['LDTT', 'CSTD_CO_SO']))),
    'ABSENT',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'hcld_hang_nhat.not_encoded',
    'Huân chương Lao động hạng Nhất needs review (Điều 42 not read)',
    elig('HCLD_HANG_NHAT', '2025-03-01', 2024, t29),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: false },
  ),
  c(
    'collective_forms.not_encoded',
    "a collective Prime Minister's certificate needs review",
    elig('BANG_KHEN_THU_TUONG', '2025-03-01', 2024, collective([cyr(2024, 'HTXS', members(10, 10, 8, 1))])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'household.forms_not_encoded',
    'a household Bằng khen tỉnh needs review',
    elig('BANG_KHEN_BO_TINH', '2025-03-01', 2024, community('HOUSEHOLD', 2024, {})),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'giay_khen.criteria_delegated',
    'Giấy khen criteria are set by the province: needs review',
    elig('GIAY_KHEN', '2024-03-01', 2023, person([yr(2023, 'HTT')])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: true },
  ),
  c(
    'giay_khen.criteria_delegated',
    'old-regime Giấy khen criteria are not encoded',
    elig('GIAY_KHEN', '2023-12-31', 2023, person([yr(2023, 'HTT')])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: false },
  ),
  c(
    'ky_niem_chuong.criteria_delegated',
    'Kỷ niệm chương criteria are set by the ministry or province',
    elig('KY_NIEM_CHUONG_BO_TINH', '2025-03-01', 2024, person([yr(2024, 'HTT')], { recruitedOn: undefined })),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'collective.not_dissolved',
    'T61: an office dissolved on 01/07/2025 is not proposed for TTLĐXS 2025',
    elig(
      'TT_LDXS',
      '2025-12-15',
      2025,
      collective([cyr(2025, 'HTXS', members(20, 20, 16, 1))], { dissolvedOn: '2025-07-01' }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: false },
  ),
  c(
    'collective.not_dissolved',
    'a unit dissolved after the proposal date still exists',
    elig(
      'TT_LDXS',
      '2025-12-15',
      2025,
      collective([cyr(2025, 'HTXS', members(20, 20, 16, 1))], { dissolvedOn: '2026-03-01' }),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'collective.not_dissolved',
    'a unit dissolved before 01/07/2025 needs review (rule not encoded)',
    elig(
      'TT_LDXS',
      '2025-06-30',
      2024,
      collective([cyr(2024, 'HTXS', members(20, 20, 16, 1))], { dissolvedOn: '2025-01-01' }),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),

  /* LĐTT */
  c(
    'ldtt.rating_htt',
    'T01: a civil servant rated HTT in 2024 is eligible for LĐTT',
    elig('LDTT', '2025-01-15', 2024, person([yr(2024, 'HTT')], { recruitedOn: '2019-03-01' })),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true, vi: 'Năm 2024 hoàn thành tốt nhiệm vụ' },
  ),
  c(
    'ldtt.rating_htt',
    'T02: rated HT in 2024 is not eligible',
    elig('LDTT', '2025-01-15', 2024, person([yr(2024, 'HT')])),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'chỉ hoàn thành nhiệm vụ' },
  ),
  c(
    'ldtt.rating_htt',
    'a missing 2024 rating needs review',
    elig('LDTT', '2025-01-15', 2024, person([yr(2023, 'HTT')])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'ldtt.rating_htt',
    'Chiến sĩ tiên tiến follows the same rule',
    elig('CSTT', '2025-01-15', 2024, person([yr(2024, 'HTXS')])),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.rating_htt',
    'under the old law HTT is required as well',
    elig('LDTT', '2023-12-31', 2023, person([yr(2023, 'HT')])),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'ldtt.min_service',
    'T03: recruited 01/08/2024 (5 months) is not considered',
    elig('LDTT', '2025-01-15', 2024, person([yr(2024, 'HTT')], { recruitedOn: '2024-08-01' })),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: true, vi: 'Mới tuyển dụng dưới 6 tháng' },
  ),
  c(
    'ldtt.min_service',
    'T04: recruited 01/07/2024 (exactly 6 months) is considered',
    elig('LDTT', '2025-01-15', 2024, person([yr(2024, 'HTT')], { recruitedOn: '2024-07-01' })),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.min_service',
    'T05: old regime, recruited 01/04/2019 (9 months) is not considered',
    elig('LDTT', '2020-01-10', 2019, person([yr(2019, 'HTT')], { recruitedOn: '2019-04-01' })),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'dưới 10 tháng' },
  ),
  c(
    'ldtt.min_service',
    'old regime, recruited 01/03/2019 (10 months) is considered',
    elig('LDTT', '2020-01-10', 2019, person([yr(2019, 'HTT')], { recruitedOn: '2019-03-01' })),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.min_service',
    'on 31/12/2023 nine months of service is too short (10 months, NĐ 91)',
    elig('LDTT', '2023-12-31', 2023, person([yr(2023, 'HTT')], { recruitedOn: '2023-04-01' })),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'ldtt.min_service',
    'on 01/01/2024 nine months is enough (6 months), but unconfirmed before TT 01/2024',
    elig('LDTT', '2024-01-01', 2023, person([yr(2023, 'HTT')], { recruitedOn: '2023-04-01' })),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'ldtt.min_service',
    'on 14/04/2024, the day before TT 01/2024, the 6-month rule is unconfirmed',
    elig('LDTT', '2024-04-14', 2023, person([yr(2023, 'HTT')], { recruitedOn: '2023-04-01' })),
    'MET',
    { confirmed: false },
  ),
  c(
    'ldtt.min_service',
    'on 15/04/2024 the 6-month rule of TT 01/2024 is confirmed',
    elig('LDTT', '2024-04-15', 2023, person([yr(2023, 'HTT')], { recruitedOn: '2023-04-01' })),
    'MET',
    { confirmed: true },
  ),
  c(
    'ldtt.min_service',
    'without a recruitment date, an earlier year entry shows service',
    elig('LDTT', '2025-01-15', 2024, { ...ldtt2024, recruitedOn: undefined }),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.min_service',
    'without a recruitment date or earlier years the facts are incomplete',
    elig('LDTT', '2025-01-15', 2024, person([yr(2024, 'HTT')], { recruitedOn: undefined })),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', vi: 'Thiếu ngày tuyển dụng' },
  ),
  c(
    'ldtt.no_discipline',
    'T09: a reprimand in 09/2022 excludes LĐTT 2022 (NĐ 91)',
    elig('LDTT', '2023-01-10', 2022, person([yr(2022, 'HTT', [], { discipline: 'KHIEN_TRACH' })])),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: true, vi: 'khiển trách' },
  ),
  c(
    'ldtt.no_discipline',
    'a discipline in 2024 under NĐ 98 is excluded, unconfirmed',
    elig('LDTT', '2025-06-30', 2024, person([yr(2024, 'HTT', [], { discipline: 'CANH_CAO' })])),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: false },
  ),
  c(
    'ldtt.no_discipline',
    'from 01/07/2025 the discipline time window is confirmed (NĐ 152 Điều 4 kh4)',
    elig('LDTT', '2025-07-01', 2024, person([yr(2024, 'HTT', [], { discipline: 'CANH_CAO' })])),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: true, vi: 'chấp hành xong' },
  ),
  c(
    'ldtt.no_discipline',
    'a discipline period running into 2024 keeps 2024 from counting',
    elig(
      'LDTT',
      '2025-08-01',
      2024,
      person([
        yr(2023, 'HTT', [], { discipline: { level: 'CANH_CAO', from: '2023-10-01', to: '2024-09-30' } }),
        yr(2024, 'HTT'),
      ]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'ldtt.no_discipline',
    'no discipline in 2024 is a met condition',
    elig('LDTT', '2025-08-01', 2024, ldtt2024),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.transfer_opinion',
    "a person transferred after 8 months at the old unit needs the old unit's written opinion",
    elig(
      'LDTT',
      '2023-01-10',
      2022,
      person([yr(2022, 'HTT', [], { transfer: { monthsAtPreviousUnit: 8 } })]),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: true },
  ),
  c(
    'ldtt.transfer_opinion',
    "with the old unit's opinion on file the transfer is settled",
    elig(
      'LDTT',
      '2023-01-10',
      2022,
      person([yr(2022, 'HTT', [], { transfer: { monthsAtPreviousUnit: 8, previousUnitOpinion: true } })]),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.transfer_opinion',
    'after only 5 months at the old unit the new unit decides alone',
    elig(
      'LDTT',
      '2025-01-10',
      2024,
      person([yr(2024, 'HTT', [], { transfer: { monthsAtPreviousUnit: 5 } })]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'ldtt.transfer_opinion',
    'a year without a transfer yields no transfer reason',
    elig('LDTT', '2025-01-10', 2024, ldtt2024),
    'ABSENT',
  ),
  c(
    'ldtt.absences_counted',
    'T08: six months of maternity leave in 2022 counts (NĐ 91 Điều 10 kh4)',
    elig(
      'LDTT',
      '2023-01-10',
      2022,
      person([
        yr(2022, 'HTT', [], {
          absences: [{ kind: 'MATERNITY', from: '2022-03-01', to: '2022-08-31', compliant: true }],
        }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),
  c(
    'ldtt.absences_counted',
    'T08: maternity leave in 2024 under NĐ 98 counts but is unconfirmed',
    elig(
      'LDTT',
      '2025-01-10',
      2024,
      person([
        yr(2024, 'HTT', [], {
          absences: [{ kind: 'MATERNITY', from: '2024-03-01', to: '2024-08-31', compliant: true }],
        }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'ldtt.absences_counted',
    'maternity leave counts, confirmed, under NĐ 152 Điều 4 kh5',
    elig(
      'LDTT',
      '2025-12-20',
      2025,
      person([
        yr(2025, 'HTT', [], {
          absences: [{ kind: 'MATERNITY', from: '2025-03-01', to: '2025-08-31', compliant: true }],
        }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),
  c(
    'ldtt.absences_counted',
    'T06: a 14-month course with the school rules kept counts (TT 01/2024)',
    elig(
      'LDTT',
      '2025-01-10',
      2024,
      person([
        yr(2024, 'HTT', [], {
          absences: [{ kind: 'TRAINING', from: '2024-03-01', to: '2025-05-31', compliant: true }],
        }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),
  c(
    'ldtt.absences_counted',
    'T07: four months of treatment after a rescue counts (TT 01/2024)',
    elig(
      'LDTT',
      '2025-01-10',
      2024,
      person([
        yr(2024, 'HTT', [], {
          absences: [{ kind: 'INJURY_RESCUE', from: '2024-05-01', to: '2024-08-31', compliant: true }],
        }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'ldtt.absences_counted',
    'training without keeping the school rules needs review',
    elig(
      'LDTT',
      '2025-01-10',
      2024,
      person([
        yr(2024, 'HTT', [], {
          absences: [{ kind: 'TRAINING', from: '2024-03-01', to: '2024-12-31', compliant: false }],
        }),
      ]),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'ldtt.absences_counted',
    'a year without absences yields no absence reason',
    elig('LDTT', '2025-01-10', 2024, ldtt2024),
    'ABSENT',
  ),

  /* CSTĐCS */
  c(
    'cstd_co_so.requires_ldtt',
    'holding LĐTT 2024 meets the first condition',
    elig('CSTD_CO_SO', '2025-01-15', 2024, person([yr(2024, 'HTXS', ['LDTT'])])),
    'MET',
    { outcome: 'ELIGIBLE', vi: 'Đã đạt danh hiệu Lao động tiên tiến' },
  ),
  c(
    'cstd_co_so.requires_ldtt',
    'from 2024 meeting the LĐTT standard is enough without the title',
    elig('CSTD_CO_SO', '2025-01-15', 2024, person([yr(2024, 'HTXS')])),
    'MET',
    { outcome: 'ELIGIBLE', vi: 'Đạt tiêu chuẩn' },
  ),
  c(
    'cstd_co_so.requires_ldtt',
    'under the old law the LĐTT title itself is required',
    elig('CSTD_CO_SO', '2023-01-10', 2022, person([yr(2022, 'HTXS', [], { initiatives: [SK()] })])),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'cstd_co_so.requires_ldtt',
    'a person rated HT does not meet the LĐTT standard',
    elig('CSTD_CO_SO', '2025-01-15', 2024, person([yr(2024, 'HT', [], { initiatives: [SK()] })])),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'cstd_co_so.initiative_required',
    'T13: under the old law HTXS without an initiative is not enough',
    elig('CSTD_CO_SO', '2023-01-10', 2022, person([yr(2022, 'HTXS', ['LDTT'])])),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'bắt buộc theo chế độ cũ' },
  ),
  c(
    'cstd_co_so.initiative_required',
    'under the old law an initiative recognised by the unit meets it',
    elig('CSTD_CO_SO', '2023-01-10', 2022, person([yr(2022, 'HTT', ['LDTT'], { initiatives: [SK()] })])),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'cstd_co_so.initiative_required',
    'on 31/12/2023 the initiative is still mandatory',
    elig('CSTD_CO_SO', '2023-12-31', 2023, person([yr(2023, 'HTXS', ['LDTT'])])),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'cstd_co_so.initiative_required',
    'on 01/01/2024 the initiative is no longer mandatory',
    elig('CSTD_CO_SO', '2024-01-01', 2023, person([yr(2023, 'HTXS', ['LDTT'])])),
    'ABSENT',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'cstd_co_so.htxs_or_initiative',
    'T10: LĐTT and HTXS without an initiative is eligible (Luật 2022 Điều 23)',
    elig('CSTD_CO_SO', '2025-01-15', 2024, person([yr(2024, 'HTXS', ['LDTT'])])),
    'MET',
    { outcome: 'ELIGIBLE', vi: 'hoàn thành xuất sắc nhiệm vụ' },
  ),
  c(
    'cstd_co_so.htxs_or_initiative',
    'T11: LĐTT, HTT and one initiative is eligible',
    elig('CSTD_CO_SO', '2025-01-15', 2024, person([yr(2024, 'HTT', ['LDTT'], { initiatives: [SK()] })])),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'cstd_co_so.htxs_or_initiative',
    'T12: LĐTT, HTT and no initiative is not eligible',
    elig('CSTD_CO_SO', '2025-01-15', 2024, person([yr(2024, 'HTT', ['LDTT'])])),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),

  /* CSTĐ bộ/tỉnh */
  c(
    'cstd_bo_tinh.three_consecutive_cstdcs',
    'T15: CSTĐCS 2022–2024 is three consecutive times',
    elig(
      'CSTD_BO_TINH',
      '2025-01-15',
      2024,
      person(run(2022, 2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] })),
    ),
    'MET',
    { outcome: 'ELIGIBLE', vi: 'Có 3 lần liên tục' },
  ),
  c(
    'cstd_bo_tinh.three_consecutive_cstdcs',
    'T16: CSTĐCS 2021, 2022, LĐTT 2023, CSTĐCS 2024 is a broken chain',
    elig(
      'CSTD_BO_TINH',
      '2025-01-15',
      2024,
      person([
        ...run(2021, 2022, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
        yr(2023, 'HTT', ['LDTT']),
        yr(2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] }),
      ]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'cstd_bo_tinh.three_consecutive_cstdcs',
    'years already used by a CSTĐ tỉnh are not counted again',
    elig(
      'CSTD_BO_TINH',
      '2025-01-15',
      2024,
      person([
        ...run(2021, 2022, 'HTXS', ['LDTT', 'CSTD_CO_SO']),
        yr(2023, 'HTXS', ['LDTT', 'CSTD_CO_SO', 'CSTD_BO_TINH']),
        yr(2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] }),
      ]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'cstd_bo_tinh.three_consecutive_cstdcs',
    'a missing 2022 entry leaves the chain undecided',
    elig(
      'CSTD_BO_TINH',
      '2025-01-15',
      2024,
      person(run(2023, 2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] })),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'cstd_bo_tinh.three_consecutive_cstdcs',
    'the old law also needs three consecutive CSTĐCS',
    elig(
      'CSTD_BO_TINH',
      '2023-06-01',
      2022,
      person(run(2020, 2022, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] })),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'cstd_bo_tinh.initiative_scope',
    'T15: an initiative effective province-wide meets the scope condition',
    elig(
      'CSTD_BO_TINH',
      '2025-01-15',
      2024,
      person(run(2022, 2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] })),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'cstd_bo_tinh.initiative_scope',
    'T17: an initiative recognised only at unit level is too narrow',
    elig(
      'CSTD_BO_TINH',
      '2025-01-15',
      2024,
      person(run(2022, 2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK('CO_SO')] })),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'phạm vi hẹp hơn' },
  ),

  /* CSTĐ toàn quốc */
  c(
    'cstd_toan_quoc.two_consecutive_cstd_bo_tinh',
    'two adjacent CSTĐ tỉnh cycles (2019–2021, 2022–2024) are two consecutive times',
    elig('CSTD_TOAN_QUOC', '2025-03-01', 2024, cstdtq),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'cstd_toan_quoc.two_consecutive_cstd_bo_tinh',
    'T18: a single CSTĐ tỉnh (2024) is not enough',
    elig(
      'CSTD_TOAN_QUOC',
      '2025-03-01',
      2024,
      person([
        ...run(2022, 2023, 'HTXS', ['CSTD_CO_SO']),
        yr(2024, 'HTXS', ['CSTD_CO_SO', 'CSTD_BO_TINH'], { initiatives: [SK('TOAN_QUOC')] }),
      ]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'cstd_toan_quoc.two_consecutive_cstd_bo_tinh',
    'a CSTĐ tỉnh recorded as an award counts as a cycle',
    elig(
      'CSTD_TOAN_QUOC',
      '2025-03-01',
      2024,
      person(
        [
          ...run(2022, 2023, 'HTXS', ['CSTD_CO_SO']),
          yr(2024, 'HTXS', ['CSTD_CO_SO', 'CSTD_BO_TINH'], { initiatives: [SK('TOAN_QUOC')] }),
        ],
        { awards: [{ code: 'CSTD_BO_TINH', periodFrom: 2019, periodTo: 2021, decidedOn: '2022-03-01' }] },
      ),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'cstd_toan_quoc.initiative_scope',
    'a nationwide initiative meets the scope condition',
    elig('CSTD_TOAN_QUOC', '2025-03-01', 2024, cstdtq),
    'MET',
  ),
  c(
    'cstd_toan_quoc.initiative_scope',
    'a province-wide initiative is too narrow for CSTĐ toàn quốc',
    elig(
      'CSTD_TOAN_QUOC',
      '2025-03-01',
      2024,
      person(run(2019, 2024, 'HTXS', ['CSTD_CO_SO'], { initiatives: [SK('BO_TINH')] })),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),

  /* Bằng khen bộ/tỉnh */
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'T19: CSTĐCS 2023 and 2024 give a Bằng khen tỉnh in 2025',
    elig('BANG_KHEN_BO_TINH', '2025-02-01', 2024, person(run(2023, 2024, 'HTT', ['LDTT', 'CSTD_CO_SO']))),
    'MET',
    { outcome: 'ELIGIBLE', vi: '2 lần liên tục' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'T20: HTXS 2023–2024 with one initiative each year (MOHA example)',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-02-01',
      2024,
      person([
        yr(2023, 'HTXS', ['LDTT'], { initiatives: [SK()] }),
        yr(2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK()] }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', vi: '2 sáng kiến' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'two science projects in the HTXS years also qualify',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-02-01',
      2024,
      person([
        yr(2023, 'HTXS', ['LDTT'], { initiatives: [DT()] }),
        yr(2024, 'HTXS', ['LDTT'], { initiatives: [DT()] }),
      ]),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'T21: HTXS broken by HTT in 2024 and a single CSTĐCS is not enough',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-02-01',
      2024,
      person([
        yr(2023, 'HTXS', ['LDTT', 'CSTD_CO_SO'], { initiatives: [SK()] }),
        yr(2024, 'HTT', ['LDTT'], { initiatives: [SK()] }),
      ]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'HTXS 2023–2024 with one initiative only is not enough',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-02-01',
      2024,
      person([yr(2023, 'HTXS', ['LDTT']), yr(2024, 'HTXS', ['LDTT'], { initiatives: [SK()] })]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'chỉ có 1 sáng kiến' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'counting restarts after the previous Bằng khen tỉnh (2023)',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-02-01',
      2024,
      person(run(2023, 2024, 'HTT', ['LDTT', 'CSTD_CO_SO']), { awards: [award('BANG_KHEN_BO_TINH', 2023)] }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'a missing 2023 entry leaves the decision open',
    elig('BANG_KHEN_BO_TINH', '2025-02-01', 2024, person([yr(2024, 'HTXS', ['LDTT', 'CSTD_CO_SO'])])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'on 30/06/2025 a thematic Bằng khen tỉnh 2023 still restarts the count',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-06-30',
      2024,
      person(run(2023, 2024, 'HTT', ['LDTT', 'CSTD_CO_SO']), {
        awards: [award('BANG_KHEN_BO_TINH', 2023, { type: 'CHUYEN_DE' })],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: false },
  ),
  c(
    'bang_khen_bo_tinh.two_cstdcs_or_htxs_initiatives',
    'from 01/07/2025 a thematic award is not a basis and does not restart the count (NĐ 152 Điều 4 kh3)',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-07-01',
      2024,
      person(run(2023, 2024, 'HTT', ['LDTT', 'CSTD_CO_SO']), {
        awards: [award('BANG_KHEN_BO_TINH', 2023, { type: 'CHUYEN_DE' })],
      }),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),

  /* Bằng khen Thủ tướng */
  c(
    'bang_khen_thu_tuong.has_bang_khen_bo_tinh',
    'T22: a Bằng khen tỉnh for 2019 is the prerequisite',
    elig('BANG_KHEN_THU_TUONG', '2025-01-15', 2024, t22),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),
  c(
    'bang_khen_thu_tuong.has_bang_khen_bo_tinh',
    'without a Bằng khen tỉnh the prerequisite fails',
    elig('BANG_KHEN_THU_TUONG', '2025-01-15', 2024, { ...t22, awards: [] }),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'Chưa được tặng' },
  ),
  c(
    'bang_khen_thu_tuong.has_bang_khen_bo_tinh',
    'on 30/06/2025 a sudden-achievement Bằng khen tỉnh still counts (unconfirmed)',
    elig('BANG_KHEN_THU_TUONG', '2025-06-30', 2024, {
      ...t22,
      awards: [award('BANG_KHEN_BO_TINH', 2019, { type: 'DOT_XUAT' })],
    }),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'bang_khen_thu_tuong.has_bang_khen_bo_tinh',
    'from 01/07/2025 a sudden-achievement Bằng khen tỉnh does not count',
    elig('BANG_KHEN_THU_TUONG', '2025-07-01', 2024, {
      ...t22,
      awards: [award('BANG_KHEN_BO_TINH', 2019, { type: 'DOT_XUAT' })],
    }),
    'NOT_MET',
    { outcome: 'INELIGIBLE', confirmed: true, vi: 'đột xuất hoặc theo chuyên đề' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htt',
    'T22: HTT or better in 2020–2024 after the 2019 Bằng khen gives five years',
    elig('BANG_KHEN_THU_TUONG', '2025-01-15', 2024, t22),
    'MET',
    { outcome: 'ELIGIBLE', vi: 'Có 5 năm liên tục (2020–2024) hoàn thành tốt nhiệm vụ trở lên' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htt',
    'T24: Bằng khen for 2020 then HTT 2021–2024 is only four years (proposal 01/2025)',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2025-01-15',
      2024,
      person([...run(2021, 2022, 'HTT', ['CSTD_CO_SO']), yr(2023, 'HTT'), yr(2024, 'HTT', ['CSTD_CO_SO'])], {
        awards: [award('BANG_KHEN_BO_TINH', 2020)],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'Chỉ có 4 năm liên tục (2021–2024)' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htt',
    'T24: the same record plus HTT 2025 is eligible in 01/2026',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2026-01-15',
      2025,
      person(
        [
          ...run(2021, 2022, 'HTT', ['CSTD_CO_SO']),
          yr(2023, 'HTT'),
          yr(2024, 'HTT', ['CSTD_CO_SO']),
          yr(2025, 'HTT'),
        ],
        { awards: [award('BANG_KHEN_BO_TINH', 2020)] },
      ),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htt',
    'T25: an HT year in 2022 breaks the run (only 2023–2024 count)',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2025-01-15',
      2024,
      person(
        [
          ...run(2019, 2020, 'HTT', ['CSTD_CO_SO']),
          yr(2021, 'HTT'),
          yr(2022, 'HT'),
          yr(2023, 'HTT', ['CSTD_CO_SO']),
          yr(2024, 'HTT'),
        ],
        { awards: [award('BANG_KHEN_BO_TINH', 2018)] },
      ),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: '2 năm liên tục (2023–2024)' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htt',
    'a missing year inside the run leaves the decision open',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2025-01-15',
      2024,
      person([yr(2020, 'HTT'), yr(2021, 'HTT'), yr(2023, 'HTT'), yr(2024, 'HTT')], {
        awards: [award('BANG_KHEN_BO_TINH', 2019)],
      }),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', vi: 'Thiếu kết quả đánh giá năm 2022' },
  ),
  c(
    'bang_khen_thu_tuong.three_cstdcs',
    'T22: CSTĐCS in 2020, 2022 and 2024 are three times',
    elig('BANG_KHEN_THU_TUONG', '2025-01-15', 2024, t22),
    'MET',
  ),
  c(
    'bang_khen_thu_tuong.three_cstdcs',
    'T23: CSTĐCS 2020 and 2023 only are two times',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2025-01-15',
      2024,
      person(
        [
          yr(2020, 'HTT', ['CSTD_CO_SO']),
          ...run(2021, 2022, 'HTT'),
          yr(2023, 'HTT', ['CSTD_CO_SO']),
          yr(2024, 'HTT'),
        ],
        { awards: [award('BANG_KHEN_BO_TINH', 2019)] },
      ),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'chỉ có 2 lần' },
  ),
  c(
    'bang_khen_thu_tuong.three_cstdcs',
    'T26 (MOHA): Bằng khen Bộ 2019, 2021, 2023 and CSTĐCS 2019, 2022 is not enough in 2024',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2024-06-01',
      2023,
      person(
        [
          yr(2019, 'HTXS', ['CSTD_CO_SO']),
          ...run(2020, 2021, 'HTXS'),
          yr(2022, 'HTXS', ['CSTD_CO_SO', 'CSTD_BO_TINH']),
          yr(2023, 'HTXS'),
        ],
        {
          awards: [
            award('BANG_KHEN_BO_TINH', 2019),
            award('BANG_KHEN_BO_TINH', 2021),
            award('BANG_KHEN_BO_TINH', 2023),
          ],
        },
      ),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htxs_old',
    'old regime: five HTXS years 2018–2022 after a Bằng khen Bộ',
    elig('BANG_KHEN_THU_TUONG', '2023-06-01', 2022, oldBkTtg),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'bang_khen_thu_tuong.five_years_htxs_old',
    'old regime: an HTT year breaks the five HTXS years',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2023-06-01',
      2022,
      person(
        [
          ...run(2018, 2020, 'HTXS', [], { initiatives: [SK()] }),
          yr(2021, 'HTT', [], { initiatives: [SK()] }),
          yr(2022, 'HTXS', [], { initiatives: [SK()] }),
        ],
        { awards: [award('BANG_KHEN_BO_TINH', 2017)] },
      ),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'bang_khen_thu_tuong.five_initiatives_old',
    'old regime: five initiatives in the five years',
    elig('BANG_KHEN_THU_TUONG', '2023-06-01', 2022, oldBkTtg),
    'MET',
  ),
  c(
    'bang_khen_thu_tuong.five_initiatives_old',
    'old regime: four initiatives are not enough',
    elig(
      'BANG_KHEN_THU_TUONG',
      '2023-06-01',
      2022,
      person([...run(2018, 2021, 'HTXS', [], { initiatives: [SK()] }), yr(2022, 'HTXS')], {
        awards: [award('BANG_KHEN_BO_TINH', 2017)],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),

  /* HCLĐ hạng Ba */
  c(
    'hcld_hang_ba.has_bang_khen_thu_tuong',
    "T27: a Prime Minister's certificate for 2019 is the prerequisite",
    elig('HCLD_HANG_BA', '2025-03-01', 2024, t27),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'hcld_hang_ba.has_bang_khen_thu_tuong',
    "without a Prime Minister's certificate the prerequisite fails",
    elig('HCLD_HANG_BA', '2025-03-01', 2024, t22),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'hcld_hang_ba.five_years_htt',
    'T27: HTT or better in 2020–2024 gives five consecutive years',
    elig('HCLD_HANG_BA', '2025-03-01', 2024, t27),
    'MET',
  ),
  c(
    'hcld_hang_ba.five_years_htt',
    'four years after the certificate are not enough',
    elig('HCLD_HANG_BA', '2025-03-01', 2024, { ...t27, awards: [award('BANG_KHEN_THU_TUONG', 2020)] }),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'hcld_hang_ba.one_year_htxs',
    'T27: HTXS in 2022 is the required excellent year',
    elig('HCLD_HANG_BA', '2025-03-01', 2024, t27),
    'MET',
  ),
  c(
    'hcld_hang_ba.one_year_htxs',
    'T28: no HTXS year is not eligible',
    elig(
      'HCLD_HANG_BA',
      '2025-03-01',
      2024,
      person(run(2020, 2024, 'HTT', ['CSTD_CO_SO']), { awards: [award('BANG_KHEN_THU_TUONG', 2019)] }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'hcld_hang_ba.three_cstdcs',
    'T27: CSTĐCS in 2020, 2022 and 2024 are three times',
    elig('HCLD_HANG_BA', '2025-03-01', 2024, t27),
    'MET',
  ),
  c(
    'hcld_hang_ba.three_cstdcs',
    'two CSTĐCS are not enough',
    elig(
      'HCLD_HANG_BA',
      '2025-03-01',
      2024,
      person([yr(2020, 'HTXS', ['CSTD_CO_SO']), ...run(2021, 2023, 'HTT'), yr(2024, 'HTT', ['CSTD_CO_SO'])], {
        awards: [award('BANG_KHEN_THU_TUONG', 2019)],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),

  /* HCLĐ hạng Nhì */
  c(
    'hcld_hang_nhi.has_hcld_hang_ba',
    'T29: HCLĐ hạng Ba (2018) is the prerequisite',
    elig('HCLD_HANG_NHI', '2024-03-01', 2023, t29),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'hcld_hang_nhi.has_hcld_hang_ba',
    'without HCLĐ hạng Ba the prerequisite fails',
    elig('HCLD_HANG_NHI', '2024-03-01', 2023, { ...t29, awards: [] }),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'hcld_hang_nhi.five_years_htt',
    'T29: HTT or better in 2019–2023 gives five consecutive years',
    elig('HCLD_HANG_NHI', '2024-03-01', 2023, t29),
    'MET',
  ),
  c(
    'hcld_hang_nhi.five_years_htt',
    'a KHT year breaks the five years',
    elig(
      'HCLD_HANG_NHI',
      '2024-03-01',
      2023,
      person(
        [
          yr(2019, 'HTT'),
          yr(2020, 'HTXS'),
          yr(2021, 'KHT', ['CSTD_BO_TINH']),
          yr(2022, 'HTXS'),
          yr(2023, 'HTT'),
        ],
        { awards: [award('HCLD_HANG_BA', 2018)] },
      ),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'hcld_hang_nhi.two_years_htxs',
    'T29: HTXS in 2020 and 2022 are the two excellent years',
    elig('HCLD_HANG_NHI', '2024-03-01', 2023, t29),
    'MET',
  ),
  c(
    'hcld_hang_nhi.two_years_htxs',
    'T29 variant: HTXS only in 2022 is not eligible',
    elig(
      'HCLD_HANG_NHI',
      '2024-03-01',
      2023,
      person(
        [
          yr(2019, 'HTT'),
          yr(2020, 'HTT'),
          yr(2021, 'HTT', ['CSTD_BO_TINH']),
          yr(2022, 'HTXS'),
          yr(2023, 'HTT'),
        ],
        { awards: [award('HCLD_HANG_BA', 2018)] },
      ),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'hcld_hang_nhi.one_cstd_bo_tinh',
    'T29: a CSTĐ tỉnh in 2021 counts once',
    elig('HCLD_HANG_NHI', '2024-03-01', 2023, t29),
    'MET',
  ),
  c(
    'hcld_hang_nhi.one_cstd_bo_tinh',
    'without a CSTĐ tỉnh in the period the condition fails',
    elig(
      'HCLD_HANG_NHI',
      '2024-03-01',
      2023,
      person([yr(2019, 'HTT'), yr(2020, 'HTXS'), yr(2021, 'HTT'), yr(2022, 'HTXS'), yr(2023, 'HTT')], {
        awards: [award('HCLD_HANG_BA', 2018)],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),

  /* Collectives */
  c(
    'tt_ldxs.rating_htxs',
    'T31: a unit that completed its tasks excellently meets the rating condition',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(15)),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'tt_ldxs.rating_htxs',
    'a unit rated HTT is not a TTLĐXS',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(15, 20, 1, 'HTT')),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'tt_ldxs.rating_htxs',
    'Đơn vị quyết thắng follows the same rules',
    elig('DON_VI_QUYET_THANG', '2025-01-20', 2024, ttldxs(15)),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'tt_ldxs.all_members_completed',
    'T31: all 20 members completing their tasks meets the 100 % condition',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(15)),
    'MET',
  ),
  c(
    'tt_ldxs.all_members_completed',
    'T33: one member rated KHT fails the 100 % condition',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(16, 19)),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'Chỉ 19/20' },
  ),
  c(
    'tt_ldxs.all_members_completed',
    'missing member figures leave the decision open',
    elig('TT_LDXS', '2025-01-20', 2024, collective([cyr(2024, 'HTXS', null)])),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'tt_ldxs.ldtt_share',
    'T31: 15 of 20 LĐTT (75 %) meets the 70 % share',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(15)),
    'MET',
    { vi: '75 %' },
  ),
  c(
    'tt_ldxs.ldtt_share',
    'T32: 13 of 20 (65 %) is below 70 %',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(13)),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: '65 %' },
  ),
  c(
    'tt_ldxs.ldtt_share',
    'T35: exactly 70 % (7 of 10) meets "ít nhất 70 %"',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(7, 10, 1, 'HTXS', 10)),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'tt_ldxs.has_cstdcs',
    'T31: one CSTĐCS member meets the condition',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(15)),
    'MET',
  ),
  c(
    'tt_ldxs.has_cstdcs',
    'T34: no CSTĐCS member is not eligible',
    elig('TT_LDXS', '2025-01-20', 2024, ttldxs(18, 20, 0)),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'tt_ldtt.rating_htt',
    'T36: a unit rated HTT in 2023 meets the rating condition',
    elig('TT_LDTT', '2023-12-20', 2023, ttldtt2023(6)),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),
  c(
    'tt_ldtt.rating_htt',
    'a unit rated HT is not a TTLĐTT',
    elig('TT_LDTT', '2023-12-20', 2023, collective([cyr(2023, 'HT', members(10, 10, 8, 0))])),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'tt_ldtt.rating_htt',
    'from 2024 the TTLĐTT rule is kept but unconfirmed',
    elig('DON_VI_TIEN_TIEN', '2024-01-01', 2023, ttldtt2023(6)),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'tt_ldtt.ldtt_share',
    'T36: 5 of 10 is not "trên 50 %"',
    elig('TT_LDTT', '2023-12-20', 2023, ttldtt2023(5)),
    'NOT_MET',
    { outcome: 'INELIGIBLE', vi: 'trên 50 %' },
  ),
  c(
    'tt_ldtt.ldtt_share',
    'T36: 6 of 10 is "trên 50 %"',
    elig('TT_LDTT', '2023-12-20', 2023, ttldtt2023(6)),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'tt_ldtt.no_member_canh_cao',
    'T36: a member warned (cảnh cáo) in 2023 fails the condition',
    elig('TT_LDTT', '2023-12-20', 2023, ttldtt2023(6, 1)),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'tt_ldtt.no_member_canh_cao',
    'no member disciplined is a met condition',
    elig('TT_LDTT', '2023-12-20', 2023, ttldtt2023(6)),
    'MET',
  ),
  c(
    'co_thi_dua_bo_tinh.leads_cluster_or_movement',
    'T38: leading a 36-month ministry movement qualifies at its review',
    elig(
      'CO_THI_DUA_BO_TINH',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null)], {
        ledMovements: [{ launchedBy: 'BO_TINH', months: 36, reviewedOn: '2024-12-15' }],
      }),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'co_thi_dua_bo_tinh.leads_cluster_or_movement',
    'T38: a 30-month movement is too short',
    elig(
      'CO_THI_DUA_BO_TINH',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null)], {
        ledMovements: [{ launchedBy: 'BO_TINH', months: 30, reviewedOn: '2024-12-15' }],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'co_thi_dua_bo_tinh.leads_cluster_or_movement',
    'leading a provincial cluster qualifies (kh1 standards unconfirmed)',
    elig(
      'CO_THI_DUA_BO_TINH',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null, { ledCluster: 'BO_TINH' })]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'co_thi_dua_chinh_phu.leads_cluster_or_movement',
    'T37: a province leading a Central Council cluster is eligible (kh2)',
    elig(
      'CO_THI_DUA_CHINH_PHU',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null, { ledCluster: 'TRUNG_UONG' })]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: true },
  ),
  c(
    'co_thi_dua_chinh_phu.leads_cluster_or_movement',
    'T37: a three-year Prime Minister movement is too short (kh3 needs 5 years)',
    elig(
      'CO_THI_DUA_CHINH_PHU',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null)], {
        ledMovements: [{ launchedBy: 'THU_TUONG', months: 36, reviewedOn: '2024-11-01' }],
      }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'co_thi_dua_chinh_phu.leads_cluster_or_movement',
    'a five-year Prime Minister movement qualifies',
    elig(
      'CO_THI_DUA_CHINH_PHU',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null)], {
        ledMovements: [{ launchedBy: 'THU_TUONG', months: 60, reviewedOn: '2024-11-01' }],
      }),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'co_thi_dua_chinh_phu.leads_cluster_or_movement',
    'leading a provincial cluster makes the unit a candidate for council selection',
    elig(
      'CO_THI_DUA_CHINH_PHU',
      '2025-03-01',
      2024,
      collective([cyr(2024, 'HTXS', null, { ledCluster: 'BO_TINH' })]),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'bang_khen_bo_tinh.collective_two_years_htxs',
    'a unit with HTXS in 2023 and 2024 qualifies (inferred point)',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-03-01',
      2024,
      collective([cyr(2023, 'HTXS', null), cyr(2024, 'HTXS', null)]),
    ),
    'MET',
    { outcome: 'ELIGIBLE', confirmed: false },
  ),
  c(
    'bang_khen_bo_tinh.collective_two_years_htxs',
    'a unit with HTT in 2024 does not qualify',
    elig(
      'BANG_KHEN_BO_TINH',
      '2025-03-01',
      2024,
      collective([cyr(2023, 'HTXS', null), cyr(2024, 'HTT', null)]),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),

  /* Communities */
  c(
    'xa_tieu_bieu.leads_district_movement',
    'in 2024 a commune leading the district movement meets the condition',
    elig(
      'XA_TIEU_BIEU',
      '2025-01-20',
      2024,
      community('COMMUNE', 2024, { ledDistrictMovement: true, criteriaMet: true }),
    ),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'xa_tieu_bieu.leads_district_movement',
    'a commune not leading the district movement is not eligible',
    elig(
      'XA_TIEU_BIEU',
      '2025-01-20',
      2024,
      community('COMMUNE', 2024, { ledDistrictMovement: false, criteriaMet: true }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'xa_tieu_bieu.leads_district_movement',
    'from 01/07/2025 there is no district level: needs review',
    elig(
      'XA_TIEU_BIEU',
      '2025-07-01',
      2024,
      community('COMMUNE', 2024, { ledDistrictMovement: true, criteriaMet: true }),
    ),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW', confirmed: false },
  ),
  c(
    'xa_tieu_bieu.criteria',
    'a commune that meets the provincial criteria passes this condition',
    elig(
      'XA_TIEU_BIEU',
      '2025-01-20',
      2024,
      community('COMMUNE', 2024, { ledDistrictMovement: true, criteriaMet: true }),
    ),
    'MET',
  ),
  c(
    'xa_tieu_bieu.criteria',
    'a commune that fails the provincial criteria is not eligible',
    elig(
      'XA_TIEU_BIEU',
      '2025-01-20',
      2024,
      community('COMMUNE', 2024, { ledDistrictMovement: true, criteriaMet: false }),
    ),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'xa_tieu_bieu.criteria',
    'from 01/07/2025 the title is written "xã, phường, đặc khu tiêu biểu"',
    elig('XA_TIEU_BIEU', '2025-07-01', 2024, community('COMMUNE', 2024, { criteriaMet: true })),
    'MET',
    { outcome: 'NEEDS_REVIEW', vi: 'đặc khu' },
  ),
  c(
    'thon_van_hoa.criteria',
    'a village meeting the provincial criteria is a Thôn văn hóa',
    elig('THON_TDP_VAN_HOA', '2025-01-20', 2024, community('VILLAGE', 2024, { criteriaMet: true })),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'thon_van_hoa.criteria',
    'a village without an assessment needs review',
    elig('THON_TDP_VAN_HOA', '2025-01-20', 2024, community('VILLAGE', 2024, {})),
    'UNKNOWN',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'thon_van_hoa.criteria',
    'a village failing the criteria is not eligible',
    elig('THON_TDP_VAN_HOA', '2025-01-20', 2024, community('VILLAGE', 2024, { criteriaMet: false })),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
  c(
    'gia_dinh_van_hoa.criteria',
    'a household meeting the criteria is a Gia đình văn hóa',
    elig('GIA_DINH_VAN_HOA', '2025-01-20', 2024, community('HOUSEHOLD', 2024, { criteriaMet: true })),
    'MET',
    { outcome: 'ELIGIBLE' },
  ),
  c(
    'gia_dinh_van_hoa.criteria',
    'a household failing the criteria is not eligible',
    elig('GIA_DINH_VAN_HOA', '2025-01-20', 2024, community('HOUSEHOLD', 2024, { criteriaMet: false })),
    'NOT_MET',
    { outcome: 'INELIGIBLE' },
  ),
];

/* Delegated criteria: a province's own dated, cited values (Luật 2022 Điều 75 kh2, Điều 71 kh2). */
const GK_BN = 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh (ví dụ kiểm thử)';
const gkHtt: ParameterOverride[] = [
  {
    parameter: 'giay_khen.local_min_rating',
    from: '2025-01-01',
    value: 'HTT',
    reference: GK_BN,
    reason: 'Tỉnh quy định Giấy khen cho người hoàn thành tốt nhiệm vụ trở lên',
  },
];
const kncYears: ParameterOverride[] = [
  {
    parameter: 'ky_niem_chuong.local_min_service_years',
    from: '2024-06-01',
    value: 20,
    reference: 'Nghị quyết HĐND tỉnh (ví dụ kiểm thử)',
    reason: 'Kỷ niệm chương cho người công tác từ 20 năm',
  },
];
/** Overrides under which a delegated rule speaks (meta.test.ts uses them for the date-boundary checks). */
export const RULE_OVERRIDES: Readonly<Record<string, readonly ParameterOverride[]>> = {
  'giay_khen.local_rating': [{ ...gkHtt[0]!, from: '2017-01-01' }],
  'giay_khen.local_rating_collective': [{ ...gkHtt[0]!, from: '2017-01-01' }],
  'ky_niem_chuong.local_service_years': [{ ...kncYears[0]!, from: '2017-01-01', value: 1 }],
};
const LOCAL_CASES: RuleCase[] = [
  c(
    'giay_khen.local_rating',
    'the province requires HTT: an HTT year meets it and quotes the local act',
    elig('GIAY_KHEN', '2025-03-01', 2024, person([yr(2024, 'HTT')])),
    'MET',
    { overrides: gkHtt, outcome: 'ELIGIBLE', confirmed: true, vi: GK_BN },
  ),
  c(
    'giay_khen.local_rating',
    'the province requires HTT: an HT year does not',
    elig('GIAY_KHEN', '2025-03-01', 2024, person([yr(2024, 'HT')])),
    'NOT_MET',
    { overrides: gkHtt, outcome: 'INELIGIBLE', vi: 'chưa đạt yêu cầu hoàn thành tốt nhiệm vụ trở lên' },
  ),
  c(
    'giay_khen.local_rating',
    'the province requires HTT: a missing rating needs review',
    elig('GIAY_KHEN', '2025-03-01', 2024, person([yr(2023, 'HTT')])),
    'UNKNOWN',
    { overrides: gkHtt, outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'giay_khen.local_rating',
    'the day before the province rule starts, it does not apply (manual review)',
    elig('GIAY_KHEN', '2024-12-31', 2024, person([yr(2024, 'HTT')])),
    'ABSENT',
    { overrides: gkHtt, outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'giay_khen.local_rating',
    'without a province value the rule stays silent',
    elig('GIAY_KHEN', '2025-03-01', 2024, person([yr(2024, 'HTT')])),
    'ABSENT',
    { outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'giay_khen.criteria_delegated',
    'once the province value is in force the delegated criterion no longer asks for review',
    elig('GIAY_KHEN', '2025-01-01', 2024, person([yr(2024, 'HTXS')])),
    'ABSENT',
    { overrides: gkHtt, outcome: 'ELIGIBLE' },
  ),
  c(
    'giay_khen.criteria_delegated',
    'a household Giấy khen still needs review under a rating-based province value',
    elig('GIAY_KHEN', '2025-03-01', 2024, community('HOUSEHOLD', 2024, {})),
    'UNKNOWN',
    { overrides: gkHtt, outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'giay_khen.local_rating_collective',
    'a collective rated HTXS meets an HTT province requirement',
    elig('GIAY_KHEN', '2025-03-01', 2024, collective([cyr(2024, 'HTXS', members(10, 10, 8, 0))])),
    'MET',
    { overrides: gkHtt, outcome: 'ELIGIBLE' },
  ),
  c(
    'giay_khen.local_rating_collective',
    'a collective rated HT does not',
    elig('GIAY_KHEN', '2025-03-01', 2024, collective([cyr(2024, 'HT', members(10, 10, 8, 0))])),
    'NOT_MET',
    { overrides: gkHtt, outcome: 'INELIGIBLE' },
  ),
  c(
    'ky_niem_chuong.local_service_years',
    '20 years of service on the proposal date meet a 20-year province rule',
    elig(
      'KY_NIEM_CHUONG_BO_TINH',
      '2025-03-01',
      2024,
      person([yr(2024, 'HTT')], { recruitedOn: '2005-03-01' }),
    ),
    'MET',
    { overrides: kncYears, outcome: 'ELIGIBLE', vi: 'đủ 20 năm' },
  ),
  c(
    'ky_niem_chuong.local_service_years',
    'one day short of 20 years does not',
    elig(
      'KY_NIEM_CHUONG_BO_TINH',
      '2025-03-01',
      2024,
      person([yr(2024, 'HTT')], { recruitedOn: '2005-03-02' }),
    ),
    'NOT_MET',
    { overrides: kncYears, outcome: 'INELIGIBLE', vi: 'chưa đủ 20 năm' },
  ),
  c(
    'ky_niem_chuong.local_service_years',
    'the day before the province value starts, the medal still needs review',
    elig(
      'KY_NIEM_CHUONG_BO_TINH',
      '2024-05-31',
      2023,
      person([yr(2023, 'HTT')], { recruitedOn: '1990-01-01' }),
    ),
    'ABSENT',
    { overrides: kncYears, outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'ky_niem_chuong.local_service_years',
    'no recruitment date: needs review',
    elig('KY_NIEM_CHUONG_BO_TINH', '2025-03-01', 2024, person([yr(2024, 'HTT')], { recruitedOn: undefined })),
    'UNKNOWN',
    { overrides: kncYears, outcome: 'NEEDS_REVIEW' },
  ),
  c(
    'ky_niem_chuong.criteria_delegated',
    'with the province value in force the medal is decided by it',
    elig(
      'KY_NIEM_CHUONG_BO_TINH',
      '2024-06-01',
      2023,
      person([yr(2023, 'HTT')], { recruitedOn: '1990-01-01' }),
    ),
    'ABSENT',
    { overrides: kncYears, outcome: 'ELIGIBLE' },
  ),
];

/** Rules whose every version answers UNKNOWN by design (law not encoded or delegated). */
export const ALWAYS_UNKNOWN = new Set([
  'regime.not_encoded',
  'common.old_regime_not_encoded',
  'hcld_hang_nhat.not_encoded',
  'collective_forms.not_encoded',
  'household.forms_not_encoded',
  'giay_khen.criteria_delegated',
  'ky_niem_chuong.criteria_delegated',
]);

export const RULE_CASES: readonly RuleCase[] = [...BASE_CASES, ...LOCAL_CASES];
