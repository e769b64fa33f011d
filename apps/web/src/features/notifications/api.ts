import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification, Page } from '@vinhdanh/shared';
import { api } from '../../lib/http';

export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => api.get<{ unread: number }>('/notifications/unread-count'),
    refetchInterval: 60_000,
  });
}

export function useNotifications(page: number, unreadOnly: boolean) {
  return useQuery({
    queryKey: ['notifications', 'list', page, unreadOnly],
    queryFn: () =>
      api.get<Page<Notification>>('/notifications', {
        page,
        pageSize: 20,
        unreadOnly: unreadOnly ? 'true' : undefined,
      }),
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post<{ marked: number }>('/notifications/read', ids ? { ids } : {}),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
