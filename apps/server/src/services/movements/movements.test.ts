import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, movements, movementSteps, notifications } from '../../db/schema';
import { buildActor, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { createMovement } from './create-movement';
import { updateMovement } from './update-movement';
import { launchMovement } from './launch-movement';
import { closeMovement } from './close-movement';
import { getMovement, searchMovements } from './queries';
import { campaignInput } from './testing';
import { listNotifications, markNotificationsRead, unreadCount } from '../notifications/inbox';

const env = await createTestEnv({ today: '2020-02-20' });
const tree = await buildTree(env);
const agency = await buildUnit(env, {
  name: 'Phòng Nội vụ Quận Một',
  kind: 'PHONG_BAN',
  parent: tree.district,
});
const officer = await buildActor(env, 'OFFICER', tree.district);
const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const otherClerk = await buildActor(env, 'UNIT_CLERK', tree.other);

const subtree = [{ kind: 'SUBTREE' as const, id: tree.district.id }];
const movementCount = async () => (await env.database.db.select({ n: count() }).from(movements))[0]!.n;
const auditRows = (action: string, id: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, id)));

describe('createMovement', () => {
  it('lập dự thảo: chỉ tiêu đúng kiểu, đơn vị tham gia lấy theo cây tổ chức, slug không dấu', async () => {
    const m = await createMovement(env.ctx(officer.actor), campaignInput(tree.district.id, subtree));
    expect(m.status).toBe('DRAFT');
    expect(m.slug).toBe('dot-thi-dua-cao-diem-chao-mung-dai-hoi-dang-bo-quan-lan-thu-26');
    expect(m.launchLevel).toBe('CO_QUAN_DON_VI');
    expect(m.participants.map((p) => p.name).sort()).toEqual(
      ['Phòng Nội vụ Quận Một', 'Phường Bến Nghé', 'Quận Một'].sort(),
    );
    expect(m.items.map((i) => [i.targetType, i.target])).toEqual([
      ['PERCENT', 100],
      ['DATE', '2020-07-15'],
      ['NUMBER', 5],
      ['BOOLEAN', true],
    ]);
    expect(m.launchProblems).toEqual([]);
    const again = await createMovement(env.ctx(officer.actor), campaignInput(tree.district.id, subtree));
    expect(again.slug).toBe(`${m.slug}-2`);
  });

  it('ghi nhật ký movement.create', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, subtree, { name: 'Phong trào ghi nhật ký' }),
    );
    const rows = await auditRows('movement.create', m.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({
      name: 'Phong trào ghi nhật ký',
      participantUnitIds: expect.any(Array),
    });
  });

  it('từ chối cán bộ đơn vị (FORBIDDEN) và đơn vị tham gia ngoài phạm vi (OUT_OF_SCOPE), không ghi gì', async () => {
    const n = await movementCount();
    await expect(
      createMovement(env.ctx(clerk.actor), campaignInput(tree.district.id, subtree)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createMovement(
        env.ctx(officer.actor),
        campaignInput(tree.district.id, [{ kind: 'SUBTREE', id: tree.other.id }]),
      ),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await movementCount()).toBe(n);
  });

  it('chỉ tiêu sai kiểu → TARGET_TYPE_MISMATCH có đường dẫn trường, không ghi gì', async () => {
    const n = await movementCount();
    const bad = campaignInput(tree.district.id, subtree, {
      items: [{ title: 'Tỷ lệ quán triệt', targetType: 'PERCENT', target: 'một trăm' }],
    });
    const err = await createMovement(env.ctx(officer.actor), bad).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'TARGET_TYPE_MISMATCH', details: [{ path: 'items.0.target' }] });
    await expect(
      createMovement(
        env.ctx(officer.actor),
        campaignInput(tree.district.id, subtree, {
          items: [{ title: 'Tỷ lệ quán triệt', targetType: 'PERCENT', target: 140 }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'TARGET_TYPE_MISMATCH' });
    expect(await movementCount()).toBe(n);
  });
});

describe('updateMovement', () => {
  it('sửa dự thảo, tăng version, ghi nhật ký movement.update với trước/sau', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, subtree, { objectives: null }),
    );
    expect(m.launchProblems.map((p) => p.code)).toEqual(['MISSING_OBJECTIVES']);
    const u = await updateMovement(env.ctx(officer.actor), m.id, {
      ...campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }]),
      version: m.version,
    });
    expect(u.version).toBe(m.version + 1);
    expect(u.participants.map((p) => p.name)).toEqual(['Phường Bến Nghé']);
    expect(u.launchProblems).toEqual([]);
    const rows = await auditRows('movement.update', m.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toMatchObject({ objectives: null });
    expect(rows[0]!.after).toMatchObject({ objectives: expect.stringContaining('Đại hội') });
  });

  it('từ chối cán bộ ngoài phạm vi và bản cũ (CONFLICT)', async () => {
    const m = await createMovement(env.ctx(officer.actor), campaignInput(tree.district.id, subtree));
    await expect(
      updateMovement(env.ctx(otherOfficer.actor), m.id, campaignInput(tree.district.id, subtree)),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(
      updateMovement(env.ctx(officer.actor), m.id, {
        ...campaignInput(tree.district.id, subtree),
        version: 99,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('launchMovement', () => {
  it('từ chối phát động khi thiếu nội dung theo Điều 17, nói rõ từng phần còn thiếu bằng mã ổn định', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, [], {
        objectives: '',
        criteria: null,
        endDate: null,
        plan: null,
        measures: ' ',
        signerName: null,
        items: [{ title: 'Phát triển đảng viên', targetType: 'NUMBER' }],
      }),
    );
    const err = (await launchMovement(env.ctx(officer.actor), m.id).catch((e: unknown) => e)) as {
      code: string;
      message: string;
      details: { code: string; path: string; message: string }[];
    };
    expect(err.code).toBe('MOVEMENT_INCOMPLETE');
    expect(err.details.map((d) => d.code)).toEqual([
      'MISSING_OBJECTIVES',
      'MISSING_CRITERIA',
      'MISSING_PLAN',
      'MISSING_MEASURES',
      'MISSING_PARTICIPANTS',
      'MISSING_ITEM_TARGET',
      'MISSING_END_DATE',
      'MISSING_SIGNER',
    ]);
    expect(err.message).toContain('Chưa có mục tiêu của phong trào');
    expect(err.message).toContain('Điều 17');
    expect(err.details.find((d) => d.code === 'MISSING_ITEM_TARGET')!.path).toBe('items.0.target');
    expect(await getMovement(env.ctx(officer.actor), m.id)).toMatchObject({ status: 'DRAFT' });
    const steps = await env.database.db
      .select()
      .from(movementSteps)
      .where(eq(movementSteps.movementId, m.id));
    expect(steps).toHaveLength(0);
  });

  it('phát động: bước LAUNCH, mọi đơn vị tham gia nhận thông báo trong hộp thư, ghi nhật ký', async () => {
    const m = await createMovement(env.ctx(officer.actor), campaignInput(tree.district.id, subtree));
    const before = await unreadCount(env.ctx(clerk.actor));
    const launched = await launchMovement(env.ctx(officer.actor), m.id, {});
    expect(launched.status).toBe('LAUNCHED');
    expect(launched.launchDate).toBe('2020-02-27');
    expect(launched.steps).toMatchObject([{ kind: 'LAUNCH', onDate: '2020-02-27', auto: false }]);
    const notes = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.entityId, m.id), eq(notifications.kind, 'MOVEMENT_LAUNCHED')));
    expect(notes.map((n) => n.recipientUnitId).sort()).toEqual(
      [tree.district.id, tree.ward.id, agency.id].sort(),
    );
    expect((await unreadCount(env.ctx(clerk.actor))).unread).toBe(before.unread + 1);
    const inbox = await listNotifications(env.ctx(clerk.actor), {});
    expect(inbox.items[0]).toMatchObject({
      title: `Phát động: ${m.name}`,
      link: `/phong-trao/${m.id}`,
      unitName: 'Phường Bến Nghé',
      read: false,
    });
    expect(inbox.items[0]!.body).toContain('Hạn đăng ký thi đua: 15/03/2020');
    expect(await listNotifications(env.ctx(otherClerk.actor), {})).toMatchObject({ total: 0 });
    expect(await auditRows('movement.launch', m.id)).toHaveLength(1);
    await expect(launchMovement(env.ctx(officer.actor), m.id, {})).rejects.toMatchObject({
      code: 'MOVEMENT_NOT_DRAFT',
    });
    await expect(
      updateMovement(env.ctx(officer.actor), m.id, campaignInput(tree.district.id, subtree)),
    ).rejects.toMatchObject({ code: 'MOVEMENT_NOT_DRAFT' });
  });

  it('từ chối người không quản lý đơn vị phát động', async () => {
    const m = await createMovement(env.ctx(officer.actor), campaignInput(tree.district.id, subtree));
    await expect(launchMovement(env.ctx(clerk.actor), m.id, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(launchMovement(env.ctx(otherOfficer.actor), m.id, {})).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    expect(await auditRows('movement.launch', m.id)).toHaveLength(0);
  });
});

describe('closeMovement', () => {
  it('kết thúc phong trào đã phát động với nội dung tổng kết, ghi nhật ký; không đóng hai lần', async () => {
    const m = await createMovement(env.ctx(officer.actor), campaignInput(tree.district.id, subtree));
    await expect(
      closeMovement(env.ctx(officer.actor), m.id, { summary: 'Tổng kết đợt thi đua năm 2020.' }),
    ).rejects.toMatchObject({ code: 'MOVEMENT_NOT_ACTIVE' });
    await launchMovement(env.ctx(officer.actor), m.id, {});
    await expect(
      closeMovement(env.ctx(clerk.actor), m.id, { summary: 'Tổng kết đợt thi đua năm 2020.' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const c = await closeMovement(env.ctx(officer.actor), m.id, {
      summary: 'Tổng kết đợt thi đua năm 2020.',
    });
    expect(c.status).toBe('CLOSED');
    expect(c.summary).toBe('Tổng kết đợt thi đua năm 2020.');
    expect(await auditRows('movement.close', m.id)).toHaveLength(1);
    await expect(
      closeMovement(env.ctx(officer.actor), m.id, { summary: 'Tổng kết lần hai của đợt.' }),
    ).rejects.toMatchObject({ code: 'MOVEMENT_ALREADY_CLOSED' });
  });
});

describe('searchMovements / getMovement', () => {
  it('tìm không dấu; dự thảo chỉ người quản lý thấy; đơn vị tham gia thấy phong trào đã phát động', async () => {
    const m = await createMovement(
      env.ctx(officer.actor),
      campaignInput(tree.district.id, subtree, { name: 'Phong trào Thi đua Đổi mới sáng tạo' }),
    );
    const found = await searchMovements(env.ctx(officer.actor), { q: 'doi moi sang tao' });
    expect(found.items.map((i) => i.id)).toEqual([m.id]);
    expect(found.items[0]).toMatchObject({
      status: 'DRAFT',
      launchingUnitName: 'Quận Một',
      participantCount: 3,
    });
    expect((await searchMovements(env.ctx(clerk.actor), { q: 'doi moi sang tao' })).total).toBe(0);
    await expect(getMovement(env.ctx(clerk.actor), m.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await launchMovement(env.ctx(officer.actor), m.id, {});
    expect((await searchMovements(env.ctx(clerk.actor), { q: 'ĐỔI MỚI' })).items[0]).toMatchObject({
      id: m.id,
      status: 'LAUNCHED',
    });
    expect((await getMovement(env.ctx(clerk.actor), m.id)).items).toHaveLength(4);
    expect((await searchMovements(env.ctx(otherClerk.actor), { q: 'doi moi' })).total).toBe(0);
    expect((await searchMovements(env.ctx(officer.actor), { q: 'doi moi', status: 'DRAFT' })).total).toBe(0);
  });
});

describe('notifications', () => {
  it('đánh dấu đã đọc chỉ thông báo của mình, ghi nhật ký notification.read', async () => {
    const inbox = await listNotifications(env.ctx(clerk.actor), { unreadOnly: 'true' });
    expect(inbox.total).toBeGreaterThan(0);
    const first = inbox.items[0]!;
    const r = await markNotificationsRead(env.ctx(otherClerk.actor), { ids: [first.id] });
    expect(r.marked).toBe(0);
    const mine = await markNotificationsRead(env.ctx(clerk.actor), { ids: [first.id] });
    expect(mine.marked).toBe(1);
    expect((await unreadCount(env.ctx(clerk.actor))).unread).toBe(inbox.total - 1);
    expect(await auditRows('notification.read', first.id)).toHaveLength(1);
    await markNotificationsRead(env.ctx(clerk.actor), {});
    expect((await unreadCount(env.ctx(clerk.actor))).unread).toBe(0);
  });
});
