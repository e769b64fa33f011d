import {
  ZUnitDetail,
  ZUnitTree,
  type CreateUnitInput,
  type RecordLineageEventInput,
  type Unit,
  type UnitDetail,
  type UnitTree,
  type UpdateUnitInput,
} from '@vinhdanh/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export const unitKeys = {
  all: ['units'] as const,
  tree: (asOf: string) => ['units', 'tree', asOf] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
};

export async function fetchUnitTree(asOf: string): Promise<UnitTree> {
  const t = await api.get<UnitTree>('/units/tree', { asOf });
  return checkContract(ZUnitTree, t, 'GET /units/tree');
}

export async function fetchUnit(id: string): Promise<UnitDetail> {
  const u = await api.get<UnitDetail>(`/units/${encodeURIComponent(id)}`);
  return checkContract(ZUnitDetail, u, 'GET /units/:id');
}

export function useUnitTree(asOf: string) {
  return useQuery({
    queryKey: unitKeys.tree(asOf),
    queryFn: () => fetchUnitTree(asOf),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useUnit(id: string | null) {
  return useQuery({
    queryKey: unitKeys.detail(id ?? ''),
    queryFn: () => fetchUnit(id!),
    enabled: !!id,
  });
}

function useInvalidateUnits() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: unitKeys.all });
}

export function useCreateUnit() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: CreateUnitInput) => api.post<Unit>('/units', input),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit(id: string) {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: UpdateUnitInput) => api.patch<Unit>(`/units/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useRecordLineageEvent() {
  const invalidate = useInvalidateUnits();
  return useMutation({
    mutationFn: (input: RecordLineageEventInput) => api.post<unknown>('/lineage-events', input),
    onSuccess: invalidate,
  });
}
