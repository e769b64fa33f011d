/** op "reward": cash amount = coefficient × base salary on the decision date, rounded (NĐ 152 Điều 49; NĐ 98 Điều 53). */
import { isCollectiveTitle, isCommunityTitle, isIndividualTitle, viName, type Code } from '../codes.js';
import { isoOf } from '../dates.js';
import type { ParameterStore, ResolvedParam } from '../params/store.js';
import { regimeOn } from '../rules/registry.js';
import type { RewardResponse } from '../types.js';
import { RULESET_VERSION } from '../version.js';
import { fail, isObj, oneOf, optBool, reqCode, reqDate, reqOneOf, type Obj } from '../validate.js';
import { coef, vnd } from './format.js';

const RECIPIENTS = [{ code: 'INDIVIDUAL' }, { code: 'COLLECTIVE' }, { code: 'HOUSEHOLD' }] as const;
const ROUNDINGS = [{ code: 'CEIL_10000' }, { code: 'NEAREST_10000' }, { code: 'NONE' }] as const;

/** Rounds an exact amount given as numerator/denominator (integers) to whole VND by the rounding mode. */
export function roundAmount(num: number, den: number, mode: string): number {
  if (mode === 'NONE') return Math.ceil(num / den);
  const unit = den * 10000;
  const rem = num % unit;
  const whole = (num - rem) / unit;
  if (mode === 'NEAREST_10000') return (rem * 2 >= unit ? whole + 1 : whole) * 10000;
  return (rem > 0 ? whole + 1 : whole) * 10000;
}

function noCash(code: Code, why: string): never {
  return fail(
    'NO_CASH_REWARD',
    'code',
    `Không có tiền thưởng cho mã '${code}' ở trường 'code' (${viName(code)}): ${why}.`,
  );
}

export function evaluateReward(o: Obj, store: ParameterStore): Omit<RewardResponse, 'id'> {
  const code = reqCode(o, 'code', 'code');
  const recipient = reqOneOf(o, 'recipient', 'recipient', RECIPIENTS);
  const decidedOn = reqDate(o, 'decidedOn', 'decidedOn');
  const posthumous = optBool(o, 'posthumous', 'posthumous') ?? false;
  if (code === 'GIA_DINH_VAN_HOA') noCash(code, 'văn bản không quy định hệ số tiền thưởng (chưa xác minh)');
  if (isIndividualTitle(code) && recipient !== 'INDIVIDUAL') {
    fail(
      'INVALID_REQUEST',
      'recipient',
      `'${code}' là danh hiệu cá nhân: trường 'recipient' phải là INDIVIDUAL.`,
    );
  }
  if ((isCollectiveTitle(code) || isCommunityTitle(code)) && recipient !== 'COLLECTIVE') {
    fail(
      'INVALID_REQUEST',
      'recipient',
      `'${code}' là danh hiệu tập thể: trường 'recipient' phải là COLLECTIVE.`,
    );
  }
  if (code === 'KY_NIEM_CHUONG_BO_TINH' && recipient !== 'INDIVIDUAL')
    noCash(code, 'Kỷ niệm chương chỉ tặng cá nhân');

  let suffix = '';
  if (code === 'GIAY_KHEN' && o.issuer !== undefined && o.issuer !== null) {
    if (!isObj(o.issuer))
      fail('INVALID_REQUEST', 'issuer', "Trường 'issuer' phải là một đối tượng { office, level }.");
    const iss = o.issuer as Obj;
    if (iss.office === 'CHU_TICH_UBND' && iss.level === 'XA') suffix = '.CHU_TICH_UBND_XA';
  }
  const baseRecipient = recipient === 'HOUSEHOLD' ? 'INDIVIDUAL' : recipient;
  const key = `cash.coefficient.${baseRecipient}.${code}${suffix}`;
  if (!store.has(key)) noCash(code, 'văn bản không quy định tiền thưởng cho đối tượng này');
  const need = (k: string, what: string): ResolvedParam => {
    const r = store.resolve(k, decidedOn);
    if (r === null) {
      fail(
        'NOT_ENCODED',
        'decidedOn',
        `Chưa có dữ liệu ${what} áp dụng cho ngày ${isoOf(decidedOn)} (trường 'decidedOn').`,
      );
    }
    return r as ResolvedParam;
  };
  const c = need(key, `hệ số tiền thưởng của ${viName(code)}`);
  const base = need('cash.base_salary', 'mức lương cơ sở');
  const roundingParam = need('cash.rounding', 'quy tắc làm tròn');
  const rounding =
    o.rounding === undefined || o.rounding === null
      ? (roundingParam.value as string)
      : oneOf(ROUNDINGS, o.rounding, 'rounding');
  const used: ResolvedParam[] = [c, base, roundingParam];
  let multiplier = 1;
  if (recipient === 'HOUSEHOLD') {
    const m = need('cash.household_multiplier', 'hệ số cho hộ gia đình');
    multiplier = m.value as number;
    used.push(m);
  }
  const coefficient = c.value as number;
  const baseVnd = base.value as number;
  // Exact integer arithmetic: coefficient and multiplier in thousandths.
  const num = Math.round(coefficient * 1000) * Math.round(multiplier * 1000) * baseVnd;
  const den = 1_000_000;
  const unrounded = num / den;
  let amount = roundAmount(num, den, rounding);

  // Several titles of the same period decided together (NĐ 152 Điều 49 kh5).
  let paid = true;
  let policyNote = '';
  const same = o.sameDecisionTitles;
  if (same !== undefined && same !== null) {
    if (!Array.isArray(same))
      fail(
        'INVALID_REQUEST',
        'sameDecisionTitles',
        "Trường 'sameDecisionTitles' phải là một mảng mã danh hiệu.",
      );
    const policy = need('cash.same_period_titles', 'quy tắc trả thưởng nhiều danh hiệu cùng thời gian');
    used.push(policy);
    if (policy.value === 'HIGHEST_ONLY') {
      (same as unknown[]).forEach((x, j) => {
        const other = reqCode({ v: x }, 'v', `sameDecisionTitles[${j}]`);
        const ok = `cash.coefficient.${baseRecipient}.${other}`;
        const r = store.has(ok) ? store.resolve(ok, decidedOn) : null;
        if (r !== null && (r.value as number) > coefficient) {
          paid = false;
          policyNote = other;
        }
      });
    }
  }
  if (!paid) amount = 0;
  const regime = regimeOn(decidedOn);
  const name = viName(code);
  const formula = `${coef(coefficient)}${multiplier !== 1 ? ` × ${coef(multiplier)}` : ''} × ${vnd(baseVnd)}`;
  const message = paid
    ? {
        vi: `Tiền thưởng ${name}${posthumous ? ' (truy tặng, trao cho thân nhân)' : ''}: ${formula} = ${vnd(unrounded)}${unrounded !== amount ? `, làm tròn thành ${vnd(amount)}` : ''}`,
        en: `Cash for ${code}: ${coefficient}${multiplier !== 1 ? ` × ${multiplier}` : ''} × ${baseVnd} = ${unrounded}${unrounded !== amount ? `, rounded to ${amount}` : ''} VND`,
      }
    : {
        vi: `Không trả tiền thưởng ${name} vì cùng thời gian tính thành tích đã được công nhận danh hiệu cao hơn (${viName(policyNote)}); chỉ nhận tiền thưởng danh hiệu cao nhất`,
        en: `No cash for ${code}: a higher title (${policyNote}) for the same period was decided at the same time`,
      };
  return {
    op: 'reward',
    code,
    recipient,
    decidedOn: isoOf(decidedOn),
    amountVnd: amount,
    unroundedVnd: unrounded,
    coefficient,
    multiplier,
    baseSalaryVnd: baseVnd,
    rounding,
    paid,
    posthumous,
    confirmed: used.every((u) => u.confirmed),
    regime,
    citations: [...new Set(used.map((u) => u.reference))],
    message,
    rulesetVersion: RULESET_VERSION,
  };
}
