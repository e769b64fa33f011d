import { evaluate, evaluateMany, listParameters, listRules, RULESET_VERSION } from '@vinhdanh/rules';
import type { ServiceContext } from '../../context';
import { ServiceError } from '../../errors';
import { activeOverrides, forEngine, listParameterOverrides } from './parameter-overrides';

/** Largest batch answered in one HTTP call; bigger batches belong to the CLI (JSON Lines, streaming). */
export const MAX_BATCH = 5000;

/**
 * POST /api/v1/rules/evaluate, as the public contract says: one request object → one response; an array →
 * an array in the same order. Invalid requests are answered with error objects, never a failed call.
 */
export function evaluateRules(body: unknown): unknown {
  if (Array.isArray(body)) {
    if (body.length > MAX_BATCH) {
      throw new ServiceError(
        'VALIDATION_FAILED',
        `Tối đa ${MAX_BATCH} yêu cầu mỗi lần gọi; dùng "npm run cli -- rules eval" cho lô lớn hơn.`,
      );
    }
    return evaluateMany(body);
  }
  return evaluate(body);
}

/**
 * Catalogue of rules and dated parameters with citations and confidence (for the legal parameters page), the
 * parameters listed with the province's overrides in force, plus every override row (revoked ones included).
 */
export async function rulesCatalogue(ctx: ServiceContext) {
  const overrides = forEngine(await activeOverrides(ctx.read));
  return {
    rulesetVersion: RULESET_VERSION,
    rules: listRules(),
    parameters: listParameters({ overrides }),
    overrides: await listParameterOverrides(ctx, { includeRevoked: true }),
  };
}
