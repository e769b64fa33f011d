import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ZCouncil,
  ZMeeting,
  ZPublishedBallots,
  ballotMessage,
  blind,
  finalize,
  newBallotToken,
  type BallotChoice,
  type Council,
  type Meeting,
  type MeetingSummary,
  type PublishedBallots,
} from '@vinhdanh/shared';
import { ApiError, api } from '../../lib/http';
import { checkContract } from '../../lib/contract';
import { messageForCode } from '../../i18n';

export const councilKeys = {
  all: ['councils'] as const,
  meeting: (id: string) => ['councils', 'meeting', id] as const,
};

export function useCouncils() {
  return useQuery({
    queryKey: [...councilKeys.all, 'list'],
    queryFn: async () => {
      const list = await api.get<Council[]>('/councils');
      list.forEach((c) => checkContract(ZCouncil, c, 'GET /councils'));
      return list;
    },
  });
}

export function useMeetings(councilId: string | null) {
  return useQuery({
    queryKey: [...councilKeys.all, 'meetings', councilId],
    queryFn: () =>
      api.get<MeetingSummary[]>(
        councilId ? `/councils/${encodeURIComponent(councilId)}/meetings` : '/meetings',
      ),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: councilKeys.meeting(id),
    queryFn: async () =>
      checkContract(
        ZMeeting,
        await api.get<Meeting>(`/meetings/${encodeURIComponent(id)}`),
        'GET /meetings/:id',
      ),
    refetchInterval: (q) => (q.state.data?.status === 'VOTING' ? 5000 : false),
  });
}

export function usePublishedBallots(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...councilKeys.meeting(id), 'ballots'],
    enabled,
    queryFn: async () =>
      checkContract(
        ZPublishedBallots,
        await api.get<PublishedBallots>(`/meetings/${encodeURIComponent(id)}/ballots`),
        'GET /meetings/:id/ballots',
      ),
  });
}

/** Any council/meeting write: invalidates the council queries. */
export function useCouncilMutation<I, O = unknown>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: councilKeys.all }),
  });
}

export interface Receipt {
  itemId: string;
  nomineeName: string;
  choice: BallotChoice;
  token: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The member's secret vote, entirely in the browser:
 * 1. one random token per item, blinded with the item's public key; only the blinded values go to the server
 *    (with the session): it records THAT the member took tokens and answers blind signatures;
 * 2. unblind and check each signature;
 * 3. after a random delay, cast each ballot in random order over the anonymous endpoint — no cookie
 *    (`credentials: 'omit'`), no CSRF token, nothing that names the member.
 * Returns the receipts (the tokens), which only the member holds.
 */
export async function voteSecretly(
  meeting: Meeting,
  choices: Record<string, BallotChoice>,
  opts: { maxDelayMs?: number } = {},
): Promise<Receipt[]> {
  const items = meeting.items.filter((i) => choices[i.id] && i.publicKey);
  const prepared = [];
  for (const item of items) {
    const t = await newBallotToken();
    const msg = ballotMessage(item.id, t.tokenId);
    const b = await blind(item.publicKey!, msg);
    prepared.push({ item, t, msg, b });
  }
  const res = await api.post<{ items: { itemId: string; blindSig: string }[] }>(
    `/meetings/${encodeURIComponent(meeting.id)}/tokens`,
    { items: prepared.map((p) => ({ itemId: p.item.id, blindedMsg: p.b.blindedMsg })) },
  );
  const ready = [];
  for (const p of prepared) {
    const blindSig = res.items.find((r) => r.itemId === p.item.id)?.blindSig;
    if (!blindSig) throw new ApiError(500, 'BAD_RESPONSE', messageForCode('BAD_RESPONSE'));
    const signature = await finalize(p.item.publicKey!, p.msg, blindSig, p.b.inv);
    ready.push({ ...p, signature });
  }
  // random order and delay, so the cast requests do not follow the token request in a recognisable pattern
  ready.sort(() => Math.random() - 0.5);
  const receipts: Receipt[] = [];
  for (const r of ready) {
    await sleep(Math.floor(Math.random() * (opts.maxDelayMs ?? 3000)));
    await castAnonymously({
      itemId: r.item.id,
      token: r.t.token,
      signature: r.signature,
      choice: choices[r.item.id]!,
    });
    receipts.push({
      itemId: r.item.id,
      nomineeName: r.item.nomineeName,
      choice: choices[r.item.id]!,
      token: r.t.token,
    });
  }
  return receipts;
}

async function castAnonymously(body: {
  itemId: string;
  token: string;
  signature: string;
  choice: BallotChoice;
}) {
  let res: Response;
  try {
    res = await fetch('/api/v1/ballots/cast', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', messageForCode('NETWORK_ERROR'));
  }
  if (!res.ok) {
    const b = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
    throw new ApiError(
      res.status,
      b?.error ?? 'INTERNAL',
      b?.message ?? messageForCode(b?.error ?? 'INTERNAL'),
    );
  }
}
