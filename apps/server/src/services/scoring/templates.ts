import { and, asc, eq, inArray } from 'drizzle-orm';
import { ZSaveScoringTemplateInput, type ScoringTemplate } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import { scoringCriteria, scoringCriteriaGroups, scoringRounds, scoringTemplates } from '../../db/schema';
import { emitAudit } from '../../audit/emit';
import { NotFoundError, ServiceError, parseInput } from '../../errors';
import { authorize, scopeFor } from '../../policies/scope';
import { isUuid, newId } from '../../lib/ids';
import { namesOf } from '../units/queries';

type TemplateRow = typeof scoringTemplates.$inferSelect;

/** The template with its groups and criteria in order, and whether a round uses it. */
export async function presentTemplate(db: Executor, t: TemplateRow, today: string): Promise<ScoringTemplate> {
  const groups = await db
    .select()
    .from(scoringCriteriaGroups)
    .where(eq(scoringCriteriaGroups.templateId, t.id))
    .orderBy(asc(scoringCriteriaGroups.position));
  const criteria = await db
    .select()
    .from(scoringCriteria)
    .where(eq(scoringCriteria.templateId, t.id))
    .orderBy(asc(scoringCriteria.position));
  const used = await db
    .select({ id: scoringRounds.id })
    .from(scoringRounds)
    .where(eq(scoringRounds.templateId, t.id))
    .limit(1);
  const names = await namesOf(db, [t.ownerUnitId], today);
  const maxHund = criteria.reduce((s, c) => s + Math.round(c.maxPoints * 100), 0);
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    ownerUnitId: t.ownerUnitId,
    ownerUnitName: names.get(t.ownerUnitId) ?? '',
    version: t.version,
    inUse: used.length > 0,
    maxTotal: maxHund / 100,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      criteria: criteria
        .filter((c) => c.groupId === g.id)
        .map((c) => ({
          id: c.id,
          name: c.name,
          guidance: c.guidance,
          maxPoints: c.maxPoints,
          evidenceRequired: c.evidenceRequired,
        })),
    })),
  };
}

async function writeCriteria(
  tx: Executor,
  templateId: string,
  groups: ReturnType<typeof ZSaveScoringTemplateInput.parse>['groups'],
) {
  let cpos = 0;
  for (const [gi, g] of groups.entries()) {
    const groupId = newId();
    await tx
      .insert(scoringCriteriaGroups)
      .values({ id: groupId, templateId, position: gi + 1, name: g.name });
    await tx.insert(scoringCriteria).values(
      g.criteria.map((c) => ({
        id: newId(),
        templateId,
        groupId,
        position: ++cpos,
        name: c.name,
        guidance: c.guidance ?? null,
        maxPoints: c.maxPoints,
        evidenceRequired: c.evidenceRequired,
      })),
    );
  }
}

/** Lập mẫu chấm điểm: criteria groups and criteria with maximum points and "evidence required". */
export async function createScoringTemplate(ctx: ServiceContext, input: unknown): Promise<ScoringTemplate> {
  await authorize(ctx, 'scoring.manage');
  const data = parseInput(ZSaveScoringTemplateInput, input);
  await authorize(ctx, 'scoring.manage', [data.ownerUnitId]);
  return ctx.db.transaction(async (tx) => {
    const id = newId();
    const [t] = await tx
      .insert(scoringTemplates)
      .values({ id, name: data.name, description: data.description ?? null, ownerUnitId: data.ownerUnitId })
      .returning();
    await writeCriteria(tx, id, data.groups);
    const out = await presentTemplate(tx, t!, ctx.clock.today());
    await emitAudit(tx, ctx, {
      action: 'scoring_template.create',
      entity: 'scoring_template',
      entityId: id,
      after: out,
    });
    return out;
  });
}

/** Sửa mẫu chấm điểm: replaces its groups and criteria; refused once a round uses the template. */
export async function updateScoringTemplate(
  ctx: ServiceContext,
  id: string,
  input: unknown,
): Promise<ScoringTemplate> {
  await authorize(ctx, 'scoring.manage');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy mẫu chấm điểm.');
  const data = parseInput(ZSaveScoringTemplateInput, input);
  const [existing] = await ctx.db.select().from(scoringTemplates).where(eq(scoringTemplates.id, id));
  if (!existing) throw new NotFoundError('Không tìm thấy mẫu chấm điểm.');
  await authorize(ctx, 'scoring.manage', [existing.ownerUnitId, data.ownerUnitId]);
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(scoringTemplates)
      .where(eq(scoringTemplates.id, id))
      .for('update');
    const before = await presentTemplate(tx, locked!, ctx.clock.today());
    if (before.inUse) throw new ServiceError('TEMPLATE_IN_USE');
    await tx.delete(scoringCriteria).where(eq(scoringCriteria.templateId, id));
    await tx.delete(scoringCriteriaGroups).where(eq(scoringCriteriaGroups.templateId, id));
    const [t] = await tx
      .update(scoringTemplates)
      .set({
        name: data.name,
        description: data.description ?? null,
        ownerUnitId: data.ownerUnitId,
        version: locked!.version + 1,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(scoringTemplates.id, id))
      .returning();
    await writeCriteria(tx, id, data.groups);
    const after = await presentTemplate(tx, t!, ctx.clock.today());
    await emitAudit(tx, ctx, {
      action: 'scoring_template.update',
      entity: 'scoring_template',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Mẫu chấm điểm owned by units in the actor's scope (any role that may score or manage scoring). */
export async function listScoringTemplates(ctx: ServiceContext): Promise<ScoringTemplate[]> {
  await authorize(ctx, 'unit.read');
  const scope = await scopeFor(ctx, 'unit.read');
  const rows = await ctx.read
    .select()
    .from(scoringTemplates)
    .where(scope === 'ALL' ? undefined : inArray(scoringTemplates.ownerUnitId, [...scope]))
    .orderBy(asc(scoringTemplates.name));
  const today = ctx.clock.today();
  return Promise.all(rows.map((r) => presentTemplate(ctx.read, r, today)));
}

export async function getScoringTemplate(ctx: ServiceContext, id: string): Promise<ScoringTemplate> {
  await authorize(ctx, 'unit.read');
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy mẫu chấm điểm.');
  const [t] = await ctx.read
    .select()
    .from(scoringTemplates)
    .where(and(eq(scoringTemplates.id, id)));
  if (!t) throw new NotFoundError('Không tìm thấy mẫu chấm điểm.');
  return presentTemplate(ctx.read, t, ctx.clock.today());
}
