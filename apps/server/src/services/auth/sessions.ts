import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { ZLoginInput, type Role, type SessionInfo } from '@vinhdanh/shared';
import type { Actor, ServiceContext } from '../../context';
import { queryRows } from '../../db/client';
import { rememberDataVersion } from '../../lib/versioned-cache';
import { accounts, loginThrottle, roleGrants, sessions, unitVersions } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ServiceError, parseInput } from '../../errors';
import { verifyPassword } from './password';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** Per client address: at most this many failures in the window before RATE_LIMITED. */
export const MAX_FAILURES_PER_IP = 30;
const IP_WINDOW_MINUTES = 15;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  session: SessionInfo;
}

/** Đăng nhập: verifies the password, throttles by account (lockout) and by client address. */
export async function login(
  ctx: ServiceContext,
  input: unknown,
  meta: { ip: string | null; userAgent: string | null },
): Promise<LoginResult> {
  const { username, password } = parseInput(ZLoginInput, input);
  const now = ctx.clock.now();
  const ipKey = `ip:${meta.ip ?? 'unknown'}`;
  const [throttle] = await ctx.db.select().from(loginThrottle).where(eq(loginThrottle.key, ipKey));
  if (
    throttle &&
    throttle.failures >= MAX_FAILURES_PER_IP &&
    now.getTime() - throttle.windowStart.getTime() < IP_WINDOW_MINUTES * 60_000
  ) {
    throw new ServiceError('RATE_LIMITED');
  }
  const [account] = await ctx.db.select().from(accounts).where(eq(accounts.username, username.toLowerCase()));
  if (account?.lockedUntil && account.lockedUntil > now) throw new ServiceError('ACCOUNT_LOCKED');
  const ok = account ? await verifyPassword(password, account.passwordHash) : false;
  if (!account || !ok) {
    await recordFailure(ctx, ipKey, account?.id ?? null, username, now);
    throw new ServiceError('INVALID_CREDENTIALS');
  }
  if (account.disabled) throw new ServiceError('ACCOUNT_DISABLED');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const actor = await loadActor(ctx, account.id);
  if (!actor) throw new ServiceError('INVALID_CREDENTIALS');
  await ctx.db.transaction(async (tx) => {
    await tx.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      accountId: account.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + ctx.config.SESSION_TTL_HOURS * 3600_000),
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await emitAudit(tx, { ...ctx, actor }, { action: 'auth.login', entity: 'account', entityId: account.id });
  });
  return { token, session: { user: await presentUser(ctx, actor), csrfToken } };
}

async function recordFailure(
  ctx: ServiceContext,
  ipKey: string,
  accountId: string | null,
  username: string,
  now: Date,
) {
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values({ key: ipKey, failures: 1, windowStart: now })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.windowStart} < ${new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000)} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          windowStart: sql`CASE WHEN ${loginThrottle.windowStart} < ${new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000)} THEN ${now} ELSE ${loginThrottle.windowStart} END`,
        },
      });
    if (accountId) {
      const [row] = await tx
        .update(accounts)
        .set({ failedLogins: sql`${accounts.failedLogins} + 1` })
        .where(eq(accounts.id, accountId))
        .returning({ failedLogins: accounts.failedLogins });
      if (row && row.failedLogins >= MAX_FAILED_LOGINS) {
        await tx
          .update(accounts)
          .set({ lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000), failedLogins: 0 })
          .where(eq(accounts.id, accountId));
      }
    }
    await emitAudit(tx, ctx, {
      action: 'auth.login_failed',
      entity: 'account',
      entityId: accountId,
      after: { username },
    });
  });
}

export async function loadActor(ctx: ServiceContext, accountId: string): Promise<Actor | null> {
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!a || a.disabled) return null;
  const grants = await ctx.db
    .select({ role: roleGrants.role, unitId: roleGrants.unitId })
    .from(roleGrants)
    .where(eq(roleGrants.accountId, accountId));
  return {
    accountId: a.id,
    username: a.username,
    fullName: a.fullName,
    personId: a.personId,
    grants: grants.map((g) => ({ role: g.role as Role, unitId: g.unitId })),
  };
}

export async function presentUser(ctx: ServiceContext, actor: Actor): Promise<SessionInfo['user']> {
  const roles = [];
  for (const g of actor.grants) {
    const [v] = await ctx.read
      .select({ name: unitVersions.name })
      .from(unitVersions)
      .where(eq(unitVersions.unitId, g.unitId))
      .orderBy(sql`${unitVersions.validFrom} DESC`)
      .limit(1);
    roles.push({ role: g.role, unitId: g.unitId, unitName: v?.name ?? '' });
  }
  return { id: actor.accountId, username: actor.username, fullName: actor.fullName, roles };
}

/** Resolves a session cookie to its actor and CSRF token; null when missing, expired or revoked. */
export async function resolveSession(
  ctx: ServiceContext,
  token: string,
): Promise<{ actor: Actor; csrfToken: string; tokenHash: string } | null> {
  const tokenHash = hashToken(token);
  // One round trip per request: session, account and grants together.
  const rows = await queryRows<{
    csrf_token: string;
    account_id: string;
    username: string;
    full_name: string;
    person_id: string | null;
    grants: { role: Role; unitId: string }[] | string | null;
    people_version: number | string | null;
  }>(
    ctx.db,
    sql`SELECT s.csrf_token, a.id AS account_id, a.username, a.full_name, a.person_id,
          (SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id)) FROM role_grants g
            WHERE g.account_id = a.id) AS grants,
          (SELECT version FROM data_versions WHERE name = 'people') AS people_version
        FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = ${tokenHash} AND s.revoked_at IS NULL AND s.expires_at > ${ctx.clock.now()}
          AND a.disabled = false`,
  );
  const r = rows[0];
  if (!r) return null;
  // Read in the same round trip so a cached search can be validated without another query.
  if (r.people_version !== null) rememberDataVersion(ctx, 'people', Number(r.people_version));
  const grants = typeof r.grants === 'string' ? (JSON.parse(r.grants) as Actor['grants']) : (r.grants ?? []);
  return {
    actor: {
      accountId: r.account_id,
      username: r.username,
      fullName: r.full_name,
      personId: r.person_id,
      grants,
    },
    csrfToken: r.csrf_token,
    tokenHash,
  };
}

export async function logout(ctx: ServiceContext, tokenHash: string): Promise<void> {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  await ctx.db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: ctx.clock.now() }).where(eq(sessions.tokenHash, tokenHash));
    await emitAudit(tx, ctx, { action: 'auth.logout', entity: 'account', entityId: ctx.actor!.accountId });
  });
}

/** Đăng xuất mọi nơi: revokes every session of the actor. */
export async function logoutEverywhere(ctx: ServiceContext): Promise<number> {
  const actor = ctx.actor;
  if (!actor) throw new ServiceError('UNAUTHENTICATED');
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(sessions)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(sessions.accountId, actor.accountId), isNull(sessions.revokedAt)))
      .returning({ h: sessions.tokenHash });
    await emitAudit(tx, ctx, {
      action: 'auth.logout_all',
      entity: 'account',
      entityId: actor.accountId,
      after: { revokedSessions: rows.length },
    });
    return rows.length;
  });
}
