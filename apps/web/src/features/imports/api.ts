import { useMutation } from '@tanstack/react-query';
import { ZImportResult, type ImportResult, type Job } from '@vinhdanh/shared';
import { apiRequest } from '../../lib/http';

export const PEOPLE_TEMPLATE_URL = '/api/v1/imports/people/template';
export const AWARDS_TEMPLATE_URL = '/api/v1/imports/awards/template';

/** Uploads an .xlsx of people; the server answers 202 with the background job. */
export function useUploadPeople() {
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const res = await apiRequest<{ job: Job }>('/imports/people', { method: 'POST', body: form });
      return res.job;
    },
  });
}

/** The job's result as an ImportResult, or null when it has none or another shape. */
export function readImportResult(result: unknown): ImportResult | null {
  const r = ZImportResult.safeParse(result);
  if (r.success) return r.data;
  if (result != null) console.warn('[contract] job result is not an ImportResult', r.error.issues);
  return null;
}

/** Uploads an .xlsx of historical awards (sổ vàng); the server answers 202 with the background job. */
export function useUploadAwards() {
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const res = await apiRequest<{ job: Job }>('/imports/awards', { method: 'POST', body: form });
      return res.job;
    },
  });
}
