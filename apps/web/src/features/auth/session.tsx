import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, SessionInfo } from '@vinhdanh/shared';
import { fetchSession } from './api';

export const SESSION_KEY = ['session'] as const;

/** The signed-in user (undefined while loading, null when signed out). */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

export function useSetSession() {
  const qc = useQueryClient();
  return (s: SessionInfo | null) => {
    qc.setQueryData(SESSION_KEY, s);
  };
}

export function hasRole(session: SessionInfo | null | undefined, ...roles: Role[]): boolean {
  return !!session?.user.roles.some((g) => roles.includes(g.role));
}
