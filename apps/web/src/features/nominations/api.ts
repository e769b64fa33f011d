import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZAppraisal,
  ZDossier,
  ZDossierDetail,
  type Appraisal,
  type Consultation,
  type CreateDossierInput,
  type Dossier,
  type DossierDetail,
  type DossierStatus,
  type Feedback,
} from '@vinhdanh/shared';
import { api, apiRequest } from '../../lib/http';
import { checkContract } from '../../lib/contract';

const enc = encodeURIComponent;

export const nominationKeys = {
  all: ['nominations'] as const,
  list: (q: DossierQuery) => ['nominations', 'list', q] as const,
  dossier: (id: string) => ['nominations', 'dossier', id] as const,
  appraisal: (id: string) => ['nominations', 'appraisal', id] as const,
  consultations: ['nominations', 'consultations'] as const,
  feedback: (id: string) => ['nominations', 'feedback', id] as const,
};

export interface DossierQuery {
  role: 'PROPOSING' | 'RECEIVING';
  year?: number;
  status?: DossierStatus;
}

export function useDossiers(q: DossierQuery) {
  return useQuery({
    queryKey: nominationKeys.list(q),
    queryFn: async () => {
      const list = await api.get<Dossier[]>('/dossiers', { ...q });
      list.forEach((d) => checkContract(ZDossier, d, 'GET /dossiers'));
      return list;
    },
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: nominationKeys.dossier(id),
    queryFn: async () =>
      checkContract(
        ZDossierDetail,
        await api.get<DossierDetail>(`/dossiers/${enc(id)}`),
        'GET /dossiers/:id',
      ),
  });
}

export function useAppraisal(id: string, enabled = true) {
  return useQuery({
    queryKey: nominationKeys.appraisal(id),
    enabled,
    queryFn: async () =>
      checkContract(
        ZAppraisal,
        await api.get<Appraisal>(`/dossiers/${enc(id)}/appraisal`),
        'GET /dossiers/:id/appraisal',
      ),
  });
}

export function useConsultations(enabled = true) {
  return useQuery({
    queryKey: nominationKeys.consultations,
    enabled,
    queryFn: () => api.get<Consultation[]>('/consultations'),
  });
}

export function useFeedback(consultationId: string | null) {
  return useQuery({
    queryKey: nominationKeys.feedback(consultationId ?? ''),
    enabled: !!consultationId,
    queryFn: () => api.get<Feedback[]>(`/consultations/${enc(consultationId!)}/feedback`),
  });
}

/** Any nomination write: refreshes every nomination query (list, dossier, appraisal, consultations). */
export function useNominationMutation<I, O = DossierDetail>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: nominationKeys.all }),
  });
}

export function useCreateDossier() {
  return useNominationMutation((input: CreateDossierInput) => api.post<DossierDetail>('/dossiers', input));
}

export function uploadComponent(
  dossierId: string,
  component: string,
  nominationId: string | null,
  file: File,
) {
  const fd = new FormData();
  fd.append('file', file);
  return apiRequest<DossierDetail>(`/dossiers/${enc(dossierId)}/attachments`, {
    method: 'POST',
    body: fd,
    query: { component, nominationId: nominationId ?? undefined },
  });
}

export const attachmentUrl = (dossierId: string, attachmentId: string) =>
  `/api/v1/dossiers/${enc(dossierId)}/attachments/${enc(attachmentId)}/file`;
