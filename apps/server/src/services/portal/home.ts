import type { ServiceContext } from '../../context';
import type { HomeTeaser } from '../../portal/presenters';

/**
 * Teasers of other areas' public content (open movements, open consultations). Each area's public data
 * is read through its own public service once that area has landed; until then the lists are empty.
 */
export async function homeTeasers(
  _ctx: ServiceContext,
  _opts: { all?: boolean } = {},
): Promise<{ movements: HomeTeaser[]; consultations: HomeTeaser[] }> {
  return { movements: [], consultations: [] };
}
