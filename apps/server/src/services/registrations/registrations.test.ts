import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, notifications, registrations } from '../../db/schema';
import { buildActor, buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import { createMovement } from '../movements/create-movement';
import { launchMovement } from '../movements/launch-movement';
import { campaignInput } from '../movements/testing';
import { saveRegistration } from './save-registration';
import {
  acceptRegistration,
  requestRegistrationApproval,
  returnRegistration,
  submitRegistration,
} from './transitions';
import { getRegistration, registrationOverview } from './queries';

const env = await createTestEnv({ today: '2020-03-01' });
const tree = await buildTree(env);
const ward2 = await buildUnit(env, { name: 'Phường Đa Kao', kind: 'XA', parent: tree.district });
const officer = await buildActor(env, 'OFFICER', tree.district);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const head = await buildActor(env, 'UNIT_HEAD', tree.ward);
const otherClerk = await buildActor(env, 'UNIT_CLERK', tree.other);
const person = await buildPerson(env, { fullName: 'Trần Thị Thi Đua', unit: tree.ward });
const outsider = await buildPerson(env, { fullName: 'Lê Văn Ngoài', unit: tree.other });

const m = await createMovement(
  env.ctx(officer.actor),
  campaignInput(tree.district.id, [
    { kind: 'UNIT', id: tree.ward.id },
    { kind: 'UNIT', id: ward2.id },
  ]),
);
await launchMovement(env.ctx(officer.actor), m.id, {});
const [pct, day, num, yes] = m.items.map((i) => i.id) as [string, string, string, string];
const good = (over: Record<string, unknown> = {}) => ({
  unitId: tree.ward.id,
  pledgedTitle: 'TT_LDXS',
  persons: [{ personId: person.id, pledgedTitle: 'CSTD_CO_SO' }],
  targets: [
    { itemId: pct, value: 100 },
    { itemId: day, value: '2020-06-30' },
    { itemId: num, value: 3 },
    { itemId: yes, value: true },
  ],
  ...over,
});
const regCount = async () => (await env.database.db.select({ n: count() }).from(registrations))[0]!.n;
const audits = (action: string, id: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)));

describe('saveRegistration', () => {
  it('cán bộ đơn vị đăng ký danh hiệu tập thể, cá nhân và chỉ tiêu từng nội dung; ghi nhật ký', async () => {
    const r = await saveRegistration(env.ctx(clerk.actor), m.id, good());
    expect(r).toMatchObject({ status: 'DRAFT', pledgedTitle: 'TT_LDXS', unitName: 'Phường Bến Nghé' });
    expect(r.persons).toMatchObject([
      { fullName: 'Trần Thị Thi Đua', pledgedTitle: 'CSTD_CO_SO', position: 'Chuyên viên' },
    ]);
    expect(r.targets.map((t) => t.value)).toEqual([100, '2020-06-30', 3, true]);
    expect(await audits('registration.save', r.id!)).toHaveLength(1);
    const again = await saveRegistration(
      env.ctx(clerk.actor),
      m.id,
      good({ pledgedTitle: 'TT_LDTT', version: r.version }),
    );
    expect(again).toMatchObject({ id: r.id, pledgedTitle: 'TT_LDTT', version: r.version + 1 });
  });

  it('từ chối: người không có quyền, đơn vị ngoài phạm vi, đơn vị không tham gia — không ghi gì', async () => {
    const n = await regCount();
    await expect(saveRegistration(env.ctx(head.actor), m.id, good())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      saveRegistration(env.ctx(clerk.actor), m.id, good({ unitId: ward2.id })),
    ).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(
      saveRegistration(env.ctx(otherClerk.actor), m.id, good({ unitId: tree.other.id })),
    ).rejects.toMatchObject({
      code: 'UNIT_NOT_IN_MOVEMENT',
      message: 'Đơn vị không tham gia phong trào này.',
    });
    expect(await regCount()).toBe(n);
  });

  it('chỉ tiêu sai kiểu → TARGET_TYPE_MISMATCH nêu đúng ô; cá nhân không thuộc đơn vị → VALIDATION_FAILED', async () => {
    const before = await getRegistration(env.ctx(clerk.actor), m.id, tree.ward.id);
    const err = await saveRegistration(
      env.ctx(clerk.actor),
      m.id,
      good({ targets: [{ itemId: day, value: 15 }] }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'TARGET_TYPE_MISMATCH',
      details: [{ path: 'targets.0.value', message: 'Chỉ tiêu dạng mốc thời gian: nhập ngày YYYY-MM-DD.' }],
    });
    await expect(
      saveRegistration(env.ctx(clerk.actor), m.id, good({ targets: [{ itemId: yes, value: 'có' }] })),
    ).rejects.toMatchObject({ code: 'TARGET_TYPE_MISMATCH' });
    await expect(
      saveRegistration(
        env.ctx(clerk.actor),
        m.id,
        good({ persons: [{ personId: outsider.id, pledgedTitle: 'LDTT' }] }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'persons.0.personId' }] });
    expect(await getRegistration(env.ctx(clerk.actor), m.id, tree.ward.id)).toEqual(before);
  });

  it('sau hạn đăng ký → REGISTRATION_DEADLINE_PASSED, không ghi gì', async () => {
    const late = {
      ...env.ctx(otherClerk.actor),
      actor: clerk.actor,
      clock: fixedClock('2020-03-16T03:00:00Z'),
    };
    const n = await regCount();
    const err = await saveRegistration(late, m.id, good({ unitId: tree.ward.id })).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'REGISTRATION_DEADLINE_PASSED',
      message: 'Đã hết hạn đăng ký thi đua (hạn cuối 15/03/2020).',
    });
    expect(await regCount()).toBe(n);
  });
});

describe('quy trình: trình duyệt → gửi lên → trả lại có lý do → gửi lại → chấp nhận', () => {
  it('mỗi bước có người đúng vai trò, ghi nhật ký, báo hộp thư; tổng hợp cho chuyên viên', async () => {
    const r = await getRegistration(env.ctx(clerk.actor), m.id, tree.ward.id);
    const id = r.id!;
    await expect(submitRegistration(env.ctx(head.actor), id)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    await expect(requestRegistrationApproval(env.ctx(head.actor), id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await requestRegistrationApproval(env.ctx(clerk.actor), id)).status).toBe('PENDING_APPROVAL');
    await expect(saveRegistration(env.ctx(clerk.actor), m.id, good())).rejects.toMatchObject({
      code: 'REGISTRATION_NOT_EDITABLE',
    });
    await expect(submitRegistration(env.ctx(clerk.actor), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await submitRegistration(env.ctx(head.actor), id)).status).toBe('SUBMITTED');
    await expect(acceptRegistration(env.ctx(head.actor), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(returnRegistration(env.ctx(officer.actor), id, { reason: '' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const returned = await returnRegistration(env.ctx(officer.actor), id, {
      reason: 'Bổ sung chỉ tiêu phát triển đảng viên.',
    });
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Bổ sung chỉ tiêu phát triển đảng viên.',
    });
    const note = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.entityId, id), eq(notifications.kind, 'REGISTRATION_RETURNED')));
    expect(note[0]).toMatchObject({
      recipientUnitId: tree.ward.id,
      body: 'Lý do: Bổ sung chỉ tiêu phát triển đảng viên.',
    });
    await saveRegistration(
      env.ctx(clerk.actor),
      m.id,
      good({
        targets: [
          { itemId: num, value: 4 },
          { itemId: pct, value: 100 },
        ],
      }),
    );
    await requestRegistrationApproval(env.ctx(clerk.actor), id);
    await submitRegistration(env.ctx(head.actor), id);
    const ok = await acceptRegistration(env.ctx(officer.actor), id);
    expect(ok.status).toBe('ACCEPTED');
    expect(ok.steps.map((s) => s.kind)).toEqual([
      'REQUEST_APPROVAL',
      'SUBMIT',
      'RETURN',
      'REQUEST_APPROVAL',
      'SUBMIT',
      'ACCEPT',
    ]);
    for (const a of [
      'registration.request_approval',
      'registration.submit',
      'registration.return',
      'registration.accept',
    ])
      expect((await audits(a, id)).length, a).toBeGreaterThan(0);

    await expect(registrationOverview(env.ctx(clerk.actor), m.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const o = await registrationOverview(env.ctx(officer.actor), m.id);
    expect(o.counts).toMatchObject({ ACCEPTED: 1, NOT_REGISTERED: 1 });
    expect(o.units.map((u) => [u.unitName, u.status])).toEqual([
      ['Phường Đa Kao', 'NOT_REGISTERED'],
      ['Phường Bến Nghé', 'ACCEPTED'],
    ]);
    expect(o.collectiveTitles).toEqual([{ code: 'TT_LDXS', count: 1 }]);
    expect(o.individualTitles).toEqual([{ code: 'CSTD_CO_SO', count: 1 }]);
    expect(o.targets.find((t) => t.itemId === num)).toMatchObject({ units: 1, sum: 4 });
    expect(o.targets.find((t) => t.itemId === pct)).toMatchObject({ units: 1, average: 100 });
  });
});
