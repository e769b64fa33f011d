import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { accounts, auditLog } from '../../db/schema';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { createAccount, disableAccount, listAccounts, setAccountEmail } from './accounts';
import { login, resolveSession } from '../auth/sessions';

const env = await createTestEnv();
const tree = await buildTree(env);
const admin = await buildActor(env, 'SYSTEM_ADMIN', tree.province);
const districtAdmin = await buildActor(env, 'SYSTEM_ADMIN', tree.district);
const officer = await buildActor(env, 'OFFICER', tree.province);

const accountCount = async () => (await env.database.db.select({ n: count() }).from(accounts))[0]!.n;
const meta = { ip: '10.0.0.1', userAgent: 'vitest' };

const input = (over: Record<string, unknown> = {}) => ({
  username: 'Van.Thu.Ben.Nghe',
  fullName: 'Văn thư phường Bến Nghé',
  password: 'mot-mat-khau-dai',
  roles: [{ role: 'UNIT_CLERK', unitId: tree.ward.id }],
  ...over,
});

describe('createAccount', () => {
  it('tạo tài khoản với vai trò theo đơn vị; tài khoản đăng nhập được', async () => {
    const a = await createAccount(env.ctx(admin.actor), input());
    expect(a).toMatchObject({
      username: 'van.thu.ben.nghe',
      disabled: false,
      roles: [{ role: 'UNIT_CLERK', unitId: tree.ward.id, unitName: 'Phường Bến Nghé' }],
    });
    const r = await login(env.ctx(), { username: 'van.thu.ben.nghe', password: 'mot-mat-khau-dai' }, meta);
    expect(r.session.user.id).toBe(a.id);
  });

  it('ghi nhật ký account.create không chứa mật khẩu', async () => {
    const a = await createAccount(
      env.ctx(admin.actor),
      input({ username: 'nhat.ky', password: 'bi-mat-rat-dai-123' }),
    );
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.create'), eq(auditLog.entityId, a.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toMatchObject({ username: 'nhat.ky', roles: [{ role: 'UNIT_CLERK' }] });
    expect(JSON.stringify(rows[0]!.after)).not.toMatch(/bi-mat-rat-dai-123|argon2/);
  });

  it('từ chối vai trò không quản trị tài khoản (FORBIDDEN)', async () => {
    const n = await accountCount();
    await expect(
      createAccount(env.ctx(officer.actor), input({ username: 'khong.duoc' })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await accountCount()).toBe(n);
  });

  it('từ chối cấp quyền trên đơn vị ngoài phạm vi quản trị (OUT_OF_SCOPE)', async () => {
    const n = await accountCount();
    await expect(
      createAccount(
        env.ctx(districtAdmin.actor),
        input({ username: 'vuot.quyen', roles: [{ role: 'OFFICER', unitId: tree.other.id }] }),
      ),
    ).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    expect(await accountCount()).toBe(n);
  });

  it('từ chối dữ liệu sai (mật khẩu ngắn, tên đăng nhập có dấu cách) và tên đăng nhập trùng', async () => {
    const n = await accountCount();
    const err = await createAccount(
      env.ctx(admin.actor),
      input({ username: 'co dau cach', password: 'ngan' }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((err as { details: { message: string }[] }).details.map((d) => d.message)).toEqual(
      expect.arrayContaining(['Mật khẩu phải có ít nhất 10 ký tự.']),
    );
    await expect(createAccount(env.ctx(admin.actor), input())).rejects.toMatchObject({
      code: 'DUPLICATE_USERNAME',
    });
    expect(await accountCount()).toBe(n);
  });
});

describe('createAccount — tham chiếu không tồn tại', () => {
  it('từ chối đơn vị hoặc cán bộ không tồn tại bằng VALIDATION_FAILED (không phải lỗi 500)', async () => {
    const n = await accountCount();
    for (const over of [
      { roles: [{ role: 'OFFICER', unitId: newId() }] },
      { personId: newId() },
      { personId: 'khong-phai-uuid' },
    ]) {
      const err = await createAccount(env.ctx(admin.actor), input({ username: 'tham.chieu', ...over })).catch(
        (e: unknown) => e,
      );
      expect(err, JSON.stringify(over)).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    expect(await accountCount()).toBe(n);
  });
});

describe('disableAccount', () => {
  it('vô hiệu hóa tài khoản thu hồi mọi phiên đang mở và ghi nhật ký', async () => {
    const target = await buildActor(env, 'UNIT_CLERK', tree.ward);
    const s1 = await login(env.ctx(), { username: target.username, password: target.password }, meta);
    const s2 = await login(env.ctx(), { username: target.username, password: target.password }, meta);
    expect(await resolveSession(env.ctx(), s1.token)).not.toBeNull();
    const out = await disableAccount(env.ctx(admin.actor), target.actor.accountId);
    expect(out.disabled).toBe(true);
    expect(await resolveSession(env.ctx(), s1.token)).toBeNull();
    expect(await resolveSession(env.ctx(), s2.token)).toBeNull();
    await expect(
      login(env.ctx(), { username: target.username, password: target.password }, meta),
    ).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED' });
    const rows = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.disable'), eq(auditLog.entityId, target.actor.accountId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toEqual({ disabled: false });
    expect(rows[0]!.after).toEqual({ disabled: true });
  });

  it('từ chối tự vô hiệu hóa chính mình', async () => {
    await expect(disableAccount(env.ctx(admin.actor), admin.actor.accountId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [row] = await env.database.db.select().from(accounts).where(eq(accounts.id, admin.actor.accountId));
    expect(row!.disabled).toBe(false);
  });

  it('từ chối vô hiệu hóa tài khoản ngoài phạm vi hoặc khi không có quyền', async () => {
    const target = await buildActor(env, 'OFFICER', tree.other);
    await expect(disableAccount(env.ctx(districtAdmin.actor), target.actor.accountId)).rejects.toMatchObject({
      code: 'OUT_OF_SCOPE',
    });
    await expect(disableAccount(env.ctx(officer.actor), target.actor.accountId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [row] = await env.database.db
      .select()
      .from(accounts)
      .where(eq(accounts.id, target.actor.accountId));
    expect(row!.disabled).toBe(false);
  });

  it('trả NOT_FOUND cho tài khoản không tồn tại', async () => {
    await expect(disableAccount(env.ctx(admin.actor), newId())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(disableAccount(env.ctx(admin.actor), 'abc')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('listAccounts', () => {
  it('quản trị cấp quận chỉ thấy tài khoản có mọi quyền nằm trong quận', async () => {
    const all = await listAccounts(env.ctx(admin.actor));
    const mine = await listAccounts(env.ctx(districtAdmin.actor));
    expect(all.map((a) => a.username)).toContain(officer.username);
    expect(mine.map((a) => a.username)).not.toContain(officer.username);
    expect(mine.map((a) => a.username)).toContain('van.thu.ben.nghe');
    expect(mine.every((a) => a.roles.every((r) => [tree.district.id, tree.ward.id].includes(r.unitId)))).toBe(
      true,
    );
    await expect(listAccounts(env.ctx(officer.actor))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('setAccountEmail', () => {
  it('quản trị đặt email nhận thông báo cho tài khoản trong phạm vi; người dùng tự đặt email của mình; ghi nhật ký', async () => {
    const a = await createAccount(
      env.ctx(admin.actor),
      input({ username: 'email.ben.nghe', email: 'VanThu@BenNghe.gov.vn' }),
    );
    expect(a.email).toBe('vanthu@bennghe.gov.vn');
    const changed = await setAccountEmail(env.ctx(districtAdmin.actor), a.id, {
      email: 'tdkt@bennghe.gov.vn',
    });
    expect(changed.email).toBe('tdkt@bennghe.gov.vn');
    const self = await setAccountEmail(env.ctx(officer.actor), officer.actor.accountId, {
      email: 'canbo.tdkt@hanoi.gov.vn',
    });
    expect(self.email).toBe('canbo.tdkt@hanoi.gov.vn');
    const logs = await env.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'account.set_email'), eq(auditLog.entityId, a.id)));
    expect(logs.map((l) => [l.before, l.after])).toEqual([
      [{ email: 'vanthu@bennghe.gov.vn' }, { email: 'tdkt@bennghe.gov.vn' }],
    ]);
    expect((await setAccountEmail(env.ctx(admin.actor), a.id, { email: '' })).email).toBeNull();
  });

  it('từ chối người không có quyền, email sai dạng — không ghi gì', async () => {
    const a = await createAccount(env.ctx(admin.actor), input({ username: 'email.khac' }));
    await expect(setAccountEmail(env.ctx(officer.actor), a.id, { email: 'x@y.vn' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      setAccountEmail(env.ctx(admin.actor), a.id, { email: 'khong-phai-email' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'email', message: 'Địa chỉ email không hợp lệ.' }],
    });
    const [row] = await env.database.db.select().from(accounts).where(eq(accounts.id, a.id));
    expect(row!.email).toBeNull();
  });
});
