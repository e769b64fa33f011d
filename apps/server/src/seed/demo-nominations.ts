/**
 * Demo: a 2020 dossier of phường Phúc Xá to quận Ba Đình (tổng kết năm 2020) with four nominees in different
 * states, made through the real verbs: components generated from data (tờ trình, biên bản, báo cáo thành tích)
 * or uploaded, submitted by the ward's clerk, then appraised by the district officer — one returned with a
 * reason, two passed to the council, one still waiting for appraisal.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Actor, ServiceContext } from '../context';
import { accounts, persons, roleGrants, units } from '../db/schema';
import { createDossier } from '../services/nominations/create-dossier';
import { addNominee } from '../services/nominations/add-nominee';
import { attachComponent } from '../services/nominations/attachments';
import { generateComponent } from '../services/nominations/generate-component';
import { submitDossier } from '../services/nominations/submit-dossier';
import { passToCouncil, returnNominations } from '../services/nominations/appraise';
import { demoPeople } from './demo-data';

export const DEMO_DOSSIER_2020 = 'Đề nghị khen thưởng tổng kết năm 2020 của phường Phúc Xá';

async function actorOf(ctx: ServiceContext, username: string): Promise<Actor | null> {
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  if (!a) return null;
  const grants = await ctx.db.select().from(roleGrants).where(eq(roleGrants.accountId, a.id));
  return {
    accountId: a.id,
    username: a.username,
    fullName: a.fullName,
    personId: a.personId,
    grants: grants.map((g) => ({ role: g.role as Actor['grants'][number]['role'], unitId: g.unitId })),
  };
}

export async function seedDemoNominations(ctx: ServiceContext): Promise<void> {
  const rows = await ctx.db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.code, ['W_PHUC_XA', 'BA_DINH']));
  const ward = rows.find((r) => r.code === 'W_PHUC_XA');
  const district = rows.find((r) => r.code === 'BA_DINH');
  const clerkActor = await actorOf(ctx, 'vanthu.phucxa');
  const officerActor = await actorOf(ctx, 'canbo.tdkt.badinh');
  if (!ward || !district || !clerkActor || !officerActor) return;
  const clerk: ServiceContext = { ...ctx, actor: clerkActor, memo: new Map() };
  const officer: ServiceContext = { ...ctx, actor: officerActor, memo: new Map() };

  // Four people of the ward employed through 2020 (demo data order, deterministic).
  const chosen = demoPeople
    .filter((p) =>
      p.employments.some(
        (e) => e.unitKey === 'W_PHUC_XA' && e.from <= '2020-01-01' && (!e.to || e.to >= '2020-12-31'),
      ),
    )
    .slice(0, 4);
  if (chosen.length < 4) return;
  const ids = await ctx.db
    .select({ id: persons.id, nationalId: persons.nationalId })
    .from(persons)
    .where(
      inArray(
        persons.nationalId,
        chosen.map((p) => p.nationalId),
      ),
    );
  const personId = (i: number) => ids.find((r) => r.nationalId === chosen[i]!.nationalId)!.id;

  const d = await createDossier(clerk, {
    title: DEMO_DOSSIER_2020,
    proposingUnitId: ward.id,
    receivingUnitId: district.id,
    awardType: 'THUONG_XUYEN',
    year: 2020,
    occasion: 'tổng kết phong trào thi đua năm 2020',
    deadline: null,
  });
  const codes = ['CSTD_CO_SO', 'CSTD_CO_SO', 'LDTT', 'LDTT'] as const;
  let detail = d;
  for (const [i, code] of codes.entries())
    detail = await addNominee(clerk, d.id, {
      personId: personId(i),
      code,
      summary: 'Hoàn thành tốt nhiệm vụ được giao năm 2020; tích cực tham gia phong trào thi đua của phường.',
    });

  // Components: generated from data where possible, a scanned confirmation otherwise.
  const scan = (name: string) => ({
    bytes: Buffer.from(`%PDF-1.4\n% Vinh Danh — bản chụp mẫu: ${name}\n%%EOF\n`),
    filename: `${name}.pdf`,
  });
  for (const c of detail.components) {
    const targets = c.scope === 'DOSSIER' ? [null] : c.missingFor;
    for (const nominationId of targets) {
      if (c.generatable) await generateComponent(clerk, d.id, { component: c.code, nominationId });
      else await attachComponent(clerk, d.id, { component: c.code, nominationId }, scan(c.code));
    }
  }
  detail = await submitDossier(clerk, d.id);

  const [a, b, c] = detail.nominations;
  await returnNominations(officer, d.id, {
    reason: 'Bổ sung xác nhận sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận.',
    nominationIds: [a!.id],
  });
  await passToCouncil(officer, d.id, {
    nominationIds: [b!.id, c!.id],
    note: 'Đủ điều kiện, đủ thành phần hồ sơ.',
  });
}
