/** op "quota": maximum number of a title (CSTĐCS 15 % up to 2023; Cờ thi đua Chính phủ 20 % up to 2023). */
import { viName } from '../codes.js';
import { dayOf } from '../dates.js';
import type { ParameterStore } from '../params/store.js';
import type { QuotaResponse } from '../types.js';
import { RULESET_VERSION } from '../version.js';
import { fail, reqCode, reqInt, optDate, type Obj } from '../validate.js';

const QUOTAS: Readonly<Record<string, { param: string; countField: string; countVi: string }>> = {
  CSTD_CO_SO: {
    param: 'quota.cstd_co_so.share',
    countField: 'ldttCount',
    countVi: 'số cá nhân đạt Lao động tiên tiến/Chiến sĩ tiên tiến',
  },
  CO_THI_DUA_CHINH_PHU: {
    param: 'quota.co_thi_dua_chinh_phu.share',
    countField: 'qualifiedCount',
    countVi: 'số tập thể đạt tiêu chuẩn Cờ thi đua bộ, ban, ngành, tỉnh',
  },
};

/** The quota follows the achievement year (spec-updates A1): parameters are read on 31/12 of that year. */
export function evaluateQuota(o: Obj, store: ParameterStore): Omit<QuotaResponse, 'id'> {
  const code = reqCode(o, 'code', 'code');
  const ay = reqInt(o, 'achievementYear', 'achievementYear', 1945, 2200);
  optDate(o, 'proposedOn', 'proposedOn');
  const at = dayOf(ay, 12, 31);
  if (ay < 2017) {
    fail(
      'NOT_ENCODED',
      'achievementYear',
      `Tỷ lệ khen thưởng trước chế độ Nghị định 91/2017/NĐ-CP chưa được mã hóa (trường 'achievementYear' = ${ay}).`,
    );
  }
  const base = { op: 'quota' as const, code, rulesetVersion: RULESET_VERSION };
  const q = QUOTAS[code];
  if (!q) {
    const ldtt = code === 'LDTT' || code === 'CSTT';
    return {
      ...base,
      max: null,
      share: null,
      confirmed: ldtt && ay >= 2024,
      citation: ldtt
        ? ay >= 2024
          ? 'Luật Thi đua, khen thưởng 2022, Điều 24 (không quy định tỷ lệ)'
          : 'Nghị định 91/2017/NĐ-CP (không quy định tỷ lệ – chưa đối chiếu)'
        : 'Chưa mã hóa quy định tỷ lệ cho danh hiệu, hình thức này',
      parameter: '',
      message: {
        vi: ldtt
          ? `Không khống chế tỷ lệ ${viName(code)}`
          : `Chưa mã hóa tỷ lệ tối đa của ${viName(code)}; cần xem xét quy định của bộ, ngành, tỉnh`,
        en: ldtt ? `No cap on ${code}` : `No cap encoded for ${code}`,
      },
    };
  }
  const count = reqInt(o, q.countField, q.countField, 0, 10_000_000);
  const r = store.resolve(q.param, at);
  const share = r === null ? null : (r.value as number | null);
  const max = share === null ? null : Math.floor((Math.round(share * 1000) * count) / 1000);
  return {
    ...base,
    max,
    share,
    confirmed: r?.confirmed ?? false,
    citation: r?.reference ?? 'Chưa có dữ liệu',
    parameter: q.param,
    message:
      max === null
        ? { vi: `Năm ${ay} không khống chế tỷ lệ ${viName(code)}`, en: `No cap on ${code} for ${ay}` }
        : {
            vi: `Tối đa ${max} ${viName(code)} (không quá ${Math.round((share as number) * 100)} % của ${count} – ${q.countVi}, làm tròn xuống)`,
            en: `At most ${max} (${Math.round((share as number) * 100)} % of ${count}, rounded down)`,
          },
  };
}
