import { describe, expect, it } from 'vitest';
import { dossiers, nominations, nominationSteps } from '../db/schema';
import { eq } from 'drizzle-orm';
import { buildPerson, buildTree, createTestEnv } from '../test/harness';
import { newId } from '../lib/ids';
import { appendNominationStep, dossierStatus, nominationStates } from './nomination';

const env = await createTestEnv();
const tree = await buildTree(env);
const db = env.database.db;

async function draftNomination() {
  const dossierId = newId();
  await db.insert(dossiers).values({
    id: dossierId,
    title: 'Đề nghị khen thưởng năm 2025',
    proposingUnitId: tree.ward.id,
    receivingUnitId: tree.district.id,
    awardType: 'THUONG_XUYEN',
    year: 2025,
  });
  const p = await buildPerson(env, { unit: tree.ward });
  const id = newId();
  await db.insert(nominations).values({
    id,
    dossierId,
    personId: p.id,
    code: 'CSTD_CO_SO',
    periodFrom: 2025,
    periodTo: 2025,
    position: 1,
  });
  await db.transaction((tx) => appendNominationStep(tx, env.ctx(), id, 'DRAFT'));
  return id;
}

describe('máy trạng thái của đề nghị khen thưởng', () => {
  it('đi hết đường chính, trạng thái suy ra từ các bước theo thứ tự', async () => {
    const id = await draftNomination();
    const run = (step: Parameters<typeof appendNominationStep>[3], reason?: string) =>
      db.transaction((tx) => appendNominationStep(tx, env.ctx(), id, step, { reason }));
    expect((await run('SUBMITTED')).status).toBe('SUBMITTED');
    const ret = await run('RETURNED', 'Thiếu báo cáo thành tích');
    expect(ret).toMatchObject({ status: 'RETURNED', lastReason: 'Thiếu báo cáo thành tích' });
    expect((await run('SUBMITTED')).lastReason).toBeNull();
    await run('APPRAISED_PASSED_TO_COUNCIL');
    expect((await run('CONSULTATION_OPEN')).consultation).toBe('OPEN');
    const passed = await run('COUNCIL_PASSED');
    expect(passed).toMatchObject({ status: 'COUNCIL_PASSED', consultation: 'OPEN' });
    await run('CONSULTATION_CLOSED');
    expect((await run('DECIDED')).status).toBe('DECIDED');
    const states = await nominationStates(db, [id]);
    expect(states.get(id)).toMatchObject({ status: 'DECIDED', consultation: 'CLOSED' });
    const rows = await db.select().from(nominationSteps).where(eq(nominationSteps.nominationId, id));
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('từ chối bước không hợp lệ bằng INVALID_TRANSITION và không ghi gì', async () => {
    const id = await draftNomination();
    await expect(
      db.transaction((tx) => appendNominationStep(tx, env.ctx(), id, 'COUNCIL_PASSED')),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('Đang soạn') });
    await expect(
      db.transaction((tx) => appendNominationStep(tx, env.ctx(), id, 'CONSULTATION_OPEN')),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(
      db.transaction((tx) => appendNominationStep(tx, env.ctx(), id, 'DRAFT')),
    ).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const rows = await db.select().from(nominationSteps).where(eq(nominationSteps.nominationId, id));
    expect(rows).toHaveLength(1);
  });

  it('không tìm thấy đề nghị không tồn tại', async () => {
    await expect(
      db.transaction((tx) => appendNominationStep(tx, env.ctx(), newId(), 'SUBMITTED')),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('trạng thái hồ sơ tổng hợp từ các đề nghị', () => {
    expect(dossierStatus([])).toBe('DRAFT');
    expect(dossierStatus(['DRAFT', 'WITHDRAWN'])).toBe('DRAFT');
    expect(dossierStatus(['SUBMITTED', 'SUBMITTED'])).toBe('SUBMITTED');
    expect(dossierStatus(['RETURNED', 'APPRAISED_PASSED_TO_COUNCIL'])).toBe('RETURNED');
    expect(dossierStatus(['APPRAISED_PASSED_TO_COUNCIL', 'COUNCIL_PASSED'])).toBe('APPRAISED');
    expect(dossierStatus(['DECIDED', 'COUNCIL_REJECTED'])).toBe('CLOSED');
  });
});
