import { describe, expect, it } from 'vitest';
import { evaluate, type EligibilityResponse, type Response } from '../src/index.js';
import { RULE_CASES } from './cases.js';

function asEligibility(r: Response): EligibilityResponse {
  if ('error' in r) throw new Error(`unexpected error ${JSON.stringify(r.error)}`);
  return r as EligibilityResponse;
}

const byRule = new Map<string, (typeof RULE_CASES)[number][]>();
for (const c of RULE_CASES) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);

for (const [rule, cases] of byRule) {
  describe(rule, () => {
    for (const c of cases) {
      it(c.name, () => {
        const r = asEligibility(evaluate(c.request, c.overrides ? { overrides: c.overrides } : undefined));
        const reason = r.reasons.find((x) => x.rule === rule);
        if (c.expect === 'ABSENT') {
          expect(reason).toBeUndefined();
        } else {
          expect(reason, JSON.stringify(r.reasons, null, 1)).toBeDefined();
          expect(reason!.status).toBe(c.expect);
          expect(reason!.met).toBe(c.expect === 'MET');
          expect(reason!.citation.length).toBeGreaterThan(5);
          if (c.confirmed !== undefined) expect(reason!.confirmed).toBe(c.confirmed);
          if (c.vi !== undefined) expect(reason!.message.vi).toContain(c.vi);
        }
        if (c.outcome !== undefined) expect(r.outcome, JSON.stringify(r.reasons, null, 1)).toBe(c.outcome);
      });
    }
  });
}
