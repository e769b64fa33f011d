import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { queryRows } from '../db/client';
import {
  accounts,
  appMeta,
  clusterMembers,
  clusters,
  employments,
  lineageEventUnits,
  lineageEvents,
  personYearRecords,
  persons,
  roleGrants,
  units,
  unitVersions,
} from '../db/schema';
import { emitAudit } from '../audit/emit';
import { newId } from '../lib/ids';
import { nameSortKey } from '../lib/names';
import { hashPassword, randomPassword } from '../services/auth/password';
import { seedDemoMovements } from './demo-movements';
import { seedDemoMovement2026 } from './demo-movements-2026';
import { seedDemoBallot } from './demo-ballot';
import { seedDemoNominations } from './demo-nominations';
import { seedDemoScoring } from './demo-scoring';
import { seedDemoConsultation, seedDemoPortal } from './demo-portal';
import { seedDemoDecisions } from './demo-decisions';
import {
  demoAccounts,
  demoClusters,
  demoLineage,
  demoPeople,
  demoUnits,
  demoUnitVersions,
} from './demo-data';
import { seedDemoReports } from './demo-reports';

export interface DemoLogin {
  username: string;
  password: string;
  description: string;
}

/** First and last achievement years given demo ratings, so eligibility pages have something to weigh. */
export const DEMO_RECORD_YEARS = [2019, 2025] as const;

/**
 * Yearly ratings (mức độ hoàn thành nhiệm vụ) for every demo person employed during a year, deterministic from
 * the person's key: mostly HTT, some HTXS (with LĐTT, and CSTĐ cơ sở for a few), a few HT, rarely KHT.
 */
function demoYearRecords(ids: Map<string, string>): (typeof personYearRecords.$inferInsert)[] {
  const out: (typeof personYearRecords.$inferInsert)[] = [];
  for (const p of demoPeople) {
    for (let year = DEMO_RECORD_YEARS[0]; year <= DEMO_RECORD_YEARS[1]; year++) {
      const employed = p.employments.some(
        (e) => e.from <= `${year}-06-30` && (!e.to || e.to >= `${year}-12-31`),
      );
      if (!employed) continue;
      const h = hash(`${p.key}:${year}`) % 100;
      const rating = h < 2 ? 'KHT' : h < 10 ? 'HT' : h < 78 ? 'HTT' : 'HTXS';
      const titles = rating === 'HTT' || rating === 'HTXS' ? ['LDTT'] : [];
      if (rating === 'HTXS' && hash(`${p.key}:cstd:${year}`) % 3 === 0) titles.push('CSTD_CO_SO');
      out.push({
        id: newId(),
        personId: ids.get(`person:${p.key}`)!,
        year,
        rating,
        titles,
        note: 'Dữ liệu mẫu',
      });
    }
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** True when the database holds no unit yet (first start). */
export async function isEmpty(ctx: ServiceContext): Promise<boolean> {
  const r = await queryRows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM units`);
  return Number(r[0]?.n ?? 0) === 0;
}

/**
 * Tổ chức mẫu: Hà Nội, quận Ba Đình in 2020 and the wards that replaced it on 01/07/2025, a few hundred
 * people, clusters, and one account per role with a random password. One transaction, one audit row.
 */
export async function seedDemo(ctx: ServiceContext): Promise<DemoLogin[]> {
  const ids = new Map<string, string>();
  const id = (key: string) => {
    let v = ids.get(key);
    if (!v) ids.set(key, (v = newId()));
    return v;
  };
  const logins: DemoLogin[] = demoAccounts.map((a) => ({
    username: a.username,
    password: randomPassword(),
    description: a.description,
  }));
  const hashes = await Promise.all(logins.map((l) => hashPassword(l.password, ctx.config.ARGON2_MEMORY_KIB)));

  await ctx.db.transaction(async (tx) => {
    await tx.insert(units).values(
      demoUnits.map((u) => ({
        id: id(u.key),
        code: u.key,
        kind: u.kind,
        hasLegalPersonality: u.hasLegalPersonality,
        validFrom: u.validFrom,
        validTo: u.validTo,
        field: u.field ?? null,
        address: u.address ?? null,
      })),
    );
    await tx.insert(unitVersions).values(
      demoUnitVersions.map((v) => ({
        id: newId(),
        unitId: id(v.key),
        validFrom: v.from,
        validTo: v.to,
        name: v.name,
        shortName: v.shortName ?? null,
        parentId: v.parentKey ? id(v.parentKey) : null,
      })),
    );
    for (const e of demoLineage) {
      const eventId = newId();
      await tx.insert(lineageEvents).values({
        id: eventId,
        kind: e.kind,
        eventDate: e.date,
        legalBasis: e.legalBasis,
        note: e.note ?? null,
      });
      const links = [
        ...e.fromKeys.map((k) => ({ eventId, unitId: id(k), side: 'FROM' })),
        ...e.toKeys.map((k) => ({ eventId, unitId: id(k), side: 'TO' })),
      ];
      if (links.length) await tx.insert(lineageEventUnits).values(links);
    }
    const people = demoPeople.map((p) => ({
      id: id(`person:${p.key}`),
      fullName: p.fullName,
      nameSort: nameSortKey(p.fullName),
      sex: p.sex,
      dateOfBirth: p.dateOfBirth,
      ethnicity: p.ethnicity,
      nationalId: p.nationalId,
      staffCode: p.staffCode,
      status: p.status,
      email: p.email ?? null,
      phone: p.phone ?? null,
    }));
    for (let i = 0; i < people.length; i += 500) await tx.insert(persons).values(people.slice(i, i + 500));
    const emps = demoPeople.flatMap((p) =>
      p.employments.map((e) => ({
        id: newId(),
        personId: id(`person:${p.key}`),
        unitId: id(e.unitKey),
        dateFrom: e.from,
        dateTo: e.to,
        position: e.position,
        isLeader: e.isLeader,
        isDirectWorker: e.isDirectWorker,
      })),
    );
    for (let i = 0; i < emps.length; i += 500) await tx.insert(employments).values(emps.slice(i, i + 500));
    const records = demoYearRecords(ids);
    for (let i = 0; i < records.length; i += 500)
      await tx.insert(personYearRecords).values(records.slice(i, i + 500));
    for (const c of demoClusters) {
      const cid = newId();
      await tx
        .insert(clusters)
        .values({ id: cid, name: c.name, kind: c.kind, year: c.year, organiserId: id(c.organiserKey) });
      await tx.insert(clusterMembers).values(
        c.memberKeys.map((k) => ({
          clusterId: cid,
          unitId: id(k),
          role: k === c.headKey ? 'HEAD' : k === c.deputyKey ? 'DEPUTY' : 'MEMBER',
        })),
      );
    }
    for (const [i, a] of demoAccounts.entries()) {
      const accountId = newId();
      await tx.insert(accounts).values({
        id: accountId,
        username: a.username,
        fullName: a.fullName,
        passwordHash: hashes[i]!,
        personId: a.personKey ? id(`person:${a.personKey}`) : null,
      });
      await tx
        .insert(roleGrants)
        .values({ id: newId(), accountId, role: a.role, unitId: id(a.scopeUnitKey) });
    }
    await seedDemoMovements(tx, ctx, id);
    await seedDemoMovement2026(tx, ctx, id);
    await seedDemoReports(tx, ctx, id);
    await tx.insert(appMeta).values({ key: 'demo', value: { seededAt: ctx.clock.now().toISOString() } });
    await emitAudit(tx, ctx, {
      action: 'seed.demo',
      entity: 'system',
      after: {
        units: demoUnits.length,
        people: demoPeople.length,
        clusters: demoClusters.length,
        accounts: demoAccounts.map((a) => a.username),
      },
    });
  });
  logins.push(...(await seedDemoBallot(ctx)));
  await seedDemoNominations(ctx);
  await seedDemoScoring(ctx);
  await seedDemoPortal(ctx);
  await seedDemoConsultation(ctx);
  await seedDemoDecisions(ctx);
  return logins;
}
