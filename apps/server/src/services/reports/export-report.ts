import { sql } from 'drizzle-orm';
import { ZReportQuery, type ReportResult } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { queryRows, type Executor } from '../../db/client';
import { parseInput } from '../../errors';
import { authorize } from '../../policies/scope';
import { getReport } from './get-report';
import { loadSnapshot } from './snapshots';
import { reportWorkbook } from './xlsx';
import { vietnamDate } from '../../lib/clock';

/** Who receives the report: the body's parent on the last day of the period, else Bộ Nội vụ. */
async function receiverName(db: Executor, unitId: string, day: string): Promise<string> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`
    SELECT pv.name FROM unit_versions v
      JOIN unit_versions pv ON pv.unit_id = v.parent_id
       AND pv.valid_from <= ${day}::date AND (pv.valid_to IS NULL OR pv.valid_to >= ${day}::date)
     WHERE v.unit_id = ${unitId}::uuid AND v.valid_from <= ${day}::date
       AND (v.valid_to IS NULL OR v.valid_to >= ${day}::date)
     LIMIT 1`,
  );
  return rows[0]?.name ?? 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)';
}

export function reportFileName(r: Pick<ReportResult, 'form' | 'year'>, draft: boolean) {
  return `bieu-${r.form}-N-${r.year}${draft ? '-ban-nhap' : ''}.xlsx`;
}

/** The current numbers as a draft file (signature block left blank, marked "bản nháp"). */
export async function exportReportDraft(ctx: ServiceContext, input: unknown) {
  const q = parseInput(ZReportQuery, input);
  await authorize(ctx, 'report.read', [q.unitId]);
  const r = await getReport(ctx, q);
  const buffer = await reportWorkbook(r, {
    receiverName: await receiverName(ctx.read, r.unitId, r.to),
    signature: null,
  });
  return { buffer, fileName: reportFileName(r, true) };
}

/** A finalised report exactly as frozen, with its signature block. */
export async function exportReportSnapshot(ctx: ServiceContext, id: string) {
  const s = await loadSnapshot(ctx, id);
  const buffer = await reportWorkbook(s.result, {
    receiverName: await receiverName(ctx.read, s.unitId, s.to),
    signature: {
      preparerName: s.preparerName,
      signerName: s.signerName,
      signerTitle: s.signerTitle,
      place: s.place,
      signedOn: vietnamDate(new Date(s.finalizedAt)),
    },
  });
  return { buffer, fileName: reportFileName(s.result, false) };
}
