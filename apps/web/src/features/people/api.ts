import {
  ZPage,
  ZPerson,
  ZPersonSummary,
  type AddEmploymentInput,
  type CreatePersonInput,
  type Page,
  type PeopleQuery,
  type Person,
  type PersonStatus,
  type PersonSummary,
  type Sex,
  type UpdatePersonInput,
} from '@vinhdanh/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export type PeopleSort = PeopleQuery['sort'];
export interface PeopleListQuery {
  q?: string;
  unitId?: string;
  sex?: Sex;
  status?: PersonStatus;
  page: number;
  pageSize: number;
  sort?: PeopleSort;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (q: PeopleListQuery) => ['people', 'list', q] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
};

const ZPeoplePage = ZPage(ZPersonSummary);

export function usePeople(q: PeopleListQuery) {
  return useQuery({
    queryKey: peopleKeys.list(q),
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<PersonSummary>>('/people', { ...q }, signal);
      return checkContract(ZPeoplePage, page, 'GET /people');
    },
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: string, enabled = true) {
  return useQuery({
    queryKey: peopleKeys.detail(id),
    enabled: enabled && !!id,
    queryFn: async () =>
      checkContract(ZPerson, await api.get<Person>(`/people/${encodeURIComponent(id)}`), 'GET /people/:id'),
  });
}

function useInvalidatePeople() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: peopleKeys.all });
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: CreatePersonInput) => api.post<Person>('/people', input),
    onSuccess: invalidate,
  });
}

export function useUpdatePerson(id: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: UpdatePersonInput) => api.patch<Person>(`/people/${encodeURIComponent(id)}`, input),
    onSuccess: invalidate,
  });
}

export function useAddEmployment(personId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: (input: AddEmploymentInput) =>
      api.post<unknown>(`/people/${encodeURIComponent(personId)}/employments`, input),
    onSuccess: invalidate,
  });
}

export function useEndEmployment(personId: string) {
  const invalidate = useInvalidatePeople();
  return useMutation({
    mutationFn: ({ employmentId, to }: { employmentId: string; to: string }) =>
      api.post<unknown>(
        `/people/${encodeURIComponent(personId)}/employments/${encodeURIComponent(employmentId)}/end`,
        { to },
      ),
    onSuccess: invalidate,
  });
}
