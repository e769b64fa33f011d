import { formatLegalDate, foldVietnamese, type PublicConsultation } from '@vinhdanh/shared';
import type { ServiceContext } from '../../context';
import { listPublicConsultations } from '../consultations/public';
import type { HomeTeaser, SearchHit } from '../../portal/presenters';

/** Days from `today` to `closesOn`, both counted (feedback is received until the end of `closesOn`). */
export function daysLeft(today: string, closesOn: string): number {
  const ms = Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.floor(ms / 86_400_000) + 1;
}

/** "Còn 5 ngày" / "Hôm nay là ngày cuối" / "Đã hết thời gian lấy ý kiến". */
export function windowLabel(c: Pick<PublicConsultation, 'open' | 'closesOn'>, today: string): string {
  if (!c.open) return 'Đã hết thời gian lấy ý kiến';
  const n = daysLeft(today, c.closesOn);
  return n <= 1 ? 'Hôm nay là ngày cuối nhận ý kiến' : `Còn ${n} ngày nhận ý kiến`;
}

/** Posted consultations for the portal: open ones first (closing soonest first), then closed, newest first. */
export async function portalConsultations(ctx: ServiceContext): Promise<PublicConsultation[]> {
  const list = await listPublicConsultations(ctx);
  return [...list].sort((a, b) =>
    a.open !== b.open
      ? Number(b.open) - Number(a.open)
      : a.open
        ? a.closesOn.localeCompare(b.closesOn)
        : b.postedOn.localeCompare(a.postedOn),
  );
}

/** Section provider (home teasers, sitemap): open consultations when `open`, else all posted. */
export async function consultationTeasers(
  ctx: ServiceContext,
  opts: { open: boolean; limit: number },
): Promise<HomeTeaser[]> {
  const today = ctx.clock.today();
  return (await portalConsultations(ctx))
    .filter((c) => !opts.open || c.open)
    .slice(0, opts.limit)
    .map((c) => ({
      href: `/lay-y-kien/${c.slug}`,
      title: c.title,
      meta: `${c.ownerName} · ${formatLegalDate(c.postedOn)} – ${formatLegalDate(c.closesOn)} · ${windowLabel(c, today)}`,
    }));
}

/** Search provider: posted consultations whose title, body or owner contains every word (folded). */
export async function searchPublicConsultations(ctx: ServiceContext, words: string[]): Promise<SearchHit[]> {
  const plain = words.map((w) => w.replace(/\\([\\%_])/g, '$1'));
  return (await portalConsultations(ctx))
    .filter((c) => {
      const text = foldVietnamese(`${c.title} ${c.description ?? ''} ${c.ownerName}`);
      return plain.every((w) => text.includes(w));
    })
    .slice(0, 20)
    .map((c) => ({
      kind: 'Lấy ý kiến nhân dân',
      href: `/lay-y-kien/${c.slug}`,
      title: c.title,
      excerpt:
        c.description ??
        `${c.ownerName} lấy ý kiến từ ${formatLegalDate(c.postedOn)} đến ${formatLegalDate(c.closesOn)}.`,
      date: new Date(`${c.postedOn}T00:00:00+07:00`),
    }));
}
