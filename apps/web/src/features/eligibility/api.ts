import {
  ZCandidates,
  ZEligibilityReport,
  ZPersonRecords,
  type Award,
  type Candidates,
  type EligibilityReport,
  type ParameterOverrideRow,
  type PersonRecords,
  type RecordAwardInput,
  type RecordYearResultInput,
  type YearRecord,
} from '@vinhdanh/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export const eligibilityKeys = {
  all: ['eligibility'] as const,
  records: (personId: string) => ['eligibility', 'records', personId] as const,
  verdicts: (personId: string, year: number, proposedOn?: string) =>
    ['eligibility', 'verdicts', personId, year, proposedOn ?? ''] as const,
  candidates: (unitId: string, year: number) => ['eligibility', 'candidates', unitId, year] as const,
  catalogue: ['rules', 'catalogue'] as const,
};

const enc = encodeURIComponent;

export function usePersonRecords(personId: string) {
  return useQuery({
    queryKey: eligibilityKeys.records(personId),
    queryFn: async () =>
      checkContract(
        ZPersonRecords,
        await api.get<PersonRecords>(`/people/${enc(personId)}/records`),
        'GET /people/:id/records',
      ),
  });
}

export function useEligibility(personId: string, year: number, proposedOn?: string) {
  return useQuery({
    queryKey: eligibilityKeys.verdicts(personId, year, proposedOn),
    queryFn: async () =>
      checkContract(
        ZEligibilityReport,
        await api.get<EligibilityReport>(`/people/${enc(personId)}/eligibility`, { year, proposedOn }),
        'GET /people/:id/eligibility',
      ),
  });
}

export function useUnitCandidates(unitId: string, year: number) {
  return useQuery({
    queryKey: eligibilityKeys.candidates(unitId, year),
    queryFn: async () =>
      checkContract(
        ZCandidates,
        await api.get<Candidates>(`/units/${enc(unitId)}/candidates`, { year }),
        'GET /units/:id/candidates',
      ),
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: eligibilityKeys.all });
}

export function useRecordYearResult(personId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ year, input }: { year: number; input: RecordYearResultInput }) =>
      api.put<YearRecord>(`/people/${enc(personId)}/records/${year}`, input),
    onSuccess: invalidate,
  });
}

export function useRecordAward(personId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: RecordAwardInput) => api.post<Award>(`/people/${enc(personId)}/awards`, input),
    onSuccess: invalidate,
  });
}

/** GET /rules/catalogue (anonymous): rules and dated legal parameters with citations. */
export interface DatedValue {
  from: string;
  value: string | number | boolean;
  reference: string;
  confirmed: boolean;
  note?: string;
}
export interface ParameterListing {
  key: string;
  description: { vi: string; en: string };
  type: string;
  unit?: string;
  /** Allowed values of a string parameter (e.g. a rating code). */
  enum?: string[];
  nullable?: boolean;
  delegated: boolean;
  values: DatedValue[];
  /** The province's overrides in force for this parameter (as the rules engine applies them). */
  overrides: {
    parameter: string;
    from: string;
    to?: string;
    value: string | number | boolean | null;
    reference: string;
    reason: string;
  }[];
}
export interface RulesCatalogue {
  rulesetVersion: string;
  rules: {
    id: string;
    description: { vi: string; en: string };
    targets: string[];
    versions: { from: string; to: string | null; citation: string; confirmed: boolean }[];
    confirmed: boolean;
  }[];
  parameters: ParameterListing[];
  /** Every override row entered in the app, revoked ones included. */
  overrides: ParameterOverrideRow[];
}

export function useRulesCatalogue() {
  return useQuery({
    queryKey: eligibilityKeys.catalogue,
    queryFn: () => api.get<RulesCatalogue>('/rules/catalogue'),
    staleTime: Infinity,
  });
}
