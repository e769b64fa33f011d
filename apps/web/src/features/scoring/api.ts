import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZResultExplanation,
  ZScoreSheet,
  ZScoringResults,
  ZScoringRound,
  ZScoringTemplate,
  type AssignCrossScoringInput,
  type CreateScoringRoundInput,
  type DeclareConflictInput,
  type FileAppealInput,
  type LeadingUnitProposal,
  type ProposeLeadingUnitInput,
  type ResolveAppealInput,
  type ResultExplanation,
  type SaveScoringTemplateInput,
  type ScoreSheet,
  type ScoringAppeal,
  type ScoringResults,
  type ScoringRound,
  type ScoringTemplate,
  type SubmitScoreSheetInput,
} from '@vinhdanh/shared';
import { api, apiRequest } from '../../lib/http';
import { checkContract } from '../../lib/contract';

const enc = encodeURIComponent;

export function useScoringTemplates() {
  return useQuery({
    queryKey: ['scoring', 'templates'],
    queryFn: async () => {
      const list = await api.get<ScoringTemplate[]>('/scoring/templates');
      list.forEach((t) => checkContract(ZScoringTemplate, t, 'GET /scoring/templates'));
      return list;
    },
  });
}

export function useSaveScoringTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SaveScoringTemplateInput }) =>
      id
        ? api.put<ScoringTemplate>(`/scoring/templates/${enc(id)}`, input)
        : api.post<ScoringTemplate>('/scoring/templates', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['scoring', 'templates'] }),
  });
}

export function useScoringRounds(year: number) {
  return useQuery({
    queryKey: ['scoring', 'rounds', year],
    queryFn: async () => {
      const list = await api.get<ScoringRound[]>('/scoring/rounds', { year });
      list.forEach((r) => checkContract(ZScoringRound, r, 'GET /scoring/rounds'));
      return list;
    },
  });
}

export function useScoringRound(id: string) {
  return useQuery({
    queryKey: ['scoring', 'round', id],
    queryFn: async () =>
      checkContract(
        ZScoringRound,
        await api.get<ScoringRound>(`/scoring/rounds/${enc(id)}`),
        'GET /scoring/rounds/:id',
      ),
  });
}

/** A mutation on a round; every scoring query is refreshed after it. */
function useRoundMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: ['scoring'] }),
  });
}

export function useCreateScoringRound() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateScoringRoundInput) => api.post<ScoringRound>('/scoring/rounds', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['scoring'] }),
  });
}

export const useAssignCrossScoring = (id: string) =>
  useRoundMutation((input: AssignCrossScoringInput) =>
    api.put<ScoringRound>(`/scoring/rounds/${enc(id)}/assignments`, input),
  );
export const useOpenRound = (id: string) =>
  useRoundMutation(() => api.post<ScoringRound>(`/scoring/rounds/${enc(id)}/open`));
export const usePublishRound = (id: string) =>
  useRoundMutation(() => api.post<ScoringRound>(`/scoring/rounds/${enc(id)}/publish`));
export const useDeclareConflict = (id: string) =>
  useRoundMutation((input: DeclareConflictInput) =>
    api.post<ScoringRound>(`/scoring/rounds/${enc(id)}/conflicts`, input),
  );
export const useSubmitSheet = (id: string) =>
  useRoundMutation((input: SubmitScoreSheetInput) =>
    api.post<{ sheetId: string; version: number }>(`/scoring/rounds/${enc(id)}/sheets`, input),
  );
export const useFileAppeal = (id: string) =>
  useRoundMutation((input: FileAppealInput) =>
    api.post<ScoringAppeal>(`/scoring/rounds/${enc(id)}/appeals`, input),
  );
export const useResolveAppeal = () =>
  useRoundMutation(({ appealId, input }: { appealId: string; input: ResolveAppealInput }) =>
    api.post<ScoringAppeal>(`/scoring/appeals/${enc(appealId)}/resolve`, input),
  );
export const usePropose = (id: string) =>
  useRoundMutation((input: ProposeLeadingUnitInput) =>
    api.post<LeadingUnitProposal>(`/scoring/rounds/${enc(id)}/proposal`, input),
  );

export function uploadEvidence(roundId: string, unitId: string, file: File) {
  const fd = new FormData();
  fd.append('file', file);
  return apiRequest<{ id: string; filename: string; size: number }>(
    `/scoring/rounds/${enc(roundId)}/evidence`,
    {
      method: 'POST',
      body: fd,
      query: { unitId },
    },
  );
}

export const evidenceUrl = (roundId: string, fileId: string) =>
  `/api/v1/scoring/rounds/${enc(roundId)}/evidence/${enc(fileId)}`;

export function useScoreSheet(roundId: string, scorerUnitId?: string, targetUnitId?: string) {
  return useQuery({
    queryKey: ['scoring', 'sheet', roundId, scorerUnitId, targetUnitId],
    enabled: !!scorerUnitId && !!targetUnitId,
    queryFn: async () =>
      checkContract(
        ZScoreSheet,
        await api.get<ScoreSheet>(`/scoring/rounds/${enc(roundId)}/sheet`, { scorerUnitId, targetUnitId }),
        'GET /scoring/rounds/:id/sheet',
      ),
  });
}

export function useScoringResults(roundId: string, enabled = true) {
  return useQuery({
    queryKey: ['scoring', 'results', roundId],
    enabled,
    queryFn: async () =>
      checkContract(
        ZScoringResults,
        await api.get<ScoringResults>(`/scoring/rounds/${enc(roundId)}/results`),
        'GET /scoring/rounds/:id/results',
      ),
  });
}

export function useResultExplanation(roundId: string, unitId: string) {
  return useQuery({
    queryKey: ['scoring', 'explain', roundId, unitId],
    queryFn: async () =>
      checkContract(
        ZResultExplanation,
        await api.get<ResultExplanation>(`/scoring/rounds/${enc(roundId)}/results/${enc(unitId)}`),
        'GET /scoring/rounds/:id/results/:unitId',
      ),
  });
}

export function useAppeals(roundId: string, enabled = true) {
  return useQuery({
    queryKey: ['scoring', 'appeals', roundId],
    enabled,
    queryFn: () => api.get<ScoringAppeal[]>(`/scoring/rounds/${enc(roundId)}/appeals`),
  });
}

export function useProposals(roundId: string) {
  return useQuery({
    queryKey: ['scoring', 'proposals', roundId],
    queryFn: () => api.get<LeadingUnitProposal[]>('/scoring/proposals', { roundId }),
  });
}

export function useScoringTemplate(id: string | undefined) {
  return useQuery({
    queryKey: ['scoring', 'template', id],
    enabled: !!id,
    queryFn: async () =>
      checkContract(
        ZScoringTemplate,
        await api.get<ScoringTemplate>(`/scoring/templates/${enc(id!)}`),
        'GET /scoring/templates/:id',
      ),
  });
}
