import type { ServiceContext } from '../../context';
import type { SearchHit } from '../../portal/presenters';

/**
 * Public content of other areas, searched and listed by the portal. Each provider reads through its
 * area's public data (published only) and returns whitelisted fields.
 */
export type SearchProvider = (ctx: ServiceContext, words: string[]) => Promise<SearchHit[]>;

export const searchProviders: SearchProvider[] = [];
