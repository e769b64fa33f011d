import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { accounts, auditLog, sessions } from '../../db/schema';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { fixedClock } from '../../lib/clock';
import {
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
  MAX_FAILURES_PER_IP,
  hashToken,
  login,
  logout,
  logoutEverywhere,
  resolveSession,
} from './sessions';

const env = await createTestEnv();
const tree = await buildTree(env);
let ipSeq = 0;
/** Each test uses its own client address so the per-address throttle does not leak between tests. */
const meta = () => ({ ip: `10.1.0.${++ipSeq}`, userAgent: 'vitest' });
const audits = (action: string, accountId: string) =>
  env.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, accountId)));

describe('login', () => {
  it('đăng nhập đúng: tạo phiên, trả người dùng và mã CSRF, ghi nhật ký auth.login', async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    const r = await login(env.ctx(), { username: u.username, password: u.password }, meta());
    expect(r.token.length).toBeGreaterThan(30);
    expect(r.session.user).toMatchObject({
      id: u.actor.accountId,
      username: u.username,
      roles: [{ role: 'OFFICER', unitId: tree.district.id, unitName: 'Quận Một' }],
    });
    const s = await resolveSession(env.ctx(), r.token);
    expect(s?.actor.accountId).toBe(u.actor.accountId);
    expect(s?.csrfToken).toBe(r.session.csrfToken);
    // only the hash of the token is stored
    const rows = await env.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.accountId, u.actor.accountId));
    expect(rows.map((x) => x.tokenHash)).toEqual([hashToken(r.token)]);
    const a = await audits('auth.login', u.actor.accountId);
    expect(a).toHaveLength(1);
    expect(a[0]!.actorId).toBe(u.actor.accountId);
  });

  it('tên đăng nhập không phân biệt hoa thường', async () => {
    const u = await buildActor(env, 'STAFF', tree.ward);
    const r = await login(env.ctx(), { username: u.username.toUpperCase(), password: u.password }, meta());
    expect(r.session.user.id).toBe(u.actor.accountId);
  });

  it('sai mật khẩu: INVALID_CREDENTIALS, không tạo phiên, ghi nhật ký auth.login_failed không chứa mật khẩu', async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    await expect(
      login(env.ctx(), { username: u.username, password: 'sai-mat-khau-roi' }, meta()),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(
      await env.database.db.select().from(sessions).where(eq(sessions.accountId, u.actor.accountId)),
    ).toEqual([]);
    const a = await audits('auth.login_failed', u.actor.accountId);
    expect(a).toHaveLength(1);
    expect(a[0]!.after).toEqual({ username: u.username });
    expect(JSON.stringify(a[0])).not.toContain('sai-mat-khau-roi');
  });

  it('tên đăng nhập không tồn tại trả cùng mã lỗi như sai mật khẩu', async () => {
    await expect(
      login(env.ctx(), { username: 'khong.ton.tai', password: 'gi-cung-duoc' }, meta()),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it(`khóa tài khoản sau ${MAX_FAILED_LOGINS} lần sai: kể cả mật khẩu đúng cũng bị ACCOUNT_LOCKED, mở lại sau ${LOCKOUT_MINUTES} phút`, async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    const m = meta();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      await expect(login(env.ctx(), { username: u.username, password: 'sai' }, m)).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    // still below the limit: the right password works and resets the counter
    await login(env.ctx(), { username: u.username, password: u.password }, m);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await expect(login(env.ctx(), { username: u.username, password: 'sai' }, m)).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    await expect(login(env.ctx(), { username: u.username, password: u.password }, m)).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
    });
    const later = {
      ...env.ctx(),
      clock: fixedClock(new Date(env.clock.now().getTime() + (LOCKOUT_MINUTES + 1) * 60_000).toISOString()),
    };
    const r = await login(later, { username: u.username, password: u.password }, m);
    expect(r.session.user.id).toBe(u.actor.accountId);
    expect((await audits('auth.login_failed', u.actor.accountId)).length).toBe(2 * MAX_FAILED_LOGINS - 1);
  });

  it(`chặn một địa chỉ sau ${MAX_FAILURES_PER_IP} lần sai (RATE_LIMITED), địa chỉ khác vẫn đăng nhập được`, async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    const bad = meta();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await login(env.ctx(), { username: `nobody${i}`, password: 'x' }, bad).catch(() => undefined);
    }
    await expect(login(env.ctx(), { username: u.username, password: u.password }, bad)).rejects.toMatchObject(
      { code: 'RATE_LIMITED' },
    );
    const ok = await login(env.ctx(), { username: u.username, password: u.password }, meta());
    expect(ok.session.user.id).toBe(u.actor.accountId);
  });

  it('tài khoản bị vô hiệu hóa: ACCOUNT_DISABLED với mật khẩu đúng, không tạo phiên', async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    await env.database.db.update(accounts).set({ disabled: true }).where(eq(accounts.id, u.actor.accountId));
    await expect(
      login(env.ctx(), { username: u.username, password: u.password }, meta()),
    ).rejects.toMatchObject({ code: 'ACCOUNT_DISABLED' });
    expect(
      await env.database.db.select().from(sessions).where(eq(sessions.accountId, u.actor.accountId)),
    ).toEqual([]);
  });

  it('từ chối dữ liệu thiếu (VALIDATION_FAILED)', async () => {
    await expect(login(env.ctx(), { username: '', password: '' }, meta())).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

describe('resolveSession, logout, logoutEverywhere', () => {
  it('phiên hết hạn không còn dùng được', async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    const r = await login(env.ctx(), { username: u.username, password: u.password }, meta());
    const hours = env.deps.config.SESSION_TTL_HOURS;
    const later = {
      ...env.ctx(),
      clock: fixedClock(new Date(env.clock.now().getTime() + (hours + 1) * 3600_000).toISOString()),
    };
    expect(await resolveSession(env.ctx(), r.token)).not.toBeNull();
    expect(await resolveSession(later, r.token)).toBeNull();
    expect(await resolveSession(env.ctx(), 'token-bịa')).toBeNull();
  });

  it('đăng xuất thu hồi đúng phiên hiện tại, phiên khác vẫn còn', async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    const a = await login(env.ctx(), { username: u.username, password: u.password }, meta());
    const b = await login(env.ctx(), { username: u.username, password: u.password }, meta());
    await logout(env.ctx(u.actor), hashToken(a.token));
    expect(await resolveSession(env.ctx(), a.token)).toBeNull();
    expect(await resolveSession(env.ctx(), b.token)).not.toBeNull();
    expect(await audits('auth.logout', u.actor.accountId)).toHaveLength(1);
  });

  it('đăng xuất mọi nơi thu hồi mọi phiên của tài khoản và ghi nhật ký', async () => {
    const u = await buildActor(env, 'OFFICER', tree.district);
    const other = await buildActor(env, 'OFFICER', tree.district);
    const tokens = [];
    for (let i = 0; i < 3; i++)
      tokens.push((await login(env.ctx(), { username: u.username, password: u.password }, meta())).token);
    const keep = await login(env.ctx(), { username: other.username, password: other.password }, meta());
    expect(await logoutEverywhere(env.ctx(u.actor))).toBe(3);
    for (const t of tokens) expect(await resolveSession(env.ctx(), t)).toBeNull();
    expect(await resolveSession(env.ctx(), keep.token)).not.toBeNull();
    const rows = await audits('auth.logout_all', u.actor.accountId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toEqual({ revokedSessions: 3 });
    await expect(logoutEverywhere(env.ctx(null))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
