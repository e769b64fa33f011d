import { and, asc, eq, isNull } from 'drizzle-orm';
import { createEngine, listParameters, ParameterError, type ParameterOverride } from '@vinhdanh/rules';
import {
  ZAddParameterOverrideInput,
  ZParameterOverrideQuery,
  type ParameterOverrideRow,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { parameterOverrides } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { ForbiddenError, NotFoundError, ServiceError, parseInput } from '../../errors';
import { isUuid, newId } from '../../lib/ids';
import { authorize, scopeFor } from '../../policies/scope';

type Row = typeof parameterOverrides.$inferSelect;
type Scalar = ParameterOverride['value'];

/** A province override as the rules engine takes it, with the row id so stored answers can name it. */
export type ActiveOverride = ParameterOverride & { readonly id: string };

function present(r: Row): ParameterOverrideRow {
  return {
    id: r.id,
    parameter: r.parameter,
    from: r.validFrom,
    to: r.validTo,
    value: (r.value ?? null) as Scalar,
    reference: r.reference,
    reason: r.reason,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    revokedAt: r.revokedAt ? r.revokedAt.toISOString() : null,
    revokedBy: r.revokedBy,
  };
}

function toOverride(r: Row): ActiveOverride {
  return {
    id: r.id,
    parameter: r.parameter,
    from: r.validFrom,
    ...(r.validTo ? { to: r.validTo } : {}),
    value: (r.value ?? null) as Scalar,
    reference: r.reference,
    reason: r.reason,
  };
}

/** The engines cache one engine per overrides array: hand out the same array while the rows are the same. */
const arrays = new Map<string, readonly ActiveOverride[]>();

/** Province overrides in force (not revoked), in the shape createEngine/evaluate take. */
export async function activeOverrides(db: Executor): Promise<readonly ActiveOverride[]> {
  const rows = await db
    .select()
    .from(parameterOverrides)
    .where(isNull(parameterOverrides.revokedAt))
    .orderBy(
      asc(parameterOverrides.parameter),
      asc(parameterOverrides.validFrom),
      asc(parameterOverrides.id),
    );
  const list = rows.map(toOverride);
  const key = JSON.stringify(list);
  const hit = arrays.get(key);
  if (hit) return hit;
  if (arrays.size > 64) arrays.clear();
  arrays.set(key, list);
  return list;
}

/** For the engine: the ParameterOverride fields only (the rules loader refuses unknown keys). */
export function engineOverrides(list: readonly ActiveOverride[]): ParameterOverride[] {
  return list.map(({ id: _id, ...o }) => o);
}

const engineArrays = new WeakMap<readonly ActiveOverride[], ParameterOverride[]>();
/** engineOverrides, memoised per activeOverrides array so the rules package reuses its engine. */
export function forEngine(list: readonly ActiveOverride[]): ParameterOverride[] {
  let out = engineArrays.get(list);
  if (!out) {
    out = engineOverrides(list);
    engineArrays.set(list, out);
  }
  return out;
}

/** Province-wide values: only an administrator whose grant covers every unit may set them. */
async function authorizeOverride(ctx: ServiceContext) {
  await authorize(ctx, 'parameter.override');
  if ((await scopeFor(ctx, 'parameter.override')) !== 'ALL') {
    throw new ForbiddenError('Chỉ quản trị hệ thống cấp tỉnh được điều chỉnh tham số pháp lý.');
  }
}

/** Danh sách điều chỉnh của tỉnh (mặc định chỉ những điều chỉnh chưa thu hồi). Public, like the catalogue. */
export async function listParameterOverrides(
  ctx: ServiceContext,
  input: unknown = {},
): Promise<ParameterOverrideRow[]> {
  const q = parseInput(ZParameterOverrideQuery, input ?? {});
  const rows = await ctx.read
    .select()
    .from(parameterOverrides)
    .where(q.includeRevoked ? undefined : isNull(parameterOverrides.revokedAt))
    .orderBy(
      asc(parameterOverrides.parameter),
      asc(parameterOverrides.validFrom),
      asc(parameterOverrides.id),
    );
  return rows.map(present);
}

function refuse(message: string, path: string): never {
  throw new ServiceError('VALIDATION_FAILED', message, [{ path, message }]);
}

/**
 * Thêm điều chỉnh của tỉnh: validated by the rules package's own loader (delegated parameter, type, dates,
 * reference, reason), then refused when it overlaps another active override of the same parameter.
 */
export async function addParameterOverride(
  ctx: ServiceContext,
  input: unknown,
): Promise<ParameterOverrideRow> {
  await authorizeOverride(ctx);
  const data = parseInput(ZAddParameterOverrideInput, input);
  const candidate: ParameterOverride = {
    parameter: data.parameter,
    from: data.from,
    ...(data.to ? { to: data.to } : {}),
    value: data.value,
    reference: data.reference,
    reason: data.reason,
  };
  if (!listParameters().some((p) => p.key === data.parameter)) {
    refuse(`Không có tham số '${data.parameter}'.`, 'parameter');
  }
  try {
    createEngine({ overrides: [candidate] }); // runs loadOverrides against the parameter definitions
  } catch (e) {
    if (e instanceof ParameterError) refuse(e.message, 'parameter');
    throw e;
  }
  return ctx.db.transaction(async (tx) => {
    const others = await tx
      .select()
      .from(parameterOverrides)
      .where(and(eq(parameterOverrides.parameter, data.parameter), isNull(parameterOverrides.revokedAt)));
    const end = data.to ?? '9999-12-31';
    const clash = others.find((o) => o.validFrom <= end && data.from <= (o.validTo ?? '9999-12-31'));
    if (clash) {
      refuse(
        `Tham số '${data.parameter}': khoảng thời gian trùng với điều chỉnh đã có từ ${clash.validFrom}` +
          `${clash.validTo ? ` đến ${clash.validTo}` : ''} (${clash.reference}); thu hồi điều chỉnh đó trước.`,
        'from',
      );
    }
    const [row] = await tx
      .insert(parameterOverrides)
      .values({
        id: newId(),
        parameter: data.parameter,
        validFrom: data.from,
        validTo: data.to ?? null,
        value: data.value,
        reference: data.reference,
        reason: data.reason,
        createdBy: ctx.actor?.accountId ?? null,
      })
      .returning();
    const out = present(row!);
    await emitAudit(tx, ctx, {
      action: 'parameter_override.add',
      entity: 'parameter_override',
      entityId: out.id,
      after: out,
    });
    return out;
  });
}

/** Thu hồi điều chỉnh: sets revoked_at (the row stays, for the answers that used it). */
export async function revokeParameterOverride(
  ctx: ServiceContext,
  id: string,
): Promise<ParameterOverrideRow> {
  await authorizeOverride(ctx);
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy điều chỉnh tham số.');
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(parameterOverrides).where(eq(parameterOverrides.id, id));
    if (!existing) throw new NotFoundError('Không tìm thấy điều chỉnh tham số.');
    if (existing.revokedAt) {
      throw new ServiceError('CONFLICT', 'Điều chỉnh này đã được thu hồi.');
    }
    const [row] = await tx
      .update(parameterOverrides)
      .set({ revokedAt: ctx.clock.now(), revokedBy: ctx.actor?.accountId ?? null })
      .where(eq(parameterOverrides.id, id))
      .returning();
    const before = present(existing);
    const out = present(row!);
    await emitAudit(tx, ctx, {
      action: 'parameter_override.revoke',
      entity: 'parameter_override',
      entityId: id,
      before,
      after: out,
    });
    return out;
  });
}
