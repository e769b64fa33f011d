import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_2020_DATE,
  REFORM_DATE,
  demoAccounts,
  demoClusters,
  demoLineage,
  demoPeople,
  demoUnitVersions,
  demoUnits,
  generateDemoPeople,
  isValidNationalId,
  unitValidOn,
  unitVersionOn,
  validateDemoData,
} from './demo-data';

const WARDS_2020 = [
  'Cống Vị',
  'Điện Biên',
  'Đội Cấn',
  'Giảng Võ',
  'Kim Mã',
  'Liễu Giai',
  'Ngọc Hà',
  'Ngọc Khánh',
  'Nguyễn Trung Trực',
  'Phúc Xá',
  'Quán Thánh',
  'Thành Công',
  'Trúc Bạch',
  'Vĩnh Phúc',
];

function unit(key: string) {
  const u = demoUnits.find((x) => x.key === key);
  if (!u) throw new Error(`no unit ${key}`);
  return u;
}

/** Units reachable from `key` through MERGE lineage (transitively). */
function successors(key: string): string[] {
  const out: string[] = [];
  const queue = [key];
  while (queue.length > 0) {
    const k = queue.shift();
    for (const ev of demoLineage) {
      if (ev.kind !== 'MERGE' || k === undefined || !ev.fromKeys.includes(k)) continue;
      for (const t of ev.toKeys) {
        if (out.includes(t) || t === k) continue;
        out.push(t);
        queue.push(t);
      }
    }
  }
  return out;
}

describe('demo organisation data', () => {
  it('is internally consistent', () => {
    expect(validateDemoData()).toEqual([]);
  });

  it('has the 14 wards of quận Ba Đình valid on the 2020 campaign date', () => {
    const wards = demoUnits.filter(
      (u) => u.kind === 'XA' && unitVersionOn(u.key, CAMPAIGN_2020_DATE)?.parentKey === 'BA_DINH',
    );
    expect(wards.map((w) => w.name).sort()).toEqual(WARDS_2020.map((n) => `Phường ${n}`).sort());
    for (const w of wards) expect(unitValidOn(w, CAMPAIGN_2020_DATE)).toBe(true);
    expect(unit('BA_DINH').kind).toBe('HUYEN');
    expect(unitValidOn(unit('BA_DINH'), CAMPAIGN_2020_DATE)).toBe(true);
    expect(unit('BA_DINH').validTo).toBe('2025-06-30');
  });

  it('has no district-level unit on or after 2025-07-01', () => {
    expect(demoUnits.filter((u) => u.kind === 'HUYEN' && unitValidOn(u, REFORM_DATE))).toEqual([]);
    expect(
      demoUnits.filter((u) => u.kind === 'HUYEN' && (u.validTo === null || u.validTo >= REFORM_DATE)),
    ).toEqual([]);
  });

  it('gives every old ward a successor valid after the reform', () => {
    const oldWards = demoUnits.filter((u) => u.kind === 'XA' && unitValidOn(u, CAMPAIGN_2020_DATE));
    expect(oldWards).toHaveLength(14);
    for (const w of oldWards) {
      const current = successors(w.key).filter(
        (k) => unitValidOn(unit(k), REFORM_DATE) && unit(k).kind === 'XA',
      );
      expect(current, w.name).not.toEqual([]);
      for (const k of current) expect(unit(k).parentKey).toBe('HN');
    }
  });

  it('moves schools and the health centre out of the district with a TRANSFER and a new version', () => {
    for (const key of ['SCH_THCS_GIANG_VO', 'TTYT_BA_DINH']) {
      expect(unitVersionOn(key, CAMPAIGN_2020_DATE)?.parentKey).toBe('UBND_BA_DINH');
      expect(unitVersionOn(key, REFORM_DATE)?.parentKey).not.toBe('UBND_BA_DINH');
      expect(demoLineage.some((e) => e.kind === 'TRANSFER' && e.fromKeys.includes(key))).toBe(true);
    }
    for (const u of demoUnits) expect(demoUnitVersions.some((v) => v.key === u.key)).toBe(true);
  });

  it('has Tạ Nam Chiến at UBND quận Ba Đình on 2020-02-27', () => {
    const chien = demoPeople.find((p) => p.fullName === 'Tạ Nam Chiến');
    expect(chien?.sex).toBe('NAM');
    const post = chien?.employments.find(
      (e) =>
        e.unitKey === 'UBND_BA_DINH' &&
        e.from <= CAMPAIGN_2020_DATE &&
        (e.to === null || e.to >= CAMPAIGN_2020_DATE),
    );
    expect(post?.isLeader).toBe(true);
    expect(post?.position).toContain('Chủ tịch UBND quận');
  });

  it('has a TĐKT officer in Phòng Nội vụ in 2020', () => {
    const officer = demoPeople.find((p) => p.key === 'CB_TDKT_BA_DINH');
    expect(
      officer?.employments.some(
        (e) =>
          e.unitKey === 'BD_NOI_VU' &&
          e.from <= CAMPAIGN_2020_DATE &&
          (e.to === null || e.to >= CAMPAIGN_2020_DATE),
      ),
    ).toBe(true);
  });

  it('generates 300–400 realistic people', () => {
    expect(demoPeople.length).toBeGreaterThanOrEqual(300);
    expect(demoPeople.length).toBeLessThanOrEqual(400);
    const withDiacritics = demoPeople.filter((p) => /[^\u0020-\u007e]/.test(p.fullName));
    expect(withDiacritics.length / demoPeople.length).toBeGreaterThan(0.9);
    for (const p of demoPeople) {
      expect(p.fullName.normalize('NFC')).toBe(p.fullName);
      expect(isValidNationalId(p.nationalId, p.sex, p.dateOfBirth)).toBe(true);
      const year = Number(p.dateOfBirth.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1965);
      expect(year).toBeLessThanOrEqual(2000);
    }
    const women = demoPeople.filter((p) => p.sex === 'NU').length / demoPeople.length;
    expect(women).toBeGreaterThan(0.5);
    expect(women).toBeLessThan(0.65);
    expect(demoPeople.some((p) => p.ethnicity !== 'Kinh')).toBe(true);
    expect(new Set(demoPeople.map((p) => p.nationalId)).size).toBe(demoPeople.length);
    expect(new Set(demoPeople.map((p) => p.staffCode)).size).toBe(demoPeople.length);
  });

  it('moves people of dissolved units to successor units on 2025-07-01', () => {
    const moved = demoPeople.filter((p) =>
      p.employments.some((e) => e.to === '2025-06-30' && unit(e.unitKey).validTo === '2025-06-30'),
    );
    const continuing = moved.filter((p) => p.employments.some((e) => e.from === REFORM_DATE));
    expect(continuing.length).toBeGreaterThan(100);
  });

  it('has clusters for 2020 and 2026 and one account per role', () => {
    expect(
      demoClusters.filter((c) => c.year === 2020 && c.organiserKey === 'BA_DINH').length,
    ).toBeGreaterThanOrEqual(3);
    expect(demoClusters.some((c) => c.year === 2026 && c.organiserKey === 'HN')).toBe(true);
    expect(new Set(demoAccounts.map((a) => a.role)).size).toBe(7);
    for (const a of demoAccounts) expect(a.username).toMatch(/^[a-z0-9.]+$/);
  });

  it('reports injected problems', () => {
    const base = {
      units: demoUnits,
      unitVersions: demoUnitVersions,
      lineage: demoLineage,
      people: demoPeople,
      clusters: demoClusters,
      accounts: demoAccounts,
    };
    const units = demoUnits.map((u) => (u.key === 'BA_DINH' ? { ...u, validTo: null } : u));
    expect(validateDemoData({ ...base, units }).some((p) => p.includes('HUYEN'))).toBe(true);
    const [first, second, ...rest] = demoPeople;
    if (!first || !second) throw new Error('no people');
    const people = [first, { ...second, nationalId: first.nationalId, staffCode: first.staffCode }, ...rest];
    const problems = validateDemoData({ ...base, people });
    expect(problems.some((p) => p.includes('duplicate CCCD'))).toBe(true);
    expect(problems.some((p) => p.includes('duplicate staff code'))).toBe(true);
    const lineage = demoLineage.filter((e) => e.kind !== 'DISSOLVE');
    expect(validateDemoData({ ...base, lineage }).some((p) => p.includes('without a lineage event'))).toBe(
      true,
    );
    const versions = [
      ...demoUnitVersions,
      { key: 'W_PHUC_XA', from: '2020-01-01', to: null, name: 'x', parentKey: 'NOPE' },
    ];
    expect(validateDemoData({ ...base, unitVersions: versions }).length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    const a = generateDemoPeople();
    const b = generateDemoPeople();
    expect(a).toEqual(b);
    expect(a).toEqual(demoPeople);
    expect(generateDemoPeople(1)).not.toEqual(a);
  });
});
