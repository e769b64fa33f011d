import type { PostBlock, PostCategory } from '@vinhdanh/shared';

/**
 * What the public may see. Presenters copy named fields only (a whitelist): no national ID, date of birth,
 * contact data, account or internal ids ever reach a portal page, feed or public API.
 */
export interface PublicPostSummary {
  slug: string;
  title: string;
  lead: string;
  author: string;
  categories: PostCategory[];
  publishAt: Date;
  unitName: string;
  coverUrl: string | null;
  updatedAt: Date;
}

export type PublicBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'image'; url: string; caption: string; alt: string };

export interface PublicLink {
  kind: 'MOVEMENT' | 'AWARD' | 'PERSON';
  label: string;
  href: string | null;
}

export interface PublicPost extends PublicPostSummary {
  body: PublicBlock[];
  links: PublicLink[];
}

export const imageUrl = (fileId: string) => `/anh/${fileId}`;

export function presentPublicSummary(r: {
  slug: string;
  title: string;
  lead: string;
  author: string;
  categories: string[];
  publishAt: Date | null;
  coverFileId: string | null;
  updatedAt: Date;
  unitName: string;
}): PublicPostSummary {
  return {
    slug: r.slug,
    title: r.title,
    lead: r.lead,
    author: r.author,
    categories: r.categories as PostCategory[],
    publishAt: r.publishAt!,
    unitName: r.unitName,
    coverUrl: r.coverFileId ? imageUrl(r.coverFileId) : null,
    updatedAt: r.updatedAt,
  };
}

export function presentPublicBlocks(blocks: PostBlock[]): PublicBlock[] {
  return blocks.map((b) =>
    b.type === 'image'
      ? { type: 'image', url: imageUrl(b.fileId), caption: b.caption ?? '', alt: b.alt }
      : { type: b.type, text: b.text },
  );
}

/** A link to another area's public page (home teasers, sitemap). */
export interface HomeTeaser {
  href: string;
  title: string;
  meta: string;
}

/** One portal search result. */
export interface SearchHit {
  kind: string;
  href: string;
  title: string;
  excerpt: string;
  date: Date | null;
}
