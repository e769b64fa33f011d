import { describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { BallotChoice } from '@vinhdanh/shared';
import {
  auditLog,
  councilItemResults,
  councilMeetingItems,
  nominationSteps,
  personYearRecords,
} from '../../db/schema';
import { docxText } from '../../documents/testing';
import { newId } from '../../lib/ids';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { createDossier } from '../nominations/create-dossier';
import { addNomineesFromCandidates } from '../nominations/add-nominee';
import { attachComponent } from '../nominations/attachments';
import { submitDossier } from '../nominations/submit-dossier';
import { passToCouncil, returnNominations } from '../nominations/appraise';
import { getDossier } from '../nominations/queries';
import { addAgendaFromNominations, listAgendaNominations } from './agenda-nominations';
import { closeMeeting } from './close-meeting';
import { buildCouncil, buildMeeting, cast, obtainTokens, type Seat } from './fixtures';
import { minutesDocx } from './minutes';
import { openVoting } from './voting';
import type { Meeting } from '@vinhdanh/shared';

const env = await createTestEnv({ today: '2026-03-02' });
const db = env.database.db;
const tree = await buildTree(env);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const officer = (await buildActor(env, 'OFFICER', tree.district)).actor;
const otherOfficer = (await buildActor(env, 'OFFICER', tree.other)).actor;
const { council, seats } = await buildCouncil(env, officer, tree.district, 5);

async function person(name: string) {
  const p = await buildPerson(env, { fullName: name, unit: tree.ward, from: '2010-01-01' });
  await db.insert(personYearRecords).values({
    id: newId(),
    personId: p.id,
    year: 2025,
    rating: 'HTXS',
    titles: ['LDTT'],
    initiatives: [{ kind: 'SANG_KIEN', scope: 'CO_SO' }],
  });
  return p;
}
const pdf = (s: string) => ({ bytes: Buffer.from(`%PDF-1.4 ${s}`), filename: `${s}.pdf` });
const audits = async (action: string, ids: string[]) =>
  (
    await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, action), inArray(auditLog.entityId, ids)))
  )[0]!.n;

/** A ward dossier with `names` as CSTĐCS nominees, submitted and passed to the council by the district officer. */
async function appraisedNominations(names: string[]) {
  const people = [];
  for (const n of names) people.push(await person(n));
  const c = env.ctx(clerk.actor);
  const d = await createDossier(c, {
    title: 'Đề nghị công nhận Chiến sĩ thi đua cơ sở năm 2025',
    proposingUnitId: tree.ward.id,
    receivingUnitId: tree.district.id,
    awardType: 'THUONG_XUYEN',
    year: 2025,
    deadline: '2026-03-10',
  });
  let detail = await addNomineesFromCandidates(c, d.id, {
    code: 'CSTD_CO_SO',
    personIds: people.map((p) => p.id),
  });
  for (const comp of ['TO_TRINH', 'BIEN_BAN_BINH_XET'])
    detail = await attachComponent(c, d.id, { component: comp }, pdf(comp));
  for (const n of detail.nominations)
    for (const comp of ['BAO_CAO_THANH_TICH', 'XAC_NHAN_THANH_TICH'])
      detail = await attachComponent(c, d.id, { component: comp, nominationId: n.id }, pdf(comp));
  await submitDossier(c, d.id);
  detail = await passToCouncil(env.ctx(officer), d.id, {
    nominationIds: detail.nominations.map((n) => n.id),
  });
  return detail;
}

async function vote(m: Meeting, choices: Record<string, BallotChoice>) {
  for (const s of seats as Seat[]) {
    const got = await obtainTokens(
      env,
      s,
      m,
      m.items.map((i) => i.id),
    );
    for (const t of got) await cast(env, t, choices[t.itemId]!);
  }
}

describe('chương trình họp từ hồ sơ đã thẩm định', () => {
  it('liệt kê người đã trình Hội đồng trong phạm vi, thêm vào chương trình (có liên kết), ghi nhật ký từng nội dung', async () => {
    const d = await appraisedNominations(['Phạm Minh Chương', 'Đỗ Thu Hà']);
    const m0 = await buildMeeting(env, officer, council.id, seats, [], [], '2026-03-20');
    const list = await listAgendaNominations(env.ctx(officer), m0.id);
    const ids = d.nominations.map((n) => n.id);
    expect(list.filter((x) => ids.includes(x.nominationId))).toEqual([
      expect.objectContaining({ nomineeName: 'Phạm Minh Chương', awardCode: 'CSTD_CO_SO', dossierId: d.id }),
      expect.objectContaining({ nomineeName: 'Đỗ Thu Hà', awardName: 'Chiến sĩ thi đua cơ sở' }),
    ]);
    const m = await addAgendaFromNominations(env.ctx(officer), m0.id, { nominationIds: ids });
    expect(m.items.map((i) => [i.nominationId, i.nomineeName, i.nomineeUnit])).toEqual([
      [ids[0], 'Phạm Minh Chương', 'Phường Bến Nghé'],
      [ids[1], 'Đỗ Thu Hà', 'Phường Bến Nghé'],
    ]);
    expect(await audits('meeting.add_item', [m.id])).toBe(2);
    // once on an open agenda, they are no longer offered (not even to another meeting)
    const other = await buildMeeting(env, officer, council.id, seats, [], [], '2026-03-21');
    const again = await listAgendaNominations(env.ctx(officer), other.id);
    expect(again.some((x) => ids.includes(x.nominationId))).toBe(false);
    await expect(
      addAgendaFromNominations(env.ctx(officer), other.id, { nominationIds: [ids[0]!] }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('từ chối cán bộ ngoài phạm vi Hội đồng; người chưa thẩm định → INVALID_TRANSITION, không ghi gì', async () => {
    const d = await appraisedNominations(['Vũ Văn Khải']);
    const m = await buildMeeting(env, officer, council.id, seats, [], [], '2026-03-22');
    const nid = d.nominations[0]!.id;
    await expect(listAgendaNominations(env.ctx(otherOfficer), m.id)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(
      addAgendaFromNominations(env.ctx(otherOfficer), m.id, { nominationIds: [nid] }),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      addAgendaFromNominations(env.ctx(clerk.actor), m.id, { nominationIds: [nid] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // returned to the unit: not appraised any more
    await returnNominations(env.ctx(officer), d.id, { reason: 'Bổ sung xác nhận', nominationIds: [nid] });
    await expect(
      addAgendaFromNominations(env.ctx(officer), m.id, { nominationIds: [nid] }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(
      addAgendaFromNominations(env.ctx(officer), m.id, { nominationIds: [] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const items = await db.select().from(councilMeetingItems).where(eq(councilMeetingItems.meetingId, m.id));
    expect(items).toEqual([]);
  });
});

describe('kết quả biểu quyết chuyển trạng thái đề nghị', () => {
  it('kết thúc bỏ phiếu: người đạt → Hội đồng nhất trí, người không đạt → Hội đồng không nhất trí; có nhật ký; biên bản Word', async () => {
    const d = await appraisedNominations(['Hoàng Thị Lan', 'Bùi Quốc Việt']);
    const [lan, viet] = d.nominations;
    let m = await buildMeeting(env, officer, council.id, seats, [], [], '2026-03-23');
    m = await addAgendaFromNominations(env.ctx(officer), m.id, { nominationIds: [lan!.id, viet!.id] });
    m = await openVoting(env.ctx(officer), m.id);
    await vote(m, { [m.items[0]!.id]: 'YES', [m.items[1]!.id]: 'NO' });
    // a member (not a manager) cannot close the meeting; nothing moves
    await expect(closeMeeting(env.ctx(seats[0]!.actor), m.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getDossier(env.ctx(officer), d.id)).nominations.map((n) => n.status)).toEqual([
      'APPRAISED_PASSED_TO_COUNCIL',
      'APPRAISED_PASSED_TO_COUNCIL',
    ]);
    m = await closeMeeting(env.ctx(officer), m.id);
    expect(m.items.map((i) => i.result?.passed)).toEqual([true, false]);
    const after = await getDossier(env.ctx(officer), d.id);
    expect(after.nominations.map((n) => [n.nomineeName, n.status])).toEqual([
      ['Hoàng Thị Lan', 'COUNCIL_PASSED'],
      ['Bùi Quốc Việt', 'COUNCIL_REJECTED'],
    ]);
    const step = await db.select().from(nominationSteps).where(eq(nominationSteps.nominationId, lan!.id));
    expect(step.at(-1)!.data).toEqual({ meetingId: m.id, itemId: m.items[0]!.id });
    expect(await audits('nomination.council_result', [lan!.id, viet!.id])).toBe(2);
    // the audit row carries the item's result only — never a ballot or a voter
    const [row] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'nomination.council_result'), eq(auditLog.entityId, lan!.id)));
    expect(row!.after).toEqual({ step: 'COUNCIL_PASSED', meetingId: m.id, itemId: m.items[0]!.id });

    const hop = docxText((await minutesDocx(env.ctx(officer), m.id, 'bien-ban-hop')).bytes);
    expect(hop).toContain('BIÊN BẢN');
    expect(hop).toContain('Hoàng Thị Lan: 5/5 thành viên đồng ý (100 %), đạt');
    expect(hop).toContain('Bùi Quốc Việt: 0/5 thành viên đồng ý (0 %), không đạt');
    expect(hop).toContain('CHỦ TỊCH HỘI ĐỒNG');
    const kp = docxText((await minutesDocx(env.ctx(officer), m.id, 'bien-ban-kiem-phieu')).bytes);
    expect(kp).toContain('KẾT QUẢ KIỂM PHIẾU');
    expect(kp).toMatch(/1\nHoàng Thị Lan\nChiến sĩ thi đua cơ sở\n5\n5\n5\n0\n0\n100 %/);
    expect(kp).toContain('Không đạt');
    await expect(minutesDocx(env.ctx(otherOfficer), m.id, 'bien-ban-hop')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('người trên chương trình đã bị trả lại → INVALID_TRANSITION, phiên họp không kết thúc, không ghi gì', async () => {
    const d = await appraisedNominations(['Lý Thanh Tâm']);
    const nid = d.nominations[0]!.id;
    let m = await buildMeeting(env, officer, council.id, seats, [], [], '2026-03-24');
    m = await addAgendaFromNominations(env.ctx(officer), m.id, { nominationIds: [nid] });
    m = await openVoting(env.ctx(officer), m.id);
    await vote(m, { [m.items[0]!.id]: 'YES' });
    await returnNominations(env.ctx(officer), d.id, { reason: 'Phát hiện sai sót', nominationIds: [nid] });
    const stepsBefore = (await db.select().from(nominationSteps).where(eq(nominationSteps.nominationId, nid)))
      .length;
    await expect(closeMeeting(env.ctx(officer), m.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(
      (await db.select().from(nominationSteps).where(eq(nominationSteps.nominationId, nid))).length,
    ).toBe(stepsBefore);
    expect(
      await db.select().from(councilItemResults).where(eq(councilItemResults.itemId, m.items[0]!.id)),
    ).toEqual([]);
    expect(await audits('meeting.close', [m.id])).toBe(0);
    expect((await getDossier(env.ctx(officer), d.id)).nominations[0]!.status).toBe('RETURNED');
  });
});
