import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZCluster, type Cluster, type SaveClusterInput } from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export type ClusterRole = Cluster['members'][number]['role'];
export const CLUSTER_ROLE_LABELS: Record<ClusterRole, string> = {
  HEAD: 'Trưởng cụm/khối',
  DEPUTY: 'Phó trưởng cụm/khối',
  MEMBER: 'Thành viên',
};

/** The answer may be a bare array or `{ items }`; accept both. */
function itemsOf<T>(x: T[] | { items: T[] }): T[] {
  return Array.isArray(x) ? x : x.items;
}

export function useClusters(year: number) {
  return useQuery({
    queryKey: ['clusters', year],
    queryFn: async () => {
      const list = itemsOf(await api.get<Cluster[] | { items: Cluster[] }>('/clusters', { year }));
      list.forEach((c) => checkContract(ZCluster, c, 'GET /clusters'));
      return list;
    },
    placeholderData: keepPreviousData,
  });
}

export function useSaveCluster() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SaveClusterInput }) =>
      id
        ? api.put<Cluster>(`/clusters/${encodeURIComponent(id)}`, input)
        : api.post<Cluster>('/clusters', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['clusters'] }),
  });
}
