import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import {
  appraisalDueOn,
  dossierComponents,
  effectiveDeadline,
  viName,
  type Code,
  type DossierProcedure,
} from '@vinhdanh/rules';
import {
  ZDossierListQuery,
  type Attachment,
  type AwardTypeCode,
  type Dossier,
  type DossierDetail,
  type Nomination,
  type NominationStatus,
  type Procedure,
  type Reason,
  type SimplifiedGround,
} from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import type { Executor } from '../../db/client';
import {
  accounts,
  dossierAttachments,
  dossiers,
  employments,
  files,
  nominations,
  nominationSteps,
  persons,
} from '../../db/schema';
import { ForbiddenError, NotFoundError, ServiceError, parseInput } from '../../errors';
import { isUuid } from '../../lib/ids';
import { vietnamDate } from '../../lib/clock';
import { allowed, authorize, hasPermission, scopeFor } from '../../policies/scope';
import type { Permission } from '../../policies/permissions';
import { namesOf } from '../units/queries';
import {
  deriveState,
  dossierStatus,
  nominationStates,
  type NominationState,
} from '../../workflow/nomination';

export type DossierRow = typeof dossiers.$inferSelect;
export type NominationRow = typeof nominations.$inferSelect;
type AttachmentRow = typeof dossierAttachments.$inferSelect;

export async function requireDossier(db: Executor, id: string): Promise<DossierRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy hồ sơ đề nghị.');
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy hồ sơ đề nghị.');
  return row;
}

export async function requireNomination(db: Executor, id: string): Promise<NominationRow> {
  if (!isUuid(id)) throw new NotFoundError('Không tìm thấy người được đề nghị.');
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id));
  if (!row) throw new NotFoundError('Không tìm thấy người được đề nghị.');
  return row;
}

/** Reading a dossier: nomination.read on the proposing unit or on the receiving body. */
export async function authorizeDossierRead(ctx: ServiceContext, d: DossierRow) {
  await authorize(ctx, 'nomination.read');
  if (await allowed(ctx, 'nomination.read', [d.proposingUnitId])) return;
  if (await allowed(ctx, 'nomination.read', [d.receivingUnitId])) return;
  throw new ForbiddenError(undefined, 'OUT_OF_SCOPE');
}

/** Live nominations of dossiers (withdrawn ones included; callers filter by status). */
export async function loadNominations(db: Executor, dossierIds: string[]): Promise<NominationRow[]> {
  if (dossierIds.length === 0) return [];
  return db
    .select()
    .from(nominations)
    .where(inArray(nominations.dossierId, dossierIds))
    .orderBy(asc(nominations.position));
}

export async function loadAttachments(db: Executor, dossierId: string) {
  return db
    .select({ a: dossierAttachments, f: files })
    .from(dossierAttachments)
    .innerJoin(files, eq(files.id, dossierAttachments.fileId))
    .where(and(eq(dossierAttachments.dossierId, dossierId), isNull(dossierAttachments.removedAt)))
    .orderBy(asc(dossierAttachments.createdAt));
}

export interface ComponentStatus {
  code: string;
  name: string;
  scope: 'DOSSIER' | 'NOMINATION';
  citation: string;
  confirmed: boolean;
  generatable: boolean;
  missingFor: string[];
  present: boolean;
}

/**
 * The components the dossier needs (union over its live nominations' codes, Luật Điều 84/85) and which are
 * present: a dossier-level component once, a nomination-level one for every nomination whose code needs it.
 */
export function componentStatus(
  procedure: DossierProcedure,
  noms: readonly Pick<NominationRow, 'id' | 'code'>[],
  atts: readonly Pick<AttachmentRow, 'component' | 'nominationId'>[],
): ComponentStatus[] {
  const out = new Map<string, ComponentStatus>();
  for (const n of noms) {
    for (const c of dossierComponents(n.code as Code, procedure)) {
      let s = out.get(c.code);
      if (!s) {
        const present =
          c.scope === 'DOSSIER' && atts.some((a) => a.component === c.code && a.nominationId === null);
        s = {
          code: c.code,
          name: c.vi,
          scope: c.scope,
          citation: c.citation,
          confirmed: c.confirmed,
          generatable: c.generatable,
          missingFor: [],
          present: c.scope === 'DOSSIER' ? present : true,
        };
        out.set(c.code, s);
      }
      if (c.scope === 'NOMINATION' && !atts.some((a) => a.component === c.code && a.nominationId === n.id)) {
        s.missingFor.push(n.id);
        s.present = false;
      }
    }
  }
  return [...out.values()];
}

export function isLive(s: NominationStatus | null): boolean {
  return s !== 'WITHDRAWN' && s !== null;
}

function presentHeader(
  d: DossierRow,
  names: Map<string, string>,
  states: NominationState[],
  count: number,
): Dossier {
  const submitted = states
    .map((s) => s.submittedAt)
    .filter((x): x is Date => x !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const submittedOn = submitted ? vietnamDate(submitted) : null;
  return {
    id: d.id,
    title: d.title,
    proposingUnitId: d.proposingUnitId,
    proposingUnitName: names.get(d.proposingUnitId) ?? '',
    receivingUnitId: d.receivingUnitId,
    receivingUnitName: names.get(d.receivingUnitId) ?? '',
    procedure: d.procedure as Procedure,
    simplifiedGround: (d.simplifiedGround as SimplifiedGround | null) ?? null,
    awardType: d.awardType as AwardTypeCode,
    year: d.year,
    occasion: d.occasion,
    deadline: d.deadline,
    effectiveDeadline: d.deadline ? effectiveDeadline(d.deadline).date : null,
    movementId: d.movementId,
    status: dossierStatus(states.map((s) => s.status)),
    submittedOn,
    appraisalDueOn: submittedOn ? appraisalDueOn(submittedOn) : null,
    nominationCount: count,
    createdAt: d.createdAt.toISOString(),
  };
}

/** Dossier with nominees (names, verdicts, derived status, steps), attachments and the component checklist. */
export async function presentDossierDetail(
  ctx: ServiceContext,
  db: Executor,
  d: DossierRow,
): Promise<DossierDetail> {
  const noms = await loadNominations(db, [d.id]);
  const ids = noms.map((n) => n.id);
  const steps = ids.length
    ? await db
        .select({ s: nominationSteps, actorName: accounts.fullName })
        .from(nominationSteps)
        .leftJoin(accounts, eq(accounts.id, nominationSteps.actorId))
        .where(inArray(nominationSteps.nominationId, ids))
        .orderBy(asc(nominationSteps.nominationId), asc(nominationSteps.seq))
    : [];
  const stepsBy = new Map<string, typeof steps>();
  for (const s of steps) {
    const l = stepsBy.get(s.s.nominationId) ?? [];
    l.push(s);
    stepsBy.set(s.s.nominationId, l);
  }
  const personIds = noms.map((n) => n.personId).filter((x): x is string => !!x);
  const people = personIds.length
    ? await db
        .select({ id: persons.id, fullName: persons.fullName })
        .from(persons)
        .where(inArray(persons.id, personIds))
    : [];
  const personName = new Map(people.map((p) => [p.id, p.fullName]));
  const today = ctx.clock.today();
  const personUnits = await currentUnitOfPeople(db, personIds, today);
  const names = await namesOf(
    db,
    [
      d.proposingUnitId,
      d.receivingUnitId,
      ...noms.map((n) => n.unitId).filter((x): x is string => !!x),
      ...personUnits.values(),
    ],
    today,
  );
  const atts = await loadAttachments(db, d.id);
  const presented: Nomination[] = noms.map((n) => {
    const rows = stepsBy.get(n.id) ?? [];
    const st = deriveState(rows.map((r) => r.s));
    return {
      id: n.id,
      dossierId: n.dossierId,
      personId: n.personId,
      unitId: n.unitId,
      nomineeName: n.personId ? (personName.get(n.personId) ?? '') : (names.get(n.unitId!) ?? ''),
      nomineeUnitName: n.personId
        ? (names.get(personUnits.get(n.personId) ?? '') ?? '')
        : (names.get(n.unitId!) ?? ''),
      code: n.code,
      codeName: viName(n.code),
      periodFrom: n.periodFrom,
      periodTo: n.periodTo,
      summary: n.summary,
      position: n.position,
      status: st.status ?? 'DRAFT',
      consultation: st.consultation,
      lastReason: st.lastReason,
      verdict:
        n.outcome === null
          ? null
          : {
              outcome: n.outcome as 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_REVIEW',
              confirmed: n.confirmed ?? false,
              rulesetVersion: n.rulesetVersion ?? '',
              reasons: (n.reasons as Reason[] | null) ?? [],
              resultId: n.eligibilityResultId,
            },
      steps: rows.map((r) => ({
        step: r.s.step as Nomination['steps'][number]['step'],
        reason: r.s.reason,
        at: r.s.at.toISOString(),
        actorName: r.actorName ?? null,
      })),
    };
  });
  const live = presented.filter((n) => isLive(n.status));
  const components = componentStatus(
    d.procedure as DossierProcedure,
    live,
    atts.map((a) => a.a),
  );
  const header = presentHeader(
    d,
    names,
    presented.map((n) => ({
      status: n.status,
      consultation: n.consultation,
      lastReason: n.lastReason,
      submittedAt: deriveState((stepsBy.get(n.id) ?? []).map((r) => r.s)).submittedAt,
    })),
    live.length,
  );
  return {
    ...header,
    nominations: presented,
    attachments: atts.map(presentAttachment),
    components,
    complete: live.length > 0 && components.every((c) => c.present),
  };
}

export function presentAttachment(r: { a: AttachmentRow; f: typeof files.$inferSelect }): Attachment {
  return {
    id: r.a.id,
    component: r.a.component,
    nominationId: r.a.nominationId,
    fileId: r.f.id,
    filename: r.f.filename,
    size: r.f.size,
    generated: r.a.generated,
    createdAt: r.a.createdAt.toISOString(),
  };
}

/** The unit each person works in today (first open employment), else their latest one. */
async function currentUnitOfPeople(db: Executor, personIds: string[], today: string) {
  const out = new Map<string, string>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select()
    .from(employments)
    .where(inArray(employments.personId, personIds))
    .orderBy(asc(employments.dateFrom));
  for (const e of rows) {
    const open = e.dateFrom <= today && (e.dateTo === null || e.dateTo >= today);
    if (open || !out.has(e.personId)) out.set(e.personId, e.unitId);
  }
  return out;
}

/** Hồ sơ của đơn vị (PROPOSING) or hồ sơ nhận được (RECEIVING) within the actor's scope. */
export async function listDossiers(ctx: ServiceContext, input: unknown): Promise<Dossier[]> {
  await authorize(ctx, 'nomination.read');
  const q = parseInput(ZDossierListQuery, input);
  const scope = await scopeFor(ctx, 'nomination.read');
  if (scope !== 'ALL' && scope.size === 0) return [];
  const col = q.role === 'RECEIVING' ? dossiers.receivingUnitId : dossiers.proposingUnitId;
  const rows = await ctx.read
    .select()
    .from(dossiers)
    .where(
      and(
        q.year ? eq(dossiers.year, q.year) : undefined,
        scope === 'ALL' ? undefined : inArray(col, [...scope]),
      ),
    )
    .orderBy(desc(dossiers.createdAt))
    .limit(500);
  const noms = await loadNominations(
    ctx.read,
    rows.map((r) => r.id),
  );
  const states = await nominationStates(
    ctx.read,
    noms.map((n) => n.id),
  );
  const names = await namesOf(
    ctx.read,
    rows.flatMap((r) => [r.proposingUnitId, r.receivingUnitId]),
    ctx.clock.today(),
  );
  const byDossier = new Map<string, NominationState[]>();
  for (const n of noms) {
    const s = states.get(n.id);
    if (!s) continue;
    const l = byDossier.get(n.dossierId) ?? [];
    l.push(s);
    byDossier.set(n.dossierId, l);
  }
  const out = rows.map((r) => {
    const st = byDossier.get(r.id) ?? [];
    return presentHeader(r, names, st, st.filter((s) => isLive(s.status)).length);
  });
  // An officer's inbox shows what was sent to them, not drafts still being prepared.
  const visible = q.role === 'RECEIVING' ? out.filter((d) => d.status !== 'DRAFT') : out;
  return q.status ? visible.filter((d) => d.status === q.status) : visible;
}

export async function getDossier(ctx: ServiceContext, id: string): Promise<DossierDetail> {
  const d = await requireDossier(ctx.read, id);
  await authorizeDossierRead(ctx, d);
  return presentDossierDetail(ctx, ctx.read, d);
}

/** Throws unless the actor holds `perm` on `unitId`, with a message naming what is needed. */
export async function authorizeOn(ctx: ServiceContext, perm: Permission, unitId: string) {
  if (!ctx.actor) throw new ServiceError('UNAUTHENTICATED');
  if (!hasPermission(ctx, perm)) throw new ForbiddenError();
  await authorize(ctx, perm, [unitId]);
}
