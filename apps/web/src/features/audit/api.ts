import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ZAuditEntry, type AuditEntry, type Page } from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export interface AuditListQuery {
  entity?: string;
  action?: string;
  page: number;
  pageSize: number;
}

export function useAudit(q: AuditListQuery) {
  return useQuery({
    queryKey: ['audit', q],
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<AuditEntry>>('/audit', { ...q }, signal);
      page.items.forEach((e) => checkContract(ZAuditEntry, e, 'GET /audit'));
      return page;
    },
    placeholderData: keepPreviousData,
  });
}
