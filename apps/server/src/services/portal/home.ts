import type { ServiceContext } from '../../context';
import type { HomeTeaser } from '../../portal/presenters';
import { sectionItems } from './providers';

/**
 * Teasers of other areas' public content (open movements, open consultations, latest decisions), read through the section
 * providers each area registers in `providers.ts`; empty while an area has not landed.
 */
export async function homeTeasers(
  ctx: ServiceContext,
  opts: { all?: boolean } = {},
): Promise<{ movements: HomeTeaser[]; consultations: HomeTeaser[]; decisions: HomeTeaser[] }> {
  const o = { open: !opts.all, limit: opts.all ? 5000 : 6 };
  return {
    movements: await sectionItems(ctx, 'movements', o),
    consultations: await sectionItems(ctx, 'consultations', o),
    decisions: await sectionItems(ctx, 'decisions', { open: false, limit: opts.all ? 5000 : 5 }),
  };
}
