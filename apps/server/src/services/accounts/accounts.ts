import { asc, eq, inArray } from 'drizzle-orm';
import { ZCreateAccountInput, ZSetAccountEmailInput, type Account, type Role } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { accounts, persons, roleGrants, sessions, units } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, ValidationError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { newId, isUuid } from '../../lib/ids';
import { hashPassword } from '../auth/password';
import { namesOf } from '../units/queries';

async function present(
  db: Executor,
  rows: (typeof accounts.$inferSelect)[],
  today: string,
): Promise<Account[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .select()
    .from(roleGrants)
    .where(
      inArray(
        roleGrants.accountId,
        rows.map((r) => r.id),
      ),
    );
  const names = await namesOf(
    db,
    grants.map((g) => g.unitId),
    today,
  );
  return rows.map((a) => ({
    id: a.id,
    username: a.username,
    fullName: a.fullName,
    email: a.email ?? null,
    disabled: a.disabled,
    createdAt: a.createdAt.toISOString(),
    roles: grants
      .filter((g) => g.accountId === a.id)
      .map((g) => ({ role: g.role as Role, unitId: g.unitId, unitName: names.get(g.unitId) ?? '' })),
  }));
}

/** Tài khoản whose every grant lies in the admin's scope. */
export async function listAccounts(ctx: ServiceContext): Promise<Account[]> {
  await authorize(ctx, 'account.manage');
  const scope = await scopeFor(ctx, 'account.manage');
  const rows = await ctx.read.select().from(accounts).orderBy(asc(accounts.username));
  const all = await present(ctx.read, rows, ctx.clock.today());
  return scope === 'ALL'
    ? all
    : all.filter((a) => a.roles.length > 0 && a.roles.every((r) => scope.has(r.unitId)));
}

/** Tạo tài khoản with role grants, each on a unit inside the admin's own scope. */
export async function createAccount(ctx: ServiceContext, input: unknown): Promise<Account> {
  const data = parseInput(ZCreateAccountInput, input);
  await authorize(
    ctx,
    'account.manage',
    data.roles.map((r) => r.unitId),
  );
  const passwordHash = await hashPassword(data.password, ctx.config.ARGON2_MEMORY_KIB);
  return ctx.db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.username, data.username));
    if (dup) throw new ServiceError('DUPLICATE_USERNAME');
    // Unknown references would otherwise surface as a foreign-key failure (500).
    const unitIds = [...new Set(data.roles.map((r) => r.unitId))];
    const found = await tx.select({ id: units.id }).from(units).where(inArray(units.id, unitIds));
    if (found.length !== unitIds.length)
      throw new ValidationError([{ path: 'roles', message: 'Không tìm thấy đơn vị được phân quyền.' }]);
    if (data.personId) {
      const [p] = isUuid(data.personId)
        ? await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, data.personId))
        : [];
      if (!p) throw new ValidationError([{ path: 'personId', message: 'Không tìm thấy cán bộ.' }]);
    }
    const id = newId();
    const [row] = await tx
      .insert(accounts)
      .values({
        id,
        username: data.username,
        fullName: data.fullName,
        passwordHash,
        personId: data.personId ?? null,
        email: data.email || null,
      })
      .returning();
    await tx
      .insert(roleGrants)
      .values(data.roles.map((r) => ({ id: newId(), accountId: id, role: r.role, unitId: r.unitId })));
    const [out] = await present(tx, [row!], ctx.clock.today());
    await emitAudit(tx, ctx, { action: 'account.create', entity: 'account', entityId: id, after: out });
    return out!;
  });
}

/** Vô hiệu hóa tài khoản: also revokes its sessions at once. */
export async function disableAccount(ctx: ServiceContext, id: string): Promise<Account> {
  if (!isUuid(id)) throw new NotFoundError();
  const grants = await ctx.db.select().from(roleGrants).where(eq(roleGrants.accountId, id));
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy tài khoản.');
  await authorize(
    ctx,
    'account.manage',
    grants.map((g) => g.unitId),
  );
  if (ctx.actor?.accountId === id)
    throw new ServiceError('FORBIDDEN', 'Không thể tự vô hiệu hóa tài khoản của mình.');
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(accounts)
      .set({ disabled: true, updatedAt: ctx.clock.now() })
      .where(eq(accounts.id, id))
      .returning();
    await tx.update(sessions).set({ revokedAt: ctx.clock.now() }).where(eq(sessions.accountId, id));
    await emitAudit(tx, ctx, {
      action: 'account.disable',
      entity: 'account',
      entityId: id,
      before: { disabled: row.disabled },
      after: { disabled: true },
    });
    const [out] = await present(tx, [after!], ctx.clock.today());
    return out!;
  });
}

/** Địa chỉ email of an account (where email notifications go); empty or null clears it. */
export async function setAccountEmail(ctx: ServiceContext, id: string, input: unknown): Promise<Account> {
  const data = parseInput(ZSetAccountEmailInput, input);
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy tài khoản.');
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy tài khoản.');
  const grants = await ctx.db.select().from(roleGrants).where(eq(roleGrants.accountId, id));
  // One's own address may always be set; others' only by an administrator whose scope holds all their grants.
  if (ctx.actor?.accountId !== id)
    await authorize(
      ctx,
      'account.manage',
      grants.map((g) => g.unitId),
    );
  const email = data.email || null;
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(accounts)
      .set({ email, updatedAt: ctx.clock.now() })
      .where(eq(accounts.id, id))
      .returning();
    await emitAudit(tx, ctx, {
      action: 'account.set_email',
      entity: 'account',
      entityId: id,
      before: { email: row.email },
      after: { email },
    });
    const [out] = await present(tx, [after!], ctx.clock.today());
    return out!;
  });
}
