import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { evaluate, type ParameterOverride, type PostingResponse } from '@vinhdanh/rules';
import type { Executor } from '../../db/client';
import { appMeta } from '../../db/schema';

/** The code whose posting parameter a voluntary consultation follows (Huân chương: NĐ 98 Điều 46 kh2). */
const REFERENCE_CODE = 'HCLD_HANG_BA';

export interface PostingWindow {
  minWorkingDays: number;
  /** Last day of the posting (inclusive): feedback is received until the end of this day. */
  closesOn: string;
  /** First day the council may meet (the posting has lasted long enough). */
  earliestMeetingOn: string;
  citation: string;
  /** Codes among the list for which posting is mandatory. */
  mandatoryFor: string[];
}

function nextDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}
function prevDay(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

function posting(code: string, postedOn: string, meetingOn: string, overrides: ParameterOverride[]) {
  const r = evaluate({ op: 'posting', code, postedOn, meetingOn }, { overrides }) as
    PostingResponse | { error: { message: string } };
  return 'error' in r ? null : r;
}

/**
 * The legal posting window for a list (rules `posting` op: dated minimum of working days and counting convention).
 * The strictest mandatory requirement among the codes applies; a list with no mandatory code is posted for the
 * same number of working days as Huân chương (a voluntary consultation follows the same rule).
 */
export function postingWindow(
  codes: readonly string[],
  postedOn: string,
  overrides: ParameterOverride[] = [],
): PostingWindow {
  let ref = REFERENCE_CODE;
  let min = -1;
  const mandatoryFor: string[] = [];
  for (const code of new Set(codes)) {
    const r = posting(code, postedOn, postedOn, overrides);
    if (r?.required) {
      mandatoryFor.push(code);
      if (r.minWorkingDays > min) {
        min = r.minWorkingDays;
        ref = code;
      }
    }
  }
  let meeting = nextDay(postedOn);
  let last: PostingResponse | null = null;
  for (let i = 0; i < 366; i++) {
    last = posting(ref, postedOn, meeting, overrides);
    if (last?.valid) break;
    meeting = nextDay(meeting);
  }
  return {
    minWorkingDays: last?.minWorkingDays ?? 0,
    closesOn: prevDay(meeting),
    earliestMeetingOn: meeting,
    citation: last?.citation ?? '',
    mandatoryFor,
  };
}

/** Whether a council may meet on `meetingOn` for this posting (with the engine's Vietnamese explanation). */
export function meetingAllowed(
  code: string,
  postedOn: string,
  meetingOn: string,
  overrides: ParameterOverride[] = [],
) {
  return posting(code, postedOn, meetingOn, overrides);
}

/** A per-installation secret for form tokens and address hashes (kept in app_meta, created on first use). */
export async function consultationSecret(db: Executor): Promise<Buffer> {
  const key = 'consultation.secret';
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, key));
  if (row) return Buffer.from(String(row.value), 'hex');
  const fresh = randomBytes(32).toString('hex');
  await db.insert(appMeta).values({ key, value: fresh }).onConflictDoNothing({ target: appMeta.key });
  const [again] = await db.select().from(appMeta).where(eq(appMeta.key, key));
  return Buffer.from(String(again!.value), 'hex');
}

const mac = (secret: Buffer, s: string) => createHmac('sha256', secret).update(s).digest('hex');

/** A keyed hash of the sender's address: enough to count, not to recover the address. */
export function clientHash(secret: Buffer, ip: string | null): string {
  return mac(secret, `ip:${ip ?? 'unknown'}`).slice(0, 32);
}

/** `issuedAtMs.mac` bound to the consultation: proves the form was fetched, and when. */
export function issueFormToken(secret: Buffer, slug: string, issuedAtMs: number): string {
  return `${issuedAtMs}.${mac(secret, `form:${slug}:${issuedAtMs}`).slice(0, 32)}`;
}

/** Issued time of a valid token for this slug, else null. */
export function readFormToken(secret: Buffer, slug: string, token: string | undefined): number | null {
  if (!token) return null;
  const m = /^(\d{10,16})\.([0-9a-f]{32})$/.exec(token);
  if (!m) return null;
  const expected = Buffer.from(mac(secret, `form:${slug}:${m[1]}`).slice(0, 32));
  const got = Buffer.from(m[2]!);
  return expected.length === got.length && timingSafeEqual(expected, got) ? Number(m[1]) : null;
}
