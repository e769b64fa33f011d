import { describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { auditLog, awards, dossiers, nominations, nominationSteps } from '../../db/schema';
import { decisionRegisterCounters, decisions } from '../../db/schema/decisions';
import { buildActor, buildPerson, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { nominationStates } from '../../workflow/nomination';
import { createRegister } from './registers';
import { draftFromPassed } from './draft-from-passed';
import { issueDecision } from './issue-decision';

const env = await createTestEnv({ today: '2021-03-01' });
const tree = await buildTree(env);
const db = env.database.db;
const officer = env.ctx((await buildActor(env, 'OFFICER', tree.district)).actor);
const outsider = env.ctx((await buildActor(env, 'OFFICER', tree.other)).actor);
const staff = env.ctx((await buildActor(env, 'STAFF', tree.district)).actor);

const register = await createRegister(officer, {
  issuerUnitId: tree.district.id,
  symbol: 'QĐ-UBND',
  name: 'Sổ quyết định khen thưởng',
  parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
  issuingBody: 'ỦY BAN NHÂN DÂN QUẬN MỘT',
  place: 'Quận Một',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN MỘT',
  signerOffice: 'CHU_TICH_UBND',
  signerLevel: 'HUYEN',
});

const MAIN_LINE = ['DRAFT', 'SUBMITTED', 'APPRAISED_PASSED_TO_COUNCIL'];

/** A dossier of the ward sent to the district, each nominee walked through the given steps. */
async function dossierWith(nominees: { fullName: string; steps: string[] }[]) {
  const dossierId = newId();
  await db.insert(dossiers).values({
    id: dossierId,
    title: 'Đề nghị tặng Giấy khen năm 2020',
    proposingUnitId: tree.ward.id,
    receivingUnitId: tree.district.id,
    awardType: 'THUONG_XUYEN',
    year: 2020,
  });
  const ids: string[] = [];
  let position = 0;
  for (const n of nominees) {
    const person = await buildPerson(env, { fullName: n.fullName, unit: tree.ward, from: '2015-01-01' });
    const id = newId();
    ids.push(id);
    await db.insert(nominations).values({
      id,
      dossierId,
      personId: person.id,
      code: 'GIAY_KHEN',
      periodFrom: 2020,
      periodTo: 2020,
      summary: `Hoàn thành xuất sắc nhiệm vụ năm 2020 (${n.fullName})`,
      position: ++position,
    });
    let seq = 0;
    for (const step of n.steps)
      await db.insert(nominationSteps).values({ id: newId(), nominationId: id, seq: ++seq, step });
  }
  return { dossierId, nominationIds: ids };
}

const draftInput = (over: Record<string, unknown>) => ({
  registerId: register.id,
  kind: 'KHEN_THUONG',
  subject: 'Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc năm 2020',
  bases: ['Căn cứ Luật Thi đua, khen thưởng năm 2003'],
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Hoàng Văn Thắng',
  plannedOn: '2021-01-05',
  ...over,
});
const decisionCount = async () => (await db.select({ n: count() }).from(decisions))[0]!.n;

describe('draftFromPassed', () => {
  it('drafts the COUNCIL_PASSED nominations of a dossier (snapshots, amounts, links); issuing marks them DECIDED', async () => {
    const src = await dossierWith([
      { fullName: 'Phạm Thị Lan', steps: [...MAIN_LINE, 'COUNCIL_PASSED'] },
      { fullName: 'Đỗ Văn Hùng', steps: [...MAIN_LINE, 'COUNCIL_REJECTED'] },
      { fullName: 'Vũ Thị Mai', steps: [...MAIN_LINE, 'COUNCIL_PASSED'] },
    ]);
    const d = await draftFromPassed(officer, draftInput({ dossierId: src.dossierId }));
    expect(d.status).toBe('DRAFT');
    expect(
      d.recipients.map((r) => [r.ordinal, r.name, r.unitName, r.code, r.periodFrom, r.nominationId]),
    ).toEqual([
      [1, 'Phạm Thị Lan', 'Phường Bến Nghé', 'GIAY_KHEN', 2020, src.nominationIds[0]],
      [2, 'Vũ Thị Mai', 'Phường Bến Nghé', 'GIAY_KHEN', 2020, src.nominationIds[2]],
    ]);
    expect(d.recipients[0]!.achievement).toContain('Phạm Thị Lan');
    expect(d.totalVnd).toBe(900_000);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'decision.draft_from_passed'), eq(auditLog.entityId, d.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.after)).toContain(src.nominationIds[0]!);

    // The same nominations cannot be drafted twice.
    await expect(draftFromPassed(officer, draftInput({ dossierId: src.dossierId }))).rejects.toMatchObject({
      code: 'NOMINATION_IN_OTHER_DECISION',
    });

    const issued = await issueDecision(officer, d.id, { decidedOn: '2021-01-05' });
    expect(issued.numberText).toMatch(/\/QĐ-UBND$/);
    const states = await nominationStates(db, src.nominationIds);
    expect(src.nominationIds.map((id) => states.get(id)!.status)).toEqual([
      'DECIDED',
      'COUNCIL_REJECTED',
      'DECIDED',
    ]);
    const steps = await db
      .select()
      .from(nominationSteps)
      .where(
        and(eq(nominationSteps.nominationId, src.nominationIds[0]!), eq(nominationSteps.step, 'DECIDED')),
      );
    expect(steps[0]!.data).toMatchObject({ decisionId: d.id, numberText: issued.numberText });
    expect(await db.select().from(awards).where(eq(awards.decisionId, d.id))).toHaveLength(2);
  });

  it('refuses staff and an officer of another district; nothing is written', async () => {
    const src = await dossierWith([{ fullName: 'Lý Văn Tâm', steps: [...MAIN_LINE, 'COUNCIL_PASSED'] }]);
    const before = await decisionCount();
    await expect(draftFromPassed(staff, draftInput({ dossierId: src.dossierId }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(draftFromPassed(outsider, draftInput({ dossierId: src.dossierId }))).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect(await decisionCount()).toBe(before);
  });

  it('refuses a dossier with nothing passed by the council, and bad input, writing nothing', async () => {
    const src = await dossierWith([
      { fullName: 'Ngô Thị Hạnh', steps: MAIN_LINE },
      { fullName: 'Bùi Văn Nam', steps: [...MAIN_LINE, 'COUNCIL_REJECTED'] },
    ]);
    const before = await decisionCount();
    const err = await draftFromPassed(officer, draftInput({ dossierId: src.dossierId })).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'NO_PASSED_NOMINATIONS' });
    expect((err as Error).message).toContain('Hội đồng thông qua');
    await expect(
      draftFromPassed(officer, draftInput({ dossierId: src.dossierId, meetingId: newId() })),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(draftFromPassed(officer, draftInput({ dossierId: newId() }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await decisionCount()).toBe(before);
  });

  it('does not issue when a linked nomination left COUNCIL_PASSED meanwhile: no number, no registry, no step', async () => {
    const src = await dossierWith([
      { fullName: 'Hồ Thị Thu', steps: [...MAIN_LINE, 'COUNCIL_PASSED'] },
      { fullName: 'Mai Văn Phúc', steps: [...MAIN_LINE, 'COUNCIL_PASSED'] },
    ]);
    const d = await draftFromPassed(officer, draftInput({ dossierId: src.dossierId }));
    // The second one was decided by another act in the meantime.
    await db
      .insert(nominationSteps)
      .values({ id: newId(), nominationId: src.nominationIds[1]!, seq: 5, step: 'DECIDED' });
    const counters = await db.select().from(decisionRegisterCounters);
    await expect(issueDecision(officer, d.id, { decidedOn: '2021-01-06' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(await db.select().from(decisionRegisterCounters)).toEqual(counters);
    expect(await db.select().from(awards).where(eq(awards.decisionId, d.id))).toHaveLength(0);
    const decided = await db
      .select()
      .from(nominationSteps)
      .where(
        and(inArray(nominationSteps.nominationId, src.nominationIds), eq(nominationSteps.step, 'DECIDED')),
      );
    expect(decided).toHaveLength(1);
  });
});
