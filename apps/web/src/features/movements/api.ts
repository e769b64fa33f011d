import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZMovement,
  ZRegistration,
  ZRegistrationOverview,
  type Movement,
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
