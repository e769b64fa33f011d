import { escapeXml } from '../html';
import type { PublicPostSummary } from '../presenters';
import { PORTAL_NAME } from '../layout';

/** A non-post entry of the feed (a published movement, a consultation, an issued decision). */
export interface FeedItem {
  title: string;
  path: string;
  date: Date;
  description: string;
  category: string;
}

/**
 * RSS 2.0 of the latest posts and other public entries, newest first. `origin` is the public base URL
 * (PUBLIC_URL or the request's host).
 */
export function renderRss(origin: string, posts: PublicPostSummary[], extra: FeedItem[] = []): string {
  const others = extra.map((e) => ({
    at: e.date.getTime(),
    xml: `<item>
<title>${escapeXml(e.title)}</title>
<link>${escapeXml(origin + e.path)}</link>
<guid isPermaLink="true">${escapeXml(origin + e.path)}</guid>
<pubDate>${e.date.toUTCString()}</pubDate>
<category>${escapeXml(e.category)}</category>
<description>${escapeXml(e.description)}</description>
</item>`,
  }));
  const items = posts
    .map(
      (p) => `<item>
<title>${escapeXml(p.title)}</title>
<link>${escapeXml(`${origin}/tin-tuc/${p.slug}`)}</link>
<guid isPermaLink="true">${escapeXml(`${origin}/tin-tuc/${p.slug}`)}</guid>
<pubDate>${p.publishAt.toUTCString()}</pubDate>
<dc:creator>${escapeXml(p.author)}</dc:creator>
<description>${escapeXml(p.lead)}</description>
</item>`,
    )
    .map((xml, i) => ({ at: posts[i]!.publishAt.getTime(), xml }))
    .concat(others)
    .sort((a, b) => b.at - a.at)
    .map((x) => x.xml)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(PORTAL_NAME)}</title>
<link>${escapeXml(`${origin}/`)}</link>
<atom:link href="${escapeXml(`${origin}/rss.xml`)}" rel="self" type="application/rss+xml"/>
<description>Tin tức thi đua, khen thưởng</description>
<language>vi</language>
${items}
</channel>
</rss>`;
}

export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

export function renderSitemap(origin: string, entries: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries
  .map(
    (e) =>
      `<url><loc>${escapeXml(origin + e.path)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ''}</url>`,
  )
  .join('\n')}
</urlset>`;
}
