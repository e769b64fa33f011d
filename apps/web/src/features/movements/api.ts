import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZMovement,
  ZMovementDashboard,
  ZProgressItemValues,
  ZProgressReport,
  ZRegistration,
  ZRegistrationOverview,
  type Movement,
  type MovementDashboard,
  type ProgressItemValues,
  type ProgressReport,
  type SaveProgressInput,
  type MovementQuery,
  type MovementSummary,
  type Page,
  type Registration,
  type PledgeTitles,
  type RegistrationOverview,
  type SaveMovementInput,
  type SaveRegistrationInput,
} from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export function useMovements(q: Partial<MovementQuery>) {
  return useQuery({
    queryKey: ['movements', q],
    queryFn: () =>
      api.get<Page<MovementSummary>>('/movements', q as Record<string, string | number | undefined>),
    placeholderData: keepPreviousData,
  });
}

export function useMovement(id: string | undefined) {
  return useQuery({
    queryKey: ['movement', id],
    enabled: !!id,
    queryFn: async () =>
      checkContract(
        ZMovement,
        await api.get<Movement>(`/movements/${encodeURIComponent(id!)}`),
        'GET /movements/:id',
      ),
  });
}

export function useSaveMovement() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SaveMovementInput }) =>
      id
        ? api.put<Movement>(`/movements/${encodeURIComponent(id)}`, input)
        : api.post<Movement>('/movements', input),
    onSuccess: (m) => {
      qc.setQueryData(['movement', m.id], m);
      void qc.invalidateQueries({ queryKey: ['movements'] });
    },
  });
}

function useMovementAction<I>(path: (id: string) => string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input?: I }) => api.post<Movement>(path(id), input ?? {}),
    onSuccess: (m) => {
      qc.setQueryData(['movement', m.id], m);
      void qc.invalidateQueries({ queryKey: ['movements'] });
      void qc.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
export const useLaunchMovement = () =>
  useMovementAction<{ launchDate?: string }>((id) => `/movements/${encodeURIComponent(id)}/launch`);
export const useCloseMovement = () =>
  useMovementAction<{ summary: string }>((id) => `/movements/${encodeURIComponent(id)}/close`);

export function useUploadMovementFile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, kind, title }: { id: string; file: File; kind: string; title?: string }) => {
      const fd = new FormData();
      fd.set('kind', kind);
      if (title) fd.set('title', title);
      fd.set('file', file);
      return api.post<Movement>(`/movements/${encodeURIComponent(id)}/files`, fd);
    },
    onSuccess: (m) => qc.setQueryData(['movement', m.id], m),
  });
}

export function useRegistrationOverview(movementId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['registrations', movementId],
    enabled,
    queryFn: async () =>
      checkContract(
        ZRegistrationOverview,
        await api.get<RegistrationOverview>(`/movements/${encodeURIComponent(movementId)}/registrations`),
        'GET /movements/:id/registrations',
      ),
  });
}

export function useRegistration(movementId: string, unitId: string | null | undefined) {
  return useQuery({
    queryKey: ['registration', movementId, unitId],
    enabled: !!unitId,
    queryFn: async () =>
      checkContract(
        ZRegistration,
        await api.get<Registration>(
          `/movements/${encodeURIComponent(movementId)}/registrations/${encodeURIComponent(unitId!)}`,
        ),
        'GET /movements/:id/registrations/:unitId',
      ),
  });
}

function invalidateRegistrations(qc: ReturnType<typeof useQueryClient>, movementId: string) {
  void qc.invalidateQueries({ queryKey: ['registration', movementId] });
  void qc.invalidateQueries({ queryKey: ['registrations', movementId] });
  void qc.invalidateQueries({ queryKey: ['notifications'] });
}

export function useSaveRegistration(movementId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveRegistrationInput) =>
      api.put<Registration>(`/movements/${encodeURIComponent(movementId)}/registrations`, input),
    onSuccess: () => invalidateRegistrations(qc, movementId),
  });
}

export type RegistrationAction = 'request-approval' | 'submit' | 'return' | 'accept';
export function useRegistrationAction(movementId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: RegistrationAction; reason?: string }) =>
      api.post<Registration>(
        `/registrations/${encodeURIComponent(id)}/${action}`,
        action === 'return' ? { reason } : {},
      ),
    onSuccess: () => invalidateRegistrations(qc, movementId),
  });
}

export function usePledgeTitles() {
  return useQuery({
    queryKey: ['pledge-titles'],
    queryFn: () => api.get<PledgeTitles>('/movements/pledge-titles'),
    staleTime: Infinity,
  });
}

export function useMovementDashboard(movementId: string, periodId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['movement-dashboard', movementId, periodId ?? null],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      checkContract(
        ZMovementDashboard,
        await api.get<MovementDashboard>(`/movements/${encodeURIComponent(movementId)}/dashboard`, {
          periodId,
        }),
        'GET /movements/:id/dashboard',
      ),
  });
}

export function useProgressItemValues(
  movementId: string,
  periodId: string | undefined,
  itemId: string | null,
) {
  return useQuery({
    queryKey: ['progress-item-values', movementId, periodId ?? null, itemId],
    enabled: !!itemId,
    queryFn: async () =>
      checkContract(
        ZProgressItemValues,
        await api.get<ProgressItemValues>(
          `/movements/${encodeURIComponent(movementId)}/dashboard/item-values`,
          { periodId, itemId: itemId! },
        ),
        'GET /movements/:id/dashboard/item-values',
      ),
  });
}

export function useProgressReport(
  movementId: string,
  periodId: string | undefined,
  unitId: string | undefined,
) {
  return useQuery({
    queryKey: ['progress-report', movementId, periodId, unitId],
    enabled: !!periodId && !!unitId,
    queryFn: async () =>
      checkContract(
        ZProgressReport,
        await api.get<ProgressReport>(
          `/movements/${encodeURIComponent(movementId)}/progress/${encodeURIComponent(periodId!)}/${encodeURIComponent(unitId!)}`,
        ),
        'GET /movements/:id/progress/:periodId/:unitId',
      ),
  });
}

function invalidateProgress(qc: ReturnType<typeof useQueryClient>, movementId: string) {
  void qc.invalidateQueries({ queryKey: ['progress-report', movementId] });
  void qc.invalidateQueries({ queryKey: ['movement-dashboard', movementId] });
  void qc.invalidateQueries({ queryKey: ['progress-item-values', movementId] });
}

export function useSaveProgress(movementId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveProgressInput) =>
      api.put<ProgressReport>(`/movements/${encodeURIComponent(movementId)}/progress`, input),
    onSuccess: () => invalidateProgress(qc, movementId),
  });
}

export function useUploadEvidence(movementId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ reportId, file, itemId }: { reportId: string; file: File; itemId?: string | null }) => {
      const fd = new FormData();
      if (itemId) fd.set('itemId', itemId);
      fd.set('file', file);
      return api.post<ProgressReport>(`/progress-reports/${encodeURIComponent(reportId)}/evidence`, fd);
    },
    onSuccess: () => invalidateProgress(qc, movementId),
  });
}
