import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZDecisionDetail,
  ZDecisionSummary,
  ZPage,
  type DecisionDetail,
  type DecisionRegister,
  type DecisionStatus,
  type DecisionSummary,
  type Dossier,
  type FundLedger,
  type NumberPreview,
  type Page,
} from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export interface DecisionListQuery {
  issuerUnitId?: string;
  registerId?: string;
  year?: number;
  status?: DecisionStatus;
  q?: string;
  page: number;
  pageSize: number;
}

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (q: DecisionListQuery) => ['decisions', 'list', q] as const,
  detail: (id: string) => ['decisions', 'detail', id] as const,
  registers: ['decisions', 'registers'] as const,
  fund: (unitId: string, year: number) => ['decisions', 'fund', unitId, year] as const,
};

const ZDecisionPage = ZPage(ZDecisionSummary);

export function useDecisions(q: DecisionListQuery) {
  return useQuery({
    queryKey: decisionKeys.list(q),
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<DecisionSummary>>('/decisions', { ...q }, signal);
      return checkContract(ZDecisionPage, page, 'GET /decisions');
    },
    placeholderData: keepPreviousData,
  });
}

export function useDecision(id: string) {
  return useQuery({
    queryKey: decisionKeys.detail(id),
    queryFn: async () =>
      checkContract(
        ZDecisionDetail,
        await api.get<DecisionDetail>(`/decisions/${encodeURIComponent(id)}`),
        'GET /decisions/:id',
      ),
  });
}

export function useRegisters() {
  return useQuery({
    queryKey: decisionKeys.registers,
    queryFn: () => api.get<DecisionRegister[]>('/decision-registers'),
  });
}

export function useNextNumber(registerId: string | undefined, year: number) {
  return useQuery({
    queryKey: ['decisions', 'next-number', registerId, year],
    enabled: !!registerId,
    queryFn: () =>
      api.get<NumberPreview>(`/decision-registers/${encodeURIComponent(registerId!)}/next-number`, { year }),
  });
}

export function useReceivedDossiers() {
  return useQuery({
    queryKey: ['decisions', 'dossiers'],
    queryFn: () => api.get<Dossier[]>('/dossiers', { role: 'RECEIVING' }),
  });
}

export function useFundLedger(unitId: string | undefined, year: number) {
  return useQuery({
    queryKey: decisionKeys.fund(unitId ?? '', year),
    enabled: !!unitId,
    queryFn: () => api.get<FundLedger>('/reward-fund', { unitId, year }),
  });
}

/** Any decision write: refreshes every decision query (list, detail, registers, fund). */
export function useDecisionMutation<I, O = unknown>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: decisionKeys.all }),
  });
}

export const decisionFileUrl = (id: string, what: 'docx' | 'pdf' | 'payment-list' | 'signed-copy') =>
  `/api/v1/decisions/${encodeURIComponent(id)}/${what}`;
