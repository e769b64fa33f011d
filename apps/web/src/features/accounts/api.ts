import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZAccount, type Account, type CreateAccountInput } from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

function itemsOf<T>(x: T[] | { items: T[] }): T[] {
  return Array.isArray(x) ? x : x.items;
}

export function useAccounts() {
  return useQuery({
    queryKey: ['accounts'],
    queryFn: async () => {
      const list = itemsOf(await api.get<Account[] | { items: Account[] }>('/accounts'));
      list.forEach((a) => checkContract(ZAccount, a, 'GET /accounts'));
      return list;
    },
  });
}

export function useCreateAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAccountInput) => api.post<Account>('/accounts', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }),
  });
}

export function useDisableAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Account>(`/accounts/${encodeURIComponent(id)}/disable`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }),
  });
}

export function useSetAccountEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, email }: { id: string; email: string | null }) =>
      api.put<Account>(`/accounts/${encodeURIComponent(id)}/email`, { email }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }),
  });
}
