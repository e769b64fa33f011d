import type { ServiceContext } from '../../context';
import type { HomeTeaser, SearchHit } from '../../portal/presenters';
import { movementTeasers, searchPublicMovements } from './public-movements';
import { consultationTeasers, searchPublicConsultations } from './public-consultations';
import { decisionTeasers, searchPublicDecisions } from './public-decisions';

/**
 * Public content of other areas, searched and listed by the portal. Each provider reads through its
 * area's public data (published only) and returns whitelisted fields.
 */
export type SearchProvider = (ctx: ServiceContext, words: string[]) => Promise<SearchHit[]>;

export const searchProviders: SearchProvider[] = [
  searchPublicMovements,
  searchPublicConsultations,
  searchPublicDecisions,
];

/** The portal's list pages fed by other areas: open movements, open consultations, published decisions. */
export type PortalSection = 'movements' | 'consultations' | 'decisions';

/** Lists one section's public items; `open` = only what is running now (home page teasers). */
export type SectionProvider = (
  ctx: ServiceContext,
  opts: { open: boolean; limit: number },
) => Promise<HomeTeaser[]>;

export const sectionProviders: Record<PortalSection, SectionProvider[]> = {
  movements: [movementTeasers],
  consultations: [consultationTeasers],
  decisions: [decisionTeasers],
};

export async function sectionItems(
  ctx: ServiceContext,
  section: PortalSection,
  opts: { open: boolean; limit: number },
): Promise<HomeTeaser[]> {
  const out: HomeTeaser[] = [];
  for (const p of sectionProviders[section]) out.push(...(await p(ctx, opts)));
  return out.slice(0, opts.limit);
}
