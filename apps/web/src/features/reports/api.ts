import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZDashboard,
  ZReportResult,
  ZReportSnapshot,
  type Dashboard,
  type FinalizeReportInput,
  type ReportFormCode,
  type ReportResult,
  type ReportSnapshot,
} from '@vinhdanh/shared';
import { api, buildQuery } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export interface ReportParams {
  form: ReportFormCode;
  unitId: string | null;
  year: number;
}

export function reportXlsxUrl(p: ReportParams): string {
  return `/api/v1/reports/statistics.xlsx${buildQuery({ form: p.form, unitId: p.unitId, year: p.year })}`;
}

export function snapshotXlsxUrl(id: string): string {
  return `/api/v1/reports/snapshots/${encodeURIComponent(id)}/xlsx`;
}

export function useReport(p: ReportParams) {
  return useQuery({
    queryKey: ['reports', 'statistics', p],
    enabled: !!p.unitId,
    queryFn: async () => {
      const r = await api.get<ReportResult>('/reports/statistics', {
        form: p.form,
        unitId: p.unitId,
        year: p.year,
      });
      checkContract(ZReportResult, r, 'GET /reports/statistics');
      return r;
    },
    placeholderData: keepPreviousData,
  });
}

export function useSnapshots(p: { unitId: string | null; year: number; form: ReportFormCode }) {
  return useQuery({
    queryKey: ['reports', 'snapshots', p],
    enabled: !!p.unitId,
    queryFn: async () => {
      const list = await api.get<ReportSnapshot[]>('/reports/snapshots', p);
      list.forEach((s) => checkContract(ZReportSnapshot, s, 'GET /reports/snapshots'));
      return list;
    },
  });
}

export function useFinalizeReport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: FinalizeReportInput) => api.post<ReportSnapshot>('/reports/snapshots', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', 'snapshots'] }),
  });
}

export function useDashboard(p: { unitId: string | null; fromYear: number; toYear: number }) {
  return useQuery({
    queryKey: ['reports', 'dashboard', p],
    enabled: !!p.unitId,
    queryFn: async () => {
      const d = await api.get<Dashboard>('/reports/dashboard', p);
      checkContract(ZDashboard, d, 'GET /reports/dashboard');
      return d;
    },
    placeholderData: keepPreviousData,
  });
}

export function dashboardXlsxUrl(p: { unitId: string; fromYear: number; toYear: number }, chart: string) {
  return `/api/v1/reports/dashboard.xlsx${buildQuery({ ...p, chart })}`;
}
