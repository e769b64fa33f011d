import { eq } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import type { Actor } from '../context';
import { accounts, movements, persons, roleGrants, units } from '../db/schema';
import { decisionRegisterCounters } from '../db/schema/decisions';
import { createRegister } from '../services/decisions/registers';
import { draftDecision } from '../services/decisions/draft-decision';
import { issueDecision } from '../services/decisions/issue-decision';
import { payDecision, recordFundAllocation } from '../services/decisions/fund';
import { demoPeople } from './demo-data';
import { BA_DINH_2020 } from './demo-movements';

/**
 * The completed chain of the 2020 Ba Đình campaign: the register of UBND quận Ba Đình, the commendation decision
 * that closed the campaign (Giấy khen of the Chairman, 22/02/2021, before the tổng kết of 26/02/2021), its
 * recipients — one person from each of the 14 wards of 2020 and two from district offices, plus two wards as
 * collectives —, the amounts the rules engine gives for that date, the registry rows with their verification
 * codes (so certificates print and `/verify/:code` answers), the fund allocation of 2021 and the payment.
 * FICTIONAL act (number, signer, choice of people) in a real form; the register is set as if 124 acts of 2021
 * had been numbered before it (they are not in the demo), so the act is "125/QĐ-UBND".
 */
export const DEMO_CLOSING_DECISION = {
  symbol: 'QĐ-UBND',
  decidedOn: '2021-02-22',
  numberBefore: 124,
  numberText: '125/QĐ-UBND',
  subject:
    'Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ Thành phố Hà Nội và Đại hội lần thứ 13 của Đảng',
  collectiveKeys: ['W_PHUC_XA', 'W_DOI_CAN'],
  officeKeys: ['BD_NOI_VU', 'BD_VP'],
} as const;

const WARD_KEYS = [
  'W_CONG_VI',
  'W_DIEN_BIEN',
  'W_DOI_CAN',
  'W_GIANG_VO',
  'W_KIM_MA',
  'W_LIEU_GIAI',
  'W_NGOC_HA',
  'W_NGOC_KHANH',
  'W_NGUYEN_TRUNG_TRUC',
  'W_PHUC_XA',
  'W_QUAN_THANH',
  'W_THANH_CONG',
  'W_TRUC_BACH',
  'W_VINH_PHUC',
];

/** One person per unit key, employed there on `day` (first by key, deterministic). */
export function demoClosingRecipients(
  day = DEMO_CLOSING_DECISION.decidedOn,
): { personKey: string; unitKey: string }[] {
  const out: { personKey: string; unitKey: string }[] = [];
  const sorted = [...demoPeople].sort((a, b) => a.key.localeCompare(b.key));
  for (const unitKey of [...WARD_KEYS, ...DEMO_CLOSING_DECISION.officeKeys]) {
    const p = sorted.find((x) =>
      x.employments.some(
        (e) => e.unitKey === unitKey && e.from <= day && (!e.to || e.to >= day) && !e.isLeader,
      ),
    );
    if (p) out.push({ personKey: p.key, unitKey });
  }
  return out;
}

async function actorOf(ctx: ServiceContext, username: string): Promise<Actor | null> {
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  if (!a) return null;
  const grants = await ctx.db.select().from(roleGrants).where(eq(roleGrants.accountId, a.id));
  return {
    accountId: a.id,
    username: a.username,
    fullName: a.fullName,
    personId: a.personId,
    grants: grants.map((g) => ({ role: g.role as Actor['grants'][number]['role'], unitId: g.unitId })),
  };
}

export async function seedDemoDecisions(ctx: ServiceContext): Promise<void> {
  const [body] = await ctx.db.select().from(units).where(eq(units.code, 'UBND_BA_DINH'));
  const officer = await actorOf(ctx, 'canbo.tdkt.badinh');
  if (!body || !officer) return;
  const as: ServiceContext = { ...ctx, actor: officer, memo: new Map() };
  const D = DEMO_CLOSING_DECISION;
  const reg = await createRegister(as, {
    issuerUnitId: body.id,
    symbol: D.symbol,
    name: 'Sổ quyết định khen thưởng của UBND quận Ba Đình',
    parentBody: null,
    issuingBody: 'ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
    place: 'Ba Đình',
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
    signerOffice: 'CHU_TICH_UBND',
    signerLevel: 'HUYEN',
  });
  await ctx.db
    .insert(decisionRegisterCounters)
    .values({ registerId: reg.id, year: 2021, lastNumber: D.numberBefore });

  const personRows = await ctx.db.select({ id: persons.id, nationalId: persons.nationalId }).from(persons);
  const idByNationalId = new Map(personRows.map((r) => [r.nationalId, r.id]));
  const byKey = new Map(demoPeople.map((p) => [p.key, p]));
  const unitRows = await ctx.db.select({ id: units.id, code: units.code }).from(units);
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const [campaign] = await ctx.db
    .select({ id: movements.id })
    .from(movements)
    .where(eq(movements.name, BA_DINH_2020.name));

  const achievement =
    'Đã có thành tích xuất sắc trong đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ Thành phố Hà Nội và Đại hội lần thứ 13 của Đảng';
  const draft = await draftDecision(as, {
    registerId: reg.id,
    kind: 'KHEN_THUONG',
    subject: D.subject,
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      `Căn cứ Kế hoạch phát động ${BA_DINH_2020.name.charAt(0).toLowerCase()}${BA_DINH_2020.name.slice(1)} của Ủy ban nhân dân quận Ba Đình`,
      'Xét đề nghị của Trưởng phòng Nội vụ quận (Thường trực Hội đồng Thi đua – Khen thưởng quận)',
    ],
    content: 'Dữ liệu mẫu.',
    recipientsText: ['Như Điều 3', 'Thường trực Quận ủy, HĐND quận (để báo cáo)', 'Lưu: VT, NV'],
    signerAuthority: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Lê Minh Tuấn',
    plannedOn: D.decidedOn,
    campaignId: campaign?.id ?? null,
    recipients: [
      ...D.collectiveKeys.map((k) => ({
        recipientKind: 'COLLECTIVE' as const,
        unitId: unitId.get(k)!,
        code: 'GIAY_KHEN' as const,
        periodFrom: 2020,
        periodTo: 2020,
        achievement,
      })),
      ...demoClosingRecipients().map((r) => ({
        recipientKind: 'INDIVIDUAL' as const,
        personId: idByNationalId.get(byKey.get(r.personKey)!.nationalId)!,
        code: 'GIAY_KHEN' as const,
        periodFrom: 2020,
        periodTo: 2020,
        achievement,
      })),
    ],
  });
  await issueDecision(as, draft.id, { decidedOn: D.decidedOn });
  await recordFundAllocation(as, {
    unitId: body.id,
    year: 2021,
    amountVnd: 60_000_000,
    on: '2021-01-15',
    description: 'Trích lập quỹ thi đua, khen thưởng năm 2021 (dữ liệu mẫu)',
  });
  await payDecision(as, draft.id);
}
