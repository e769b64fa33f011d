import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, awards, employments } from '../../db/schema';
import { buildPerson, buildTree, buildUnit, createTestEnv } from '../../test/harness';
import { newId } from '../../lib/ids';
import { recordAward, recordAwards, revokeAwards } from './record-award';
import { formatVerifyCode, newVerifyCode, normalizeVerifyCode } from './verify-code';

const env = await createTestEnv({ today: '2026-10-01' });
const tree = await buildTree(env);
const db = env.database.db;
const audits = (action: string, entityId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

describe('verify codes', () => {
  it('are 12 unambiguous characters, distinct, and typed forms normalise back', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const c = newVerifyCode();
      expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      seen.add(c);
    }
    expect(seen.size).toBe(2000);
    const c = 'AB01CD23EF45';
    expect(normalizeVerifyCode(formatVerifyCode(c).toLowerCase())).toBe(c);
    expect(normalizeVerifyCode('ab0i-cd23-ef45')).toBe('AB01CD23EF45');
    expect(normalizeVerifyCode('xyz')).toBeNull();
    expect(normalizeVerifyCode('AB01CD23EF4U')).toBeNull();
  });
});

describe('recordAward (registry)', () => {
  it('snapshots name, post and unit on the decision date, gives a verify code and audits', async () => {
    const p = await buildPerson(env, { fullName: 'Trần Thị Hồng', unit: tree.ward, from: '2015-01-01' });
    // Later moved to another unit: the record keeps the unit of the decision date.
    await db.update(employments).set({ dateTo: '2022-12-31' }).where(eq(employments.personId, p.id));
    await db.insert(employments).values({
      id: newId(),
      personId: p.id,
      unitId: tree.other.id,
      dateFrom: '2023-01-01',
      position: 'Phó Chủ tịch',
    });
    const row = await db.transaction((tx) =>
      recordAward(tx, env.ctx(null), {
        recipient: { kind: 'INDIVIDUAL', personId: p.id },
        code: 'BANG_KHEN_BO_TINH',
        decisionNumber: ' 12/QĐ-UBND ',
        decidedOn: '2021-05-10',
        issuerUnitId: tree.province.id,
        source: 'DECISION',
      }),
    );
    expect(row).toMatchObject({
      recipientKind: 'INDIVIDUAL',
      recipientName: 'Trần Thị Hồng',
      searchName: 'tran thi hong',
      recipientPosition: 'Chuyên viên',
      recipientUnitId: tree.ward.id,
      recipientUnitName: 'Phường Bến Nghé',
      issuerName: 'Thành phố Thử',
      decisionNumber: '12/QĐ-UBND',
      source: 'DECISION',
    });
    expect(row.verifyCode).toMatch(/^[0-9A-Z]{12}$/);
    const a = await audits('award.record', row.id);
    expect(a).toHaveLength(1);
    expect(a[0]!.after).toMatchObject({ verifyCode: row.verifyCode, recipientName: 'Trần Thị Hồng' });
  });

  it('records collectives (a unit, by its name on that date) and named collectives of a unit', async () => {
    const [unitAward, named] = await db.transaction((tx) =>
      recordAwards(tx, env.ctx(null), [
        {
          recipient: { kind: 'COLLECTIVE', unitId: tree.district.id },
          code: 'TT_LDXS',
          decisionNumber: '5/QĐ',
          decidedOn: '2020-12-01',
        },
        {
          recipient: { kind: 'HOUSEHOLD', name: 'Hộ ông Lê Văn Tám', unitId: tree.ward.id },
          code: 'GIA_DINH_VAN_HOA',
          decisionNumber: '5/QĐ',
          decidedOn: '2020-12-01',
        },
      ]),
    );
    expect(unitAward).toMatchObject({
      recipientKind: 'COLLECTIVE',
      unitId: tree.district.id,
      recipientName: 'Quận Một',
      recipientUnitId: tree.district.id,
    });
    expect(named).toMatchObject({
      recipientKind: 'HOUSEHOLD',
      unitId: null,
      recipientName: 'Hộ ông Lê Văn Tám',
      recipientUnitName: 'Phường Bến Nghé',
    });
    expect(unitAward!.verifyCode).not.toBe(named!.verifyCode);
  });

  it('refuses bad input with Vietnamese messages and writes nothing', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const ok = {
      recipient: { kind: 'INDIVIDUAL' as const, personId: p.id },
      code: 'GIAY_KHEN',
      decisionNumber: '1/QĐ',
      decidedOn: '2022-01-10',
    };
    for (const bad of [
      { ...ok, code: 'HUY_CHUONG_VANG' },
      { ...ok, decisionNumber: ' ' },
      { ...ok, decidedOn: '2022-02-30' },
      { ...ok, periodFrom: 2021, periodTo: 2020 },
      { ...ok, periodTo: 2023 },
    ]) {
      await expect(db.transaction((tx) => recordAward(tx, env.ctx(null), bad))).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
    await expect(
      db.transaction((tx) =>
        recordAward(tx, env.ctx(null), { ...ok, recipient: { kind: 'INDIVIDUAL', personId: newId() } }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const unit = await buildUnit(env);
    await expect(
      db.transaction((tx) =>
        recordAward(tx, env.ctx(null), {
          ...ok,
          issuerUnitId: newId(),
          recipient: { kind: 'COLLECTIVE', unitId: unit.id },
        }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.select().from(awards).where(eq(awards.personId, p.id))).toHaveLength(0);
  });
});

describe('revokeAwards', () => {
  it('marks entries revoked by a later act, keeps the row, audits before/after, is idempotent', async () => {
    const p = await buildPerson(env, { unit: tree.ward });
    const decisionId = newId();
    const row = await db.transaction((tx) =>
      recordAward(tx, env.ctx(null), {
        recipient: { kind: 'INDIVIDUAL', personId: p.id },
        code: 'GIAY_KHEN',
        decisionNumber: '7/QĐ-UBND',
        decidedOn: '2023-03-01',
        decisionId,
      }),
    );
    const revoked = await db.transaction((tx) =>
      revokeAwards(tx, env.ctx(null), {
        decisionId,
        revokedOn: '2024-01-05',
        byDecisionNumber: '3/QĐ-UBND',
        reason: 'Khai man thành tích',
      }),
    );
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({
      id: row.id,
      revokedOn: '2024-01-05',
      revokedByDecisionNumber: '3/QĐ-UBND',
      revocationReason: 'Khai man thành tích',
    });
    expect(revoked[0]!.revokedAt).toBeInstanceOf(Date);
    const a = await audits('award.revoke', row.id);
    expect(a).toHaveLength(1);
    expect(a[0]!.before).toMatchObject({ revoked: null });
    expect(a[0]!.after).toMatchObject({ revoked: { decisionNumber: '3/QĐ-UBND' } });
    const again = await db.transaction((tx) =>
      revokeAwards(tx, env.ctx(null), {
        awardIds: [row.id],
        revokedOn: '2024-02-01',
        byDecisionNumber: '9/QĐ',
      }),
    );
    expect(again).toHaveLength(0);
    await expect(
      db.transaction((tx) =>
        revokeAwards(tx, env.ctx(null), { revokedOn: '2024-02-01', byDecisionNumber: '' }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
