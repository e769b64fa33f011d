import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZPost,
  type MovementPortalSetting,
  type MovementPortalSettingInput,
  type Page,
  type Post,
  type PostSummary,
  type PublishPostInput,
  type SavePostInput,
} from '@vinhdanh/shared';
import { api, apiRequest } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export interface PostFilter {
  q?: string;
  status?: string;
  category?: string;
  page: number;
  pageSize: number;
}

export function usePosts(filter: PostFilter) {
  return useQuery({
    queryKey: ['posts', filter],
    queryFn: () =>
      api.get<Page<PostSummary>>('/posts', {
        q: filter.q,
        status: filter.status,
        category: filter.category,
        page: filter.page,
        pageSize: filter.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
}

export function usePost(id: string | undefined) {
  return useQuery({
    queryKey: ['post', id],
    enabled: !!id,
    queryFn: async () =>
      checkContract(ZPost, await api.get<Post>(`/posts/${encodeURIComponent(id!)}`), 'GET /posts/:id'),
  });
}

export function useSavePost() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SavePostInput }) =>
      id ? api.put<Post>(`/posts/${encodeURIComponent(id)}`, input) : api.post<Post>('/posts', input),
    onSuccess: (p) => {
      qc.setQueryData(['post', p.id], p);
      void qc.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export function usePublishPost() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PublishPostInput }) =>
      api.post<Post>(`/posts/${encodeURIComponent(id)}/publish`, input),
    onSuccess: (p) => {
      qc.setQueryData(['post', p.id], p);
      void qc.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export function useWithdrawPost() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.post<Post>(`/posts/${encodeURIComponent(id)}/withdraw`, { version }),
    onSuccess: (p) => {
      qc.setQueryData(['post', p.id], p);
      void qc.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

/** Uploads an image through the files service; answers its id and preview URL. */
export async function uploadPostImage(
  file: File,
): Promise<{ fileId: string; url: string; filename: string }> {
  const fd = new FormData();
  fd.append('file', file);
  return apiRequest('/posts/images', { method: 'POST', body: fd });
}

/** Preview URL of an uploaded image for the editor (staff route; the portal serves it once published). */
export const previewUrl = (fileId: string) => `/api/v1/posts/images/${encodeURIComponent(fileId)}`;

/** Whether a movement shows on the public portal (and its progress). */
export function useMovementPortalSetting(movementId: string) {
  return useQuery({
    queryKey: ['movement-portal', movementId],
    queryFn: () => api.get<MovementPortalSetting>(`/movements/${encodeURIComponent(movementId)}/portal`),
  });
}

export function useSaveMovementPortalSetting(movementId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: MovementPortalSettingInput) =>
      api.put<MovementPortalSetting>(`/movements/${encodeURIComponent(movementId)}/portal`, input),
    onSuccess: (s) => qc.setQueryData(['movement-portal', movementId], s),
  });
}
