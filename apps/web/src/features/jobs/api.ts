import { useQuery } from '@tanstack/react-query';
import { ZJob, type Job } from '@vinhdanh/shared';
import { api } from '../../lib/http';
import { checkContract } from '../../lib/contract';

export const POLL_INTERVAL_MS = 500;

export function isFinished(job: Pick<Job, 'status'> | undefined): boolean {
  return job?.status === 'DONE' || job?.status === 'FAILED';
}

/** Polls `GET /jobs/:id` every 500 ms until the job is DONE or FAILED. */
export function useJob(id: string | null, initial?: Job) {
  return useQuery({
    queryKey: ['jobs', id],
    queryFn: async () =>
      checkContract(ZJob, await api.get<Job>(`/jobs/${encodeURIComponent(id!)}`), 'GET /jobs/:id'),
    enabled: !!id,
    initialData: initial && initial.id === id ? initial : undefined,
    initialDataUpdatedAt: 0,
    refetchInterval: (q) => (isFinished(q.state.data) ? false : POLL_INTERVAL_MS),
    refetchIntervalInBackground: true,
  });
}

/** Percentage for a progress bar (0 when the total is not known yet). */
export function jobPercent(job: Pick<Job, 'status' | 'progress' | 'total'>): number {
  if (job.status === 'DONE') return 100;
  if (!job.total) return 0;
  return Math.min(100, Math.round((job.progress / job.total) * 100));
}
