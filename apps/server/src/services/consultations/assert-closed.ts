import { eq, inArray } from 'drizzle-orm';
import { formatLegalDate } from '@vinhdanh/shared';
import type { Executor } from '../../db/client';
import { consultationItems, consultations, nominations } from '../../db/schema';
import { ServiceError } from '../../errors';
import { postingWindow } from './window';

export interface AssertConsultationOptions {
  /** Also refuse nominees whose code requires public posting (NĐ 98 Điều 46 kh2) but were never posted. Default true. */
  requireWhereMandatory?: boolean;
}

/**
 * The gate the next step calls (decisions: before a decision is drafted or issued; ballot may call it before a
 * meeting): throws CONSULTATION_OPEN while any of the nominees is on a list whose posting window has not ended on
 * `today` (the window ends the day before `earliest_meeting_on`), and CONSULTATION_REQUIRED for a nominee whose
 * code needs posting but who was never posted. Use inside the caller's transaction by passing `tx`.
 */
export async function assertConsultationClosed(
  db: Executor,
  nominationIds: readonly string[],
  today: string,
  opts: AssertConsultationOptions = {},
): Promise<void> {
  if (nominationIds.length === 0) return;
  const ids = [...new Set(nominationIds)];
  const rows = await db
    .select({ nominationId: consultationItems.nominationId, c: consultations })
    .from(consultationItems)
    .innerJoin(consultations, eq(consultations.id, consultationItems.consultationId))
    .where(inArray(consultationItems.nominationId, ids));
  const running = rows.filter((r) => today < r.c.earliestMeetingOn);
  if (running.length) {
    const last = running.map((r) => r.c).sort((a, b) => (a.closesOn < b.closesOn ? 1 : -1))[0]!;
    throw new ServiceError(
      'CONSULTATION_OPEN',
      `Danh sách đang công khai lấy ý kiến đến hết ngày ${formatLegalDate(last.closesOn)}; chỉ thực hiện bước tiếp theo từ ngày ${formatLegalDate(last.earliestMeetingOn)}.`,
      {
        nominationIds: [...new Set(running.map((r) => r.nominationId))],
        closesOn: last.closesOn,
        earliestMeetingOn: last.earliestMeetingOn,
        consultationSlug: last.slug,
      },
    );
  }
  if (opts.requireWhereMandatory === false) return;
  const posted = new Set(rows.map((r) => r.nominationId));
  const noms = await db
    .select({ id: nominations.id, code: nominations.code })
    .from(nominations)
    .where(inArray(nominations.id, ids));
  const missing = noms.filter(
    (n) => !posted.has(n.id) && postingWindow([n.code], today).mandatoryFor.length > 0,
  );
  if (missing.length)
    throw new ServiceError(
      'CONSULTATION_REQUIRED',
      'Danh sách đề nghị Huân chương, danh hiệu vinh dự nhà nước phải được công khai lấy ý kiến trước (Luật Thi đua, khen thưởng 2022, Điều 84 khoản 5; Nghị định 98/2023/NĐ-CP, Điều 46 khoản 2).',
      { nominationIds: missing.map((m) => m.id) },
    );
}
