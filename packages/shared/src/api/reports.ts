import { z } from 'zod';
import { ZLegalDate } from './common';
import { REPORT_FORM_CODES } from '../reports/forms';

export const ZReportFormCode = z.enum(REPORT_FORM_CODES, { error: 'Biểu báo cáo không hợp lệ.' });

/** Which report: a form, the reporting body (root of a unit subtree) and the year (period defaults to the year). */
export const ZReportQuery = z
  .object({
    form: ZReportFormCode,
    unitId: z.uuid({ error: 'Chọn đơn vị báo cáo.' }),
    year: z.coerce
      .number({ error: 'Năm báo cáo không hợp lệ.' })
      .int({ error: 'Năm báo cáo không hợp lệ.' })
      .min(1945, { error: 'Năm báo cáo không hợp lệ.' })
      .max(2100, { error: 'Năm báo cáo không hợp lệ.' }),
    from: ZLegalDate.optional(),
    to: ZLegalDate.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    error: 'Ngày kết thúc phải sau ngày bắt đầu.',
  });
export type ReportQuery = z.infer<typeof ZReportQuery>;

/** A note on a cell, a row, a column or the whole report: where data is missing or how a number was derived. */
export const ZReportNote = z.object({
  row: z.string().nullable(),
  col: z.string().nullable(),
  kind: z.enum(['UNAVAILABLE', 'INFO']),
  text: z.string(),
});
export type ReportNote = z.infer<typeof ZReportNote>;

/** Computed values: values[rowKey][colKey] = count, or null when the data to compute it does not exist. */
export const ZReportResult = z.object({
  form: ZReportFormCode,
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  values: z.record(z.string(), z.record(z.string(), z.number().int().nullable())),
  notes: z.array(ZReportNote),
  computedAt: z.string(),
});
export type ReportResult = z.infer<typeof ZReportResult>;

/** Finalise (chốt) a report: the numbers are frozen with the signer's name for the signature block. */
export const ZFinalizeReportInput = z.object({
  form: ZReportFormCode,
  unitId: z.uuid({ error: 'Chọn đơn vị báo cáo.' }),
  year: z.coerce.number().int().min(1945).max(2100),
  from: ZLegalDate.optional(),
  to: ZLegalDate.optional(),
  preparerName: z.string().trim().min(1, { error: 'Nhập họ tên người lập biểu.' }).max(200),
  signerName: z.string().trim().min(1, { error: 'Nhập họ tên thủ trưởng đơn vị.' }).max(200),
  signerTitle: z.string().trim().min(1, { error: 'Nhập chức vụ người ký.' }).max(200),
  place: z.string().trim().max(100).optional(),
});
export type FinalizeReportInput = z.infer<typeof ZFinalizeReportInput>;

export const ZReportSnapshot = z.object({
  id: z.string(),
  form: ZReportFormCode,
  unitId: z.string(),
  unitName: z.string(),
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  preparerName: z.string(),
  signerName: z.string(),
  signerTitle: z.string(),
  place: z.string().nullable(),
  finalizedBy: z.string().nullable(),
  finalizedAt: z.string(),
  result: ZReportResult,
});
export type ReportSnapshot = z.infer<typeof ZReportSnapshot>;

export const ZReportSnapshotQuery = z.object({
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  form: ZReportFormCode.optional(),
});

// ---------------------------------------------------------------------------------------------------------
// Dashboards
// ---------------------------------------------------------------------------------------------------------

export const ZDashboardQuery = z
  .object({
    unitId: z.uuid({ error: 'Chọn đơn vị.' }),
    fromYear: z.coerce.number().int().min(1945).max(2100),
    toYear: z.coerce.number().int().min(1945).max(2100),
  })
  .refine((q) => q.fromYear <= q.toYear, { path: ['toYear'], error: 'Năm kết thúc phải sau năm bắt đầu.' })
  .refine((q) => q.toYear - q.fromYear <= 50, { path: ['fromYear'], error: 'Tối đa 50 năm.' });
export type DashboardQuery = z.infer<typeof ZDashboardQuery>;

export const ZChartDatum = z.object({ key: z.string(), label: z.string(), value: z.number() });
export type ChartDatum = z.infer<typeof ZChartDatum>;

export const ZChart = z.object({
  id: z.string(),
  title: z.string(),
  /** bar (categories), line (years), pie-like share (shown as a bar with percentages). */
  kind: z.enum(['bar', 'column', 'share']),
  unit: z.string(),
  data: z.array(ZChartDatum),
  /** Set when the chart cannot be drawn from the data the system holds (never shown as zeros). */
  unavailable: z.string().nullable(),
  note: z.string().nullable(),
});
export type Chart = z.infer<typeof ZChart>;

export const ZDashboard = z.object({
  unitId: z.string(),
  unitName: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  charts: z.array(ZChart),
});
export type Dashboard = z.infer<typeof ZDashboard>;
