/**
 * Meta-tests: every rule and parameter value is cited; every rule has case-table cases on both sides; every
 * rule version boundary is exercised through the public API on the day before and the day of the change.
 */
import { describe, expect, it } from 'vitest';
import { RULES, versionAt } from '../src/rules/registry.js';
import { targetFitsKind } from '../src/ops/eligibility.js';
import { PARAMETERS, ParameterStore } from '../src/params/store.js';
import { day, isoOf } from '../src/dates.js';
import { evaluate, listRules, type EligibilityResponse } from '../src/index.js';
import { ALWAYS_UNKNOWN, RULE_CASES, RULE_OVERRIDES } from './cases.js';
import { award, collective, community, cyr, elig, members, person, run, SK } from './factories.js';

describe('citations', () => {
  it('every rule version has a citation and a confirmed flag', () => {
    for (const r of listRules()) {
      expect(r.versions.length, r.id).toBeGreaterThan(0);
      for (const v of r.versions) {
        expect(v.citation.trim().length, r.id).toBeGreaterThan(5);
        expect(typeof v.confirmed, r.id).toBe('boolean');
      }
    }
  });
  it('every parameter value has a reference and a confirmed flag', () => {
    for (const p of PARAMETERS) {
      for (const v of p.values) {
        expect(v.reference.trim().length, p.key).toBeGreaterThan(5);
        expect(typeof v.confirmed, p.key).toBe('boolean');
      }
    }
  });
  it('every parameter a rule version declares exists and has a value from the version start', () => {
    const store = new ParameterStore();
    for (const r of RULES) {
      for (const v of r.versions) {
        for (const k of v.params ?? []) {
          expect(store.has(k), `${r.id} → ${k}`).toBe(true);
          expect(store.resolve(k, day(v.from)), `${r.id} → ${k} at ${v.from}`).not.toBeNull();
        }
      }
    }
  });
  it('rule ids are unique and stable in form', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
  });
  it('rule versions do not overlap', () => {
    for (const r of RULES) {
      const vs = [...r.versions].sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < vs.length; i++)
        expect(vs[i - 1]!.to !== undefined && vs[i - 1]!.to! < vs[i]!.from, r.id).toBe(true);
    }
  });
});

describe('every rule has test cases', () => {
  for (const r of RULES) {
    it(`${r.id} has cases that can fail`, () => {
      const cases = RULE_CASES.filter((c) => c.rule === r.id);
      expect(cases.length, `no case for ${r.id}`).toBeGreaterThan(0);
      const statuses = new Set(cases.map((c) => c.expect));
      if (ALWAYS_UNKNOWN.has(r.id)) {
        expect(statuses.has('UNKNOWN')).toBe(true);
      } else {
        expect(statuses.has('MET'), `${r.id} needs a MET case`).toBe(true);
        expect(statuses.has('NOT_MET') || statuses.has('UNKNOWN'), `${r.id} needs a failing case`).toBe(true);
      }
    });
  }
  it('the case tables name only existing rules', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const c of RULE_CASES) expect(ids.has(c.rule), c.rule).toBe(true);
  });
});

/** A subject rich enough that each rule of its kind yields a reason (posthumous + achievement make the request-level rules speak). */
function richRequest(kind: string, target: string, proposedOn: string, ay: number): Record<string, unknown> {
  const extra = { posthumous: kind === 'INDIVIDUAL', achievement: 'Thành tích kiểm thử' };
  const pending = { pendingReview: false };
  switch (kind) {
    case 'INDIVIDUAL':
      return elig(
        target,
        proposedOn,
        ay,
        person(
          run(ay - 7, ay, 'HTXS', ['LDTT', 'CSTD_CO_SO'], {
            initiatives: [SK('TOAN_QUOC')],
            absences: [{ kind: 'MATERNITY', from: `${ay}-02-01`, to: `${ay}-07-31`, compliant: true }],
            transfer: { monthsAtPreviousUnit: 8, previousUnitOpinion: true },
          }),
          { ...pending, awards: [award('BANG_KHEN_BO_TINH', ay - 8)] },
        ),
        extra,
      );
    case 'COLLECTIVE':
      return elig(
        target,
        proposedOn,
        ay,
        collective(
          [
            cyr(ay - 1, 'HTXS', members(10, 10, 8, 1)),
            cyr(ay, 'HTXS', members(10, 10, 8, 1), { ledCluster: 'TRUNG_UONG' }),
          ],
          { ...pending, dissolvedOn: '2100-01-01' },
        ),
        extra,
      );
    default:
      return elig(
        target,
        proposedOn,
        ay,
        { ...community(kind as 'COMMUNE', ay, { criteriaMet: true, ledDistrictMovement: true }), ...pending },
        extra,
      );
  }
}

describe('rule versions switch on the day of each change date', () => {
  for (const r of RULES) {
    const boundaries = new Set<string>();
    for (const v of r.versions) {
      if (v.from > '1946-01-01') boundaries.add(v.from);
      if (v.to !== undefined) boundaries.add(isoOf(day(v.to) + 1));
    }
    for (const b of boundaries) {
      it(`${r.id}: the day before ${b} and the day of ${b} use the version in force`, () => {
        const kind = r.subjectKinds[0]!;
        const target = r.targets.find((t) => t !== 'CSTT' && targetFitsKind(t, kind))!;
        for (const d of [day(b) - 1, day(b)]) {
          const proposedOn = isoOf(d);
          const ay = Number(proposedOn.slice(0, 4)) - 1;
          const overrides = RULE_OVERRIDES[r.id];
          const res = evaluate(
            richRequest(kind, target, proposedOn, ay),
            overrides ? { overrides } : undefined,
          ) as EligibilityResponse;
          expect(res, JSON.stringify(res)).toHaveProperty('reasons');
          const reason = res.reasons.find((x) => x.rule === r.id);
          const v = versionAt(r, d);
          if (v === null) expect(reason, `${r.id} should not apply on ${proposedOn}`).toBeUndefined();
          else {
            expect(
              reason,
              `${r.id} should apply on ${proposedOn}: ${JSON.stringify(res.reasons.map((x) => x.rule))}`,
            ).toBeDefined();
            expect(reason!.citation).toBe(v.citation);
          }
        }
      });
    }
  }
});
