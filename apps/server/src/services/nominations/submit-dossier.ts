import { appraisalDueOn, effectiveDeadline, type DossierProcedure } from '@vinhdanh/rules';
import { formatLegalDate, type DossierDetail } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { emitAudit } from '../../audit/emit';
import { ServiceError } from '../../errors';
import { authorize } from '../../policies/scope';
import { appendNominationStep, nominationStates } from '../../workflow/nomination';
import {
  componentStatus,
  loadAttachments,
  loadNominations,
  presentDossierDetail,
  requireDossier,
} from './queries';

/**
 * Trình hồ sơ lên cấp trên: every draft or returned nominee goes to SUBMITTED. Refused, with nothing written,
 * when the dossier has no nominee (DOSSIER_EMPTY), when a first submission comes after the deadline (moved to
 * the next working day when it falls on a day off: DEADLINE_PASSED), or when a component required by Luật
 * Điều 84/85 is missing (DOSSIER_INCOMPLETE, `details.missing` lists each component and the nominees lacking it).
 * Needs nomination.submit on the proposing unit.
 */
export async function submitDossier(ctx: ServiceContext, dossierId: string): Promise<DossierDetail> {
  const d = await requireDossier(ctx.db, dossierId);
  await authorize(ctx, 'nomination.submit', [d.proposingUnitId]);
  const today = ctx.clock.today();
  return ctx.db.transaction(async (tx) => {
    const noms = await loadNominations(tx, [d.id]);
    const states = await nominationStates(
      tx,
      noms.map((n) => n.id),
    );
    const live = noms.filter((n) => {
      const s = states.get(n.id)?.status;
      return s !== undefined && s !== 'WITHDRAWN';
    });
    if (live.length === 0) throw new ServiceError('DOSSIER_EMPTY');
    const toSubmit = live.filter((n) => {
      const s = states.get(n.id)!.status;
      return s === 'DRAFT' || s === 'RETURNED';
    });
    if (toSubmit.length === 0)
      throw new ServiceError(
        'INVALID_TRANSITION',
        'Không có đề nghị nào đang soạn hoặc bị trả lại để trình.',
      );
    const firstTime = toSubmit.some((n) => states.get(n.id)!.status === 'DRAFT');
    if (d.deadline && firstTime) {
      const eff = effectiveDeadline(d.deadline);
      if (today > eff.date)
        throw new ServiceError(
          'DEADLINE_PASSED',
          `Đã quá hạn nộp hồ sơ (hạn ${formatLegalDate(d.deadline)}${eff.moved ? `, lùi đến ngày làm việc ${formatLegalDate(eff.date)}` : ''}).`,
          { deadline: d.deadline, effectiveDeadline: eff.date, citation: eff.citation },
        );
    }
    const atts = await loadAttachments(tx, d.id);
    const status = componentStatus(
      d.procedure as DossierProcedure,
      live,
      atts.map((a) => a.a),
    );
    const missing = status.filter((c) => !c.present);
    if (missing.length) {
      const detail = await presentDossierDetail(ctx, tx, d);
      const nameOf = new Map(detail.nominations.map((n) => [n.id, n.nomineeName]));
      const list = missing.map((c) => ({
        component: c.code,
        name: c.name,
        citation: c.citation,
        nominations: c.missingFor.map((id) => ({ id, name: nameOf.get(id) ?? '' })),
      }));
      const text = list
        .map((m) =>
          m.nominations.length ? `${m.name} (${m.nominations.map((x) => x.name).join(', ')})` : m.name,
        )
        .join('; ');
      throw new ServiceError('DOSSIER_INCOMPLETE', `Hồ sơ còn thiếu: ${text}.`, { missing: list });
    }
    for (const n of toSubmit) await appendNominationStep(tx, ctx, n.id, 'SUBMITTED');
    await emitAudit(tx, ctx, {
      action: 'dossier.submit',
      entity: 'dossier',
      entityId: d.id,
      after: {
        nominationIds: toSubmit.map((n) => n.id),
        submittedOn: today,
        appraisalDueOn: appraisalDueOn(today),
        receivingUnitId: d.receivingUnitId,
      },
    });
    return presentDossierDetail(ctx, tx, d);
  });
}
