import {
  ZRegistryPage,
  type AwardLevel,
  type Page,
  type RecipientKind,
  type RegistryRecord,
} from '@vinhdanh/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export interface RegistryListQuery {
  q?: string;
  code?: string;
  level?: AwardLevel;
  recipientKind?: RecipientKind;
  yearFrom?: number;
  yearTo?: number;
  unitId?: string;
  decisionNumber?: string;
  personId?: string;
  collectiveUnitId?: string;
  includeRevoked?: 'true';
  page: number;
  pageSize: number;
}

export const registryKeys = {
  all: ['registry'] as const,
  list: (q: RegistryListQuery) => ['registry', 'list', q] as const,
};

export function useRegistry(q: RegistryListQuery, enabled = true) {
  return useQuery({
    queryKey: registryKeys.list(q),
    enabled,
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<RegistryRecord>>('/registry', { ...q }, signal);
      return checkContract(ZRegistryPage, page, 'GET /registry');
    },
    placeholderData: keepPreviousData,
  });
}
