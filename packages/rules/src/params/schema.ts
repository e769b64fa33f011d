/**
 * Strict loader for dated legal parameters (and province overrides).
 * Every dated value carries its own legal reference and a `confirmed` flag (spec.md: anything UNCONFIRMED is a
 * visible, dated parameter with `confirmed: false`). Errors name the parameter so a jurist can find it.
 */
import { parseDay, type Day } from '../dates.js';

export type ParamScalar = number | string | boolean | null;

export interface DatedValue {
  /** First day (YYYY-MM-DD) on which this value applies. */
  readonly from: string;
  readonly value: ParamScalar;
  /** Instrument, article, clause (e.g. "Nghị định 73/2024/NĐ-CP, Điều 3 khoản 2"). */
  readonly reference: string;
  /** False when the spec marks the value UNCONFIRMED or INFERENCE. */
  readonly confirmed: boolean;
  readonly note?: string;
}

export interface ParameterDef {
  readonly key: string;
  readonly description: { readonly vi: string; readonly en: string };
  readonly type: 'number' | 'string' | 'boolean';
  readonly unit?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly string[];
  /** The law lets provinces, ministries or issuers set this value: it may be overridden. */
  readonly delegated?: boolean;
  readonly values: readonly DatedValue[];
}

/** A province's (or ministry's) own dated, cited value for a delegated parameter. */
export interface ParameterOverride {
  readonly parameter: string;
  readonly from: string;
  readonly to?: string;
  readonly value: ParamScalar;
  readonly reference: string;
  readonly reason: string;
  readonly confirmed?: boolean;
}

export class ParameterError extends Error {
  constructor(
    readonly parameter: string,
    detail: string,
  ) {
    super(`Tham số '${parameter}': ${detail}`);
    this.name = 'ParameterError';
  }
}

const DEF_KEYS = new Set(['key', 'description', 'type', 'unit', 'nullable', 'enum', 'delegated', 'values']);
const VALUE_KEYS = new Set(['from', 'value', 'reference', 'confirmed', 'note']);
const OVERRIDE_KEYS = new Set(['parameter', 'from', 'to', 'value', 'reference', 'reason', 'confirmed']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKeys(obj: Record<string, unknown>, allowed: Set<string>, param: string, where: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.has(k)) throw new ParameterError(param, `khóa không được phép '${k}' trong ${where}`);
  }
}

function checkValue(def: ParameterDef, value: unknown, where: string): void {
  if (value === null) {
    if (!def.nullable) throw new ParameterError(def.key, `${where}: giá trị null không được phép`);
    return;
  }
  if (typeof value !== def.type)
    throw new ParameterError(def.key, `${where}: giá trị phải có kiểu ${def.type}`);
  if (def.type === 'number' && !Number.isFinite(value))
    throw new ParameterError(def.key, `${where}: số không hợp lệ`);
  if (def.enum && !def.enum.includes(value as string)) {
    throw new ParameterError(
      def.key,
      `${where}: giá trị '${String(value)}' không thuộc ${def.enum.join(', ')}`,
    );
  }
}

function checkReference(param: string, ref: unknown, where: string): void {
  if (typeof ref !== 'string' || ref.trim().length < 5) {
    throw new ParameterError(param, `${where}: thiếu căn cứ pháp lý (reference)`);
  }
}

/** Validates raw parameter definitions; throws ParameterError naming the first bad parameter. */
export function loadParameters(raw: unknown): ParameterDef[] {
  if (!Array.isArray(raw)) throw new ParameterError('(tệp tham số)', 'phải là một mảng');
  const seen = new Set<string>();
  const out: ParameterDef[] = [];
  for (const item of raw) {
    const key = isObject(item) && typeof item.key === 'string' ? item.key : '(không tên)';
    if (!isObject(item)) throw new ParameterError(key, 'định nghĩa phải là một đối tượng');
    checkKeys(item, DEF_KEYS, key, 'định nghĩa');
    if (!/^[a-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(key)) throw new ParameterError(key, 'khóa không đúng dạng');
    if (seen.has(key)) throw new ParameterError(key, 'khai báo trùng');
    seen.add(key);
    const desc = item.description;
    if (!isObject(desc) || typeof desc.vi !== 'string' || typeof desc.en !== 'string') {
      throw new ParameterError(key, 'thiếu mô tả (description.vi, description.en)');
    }
    if (item.type !== 'number' && item.type !== 'string' && item.type !== 'boolean') {
      throw new ParameterError(key, "kiểu phải là 'number', 'string' hoặc 'boolean'");
    }
    if (!Array.isArray(item.values) || item.values.length === 0)
      throw new ParameterError(key, 'không có giá trị nào');
    const def = item as unknown as ParameterDef;
    let prev: Day | null = null;
    for (const v of item.values as unknown[]) {
      if (!isObject(v)) throw new ParameterError(key, 'mỗi giá trị phải là một đối tượng');
      const where = `giá trị từ ${String(v.from)}`;
      checkKeys(v, VALUE_KEYS, key, where);
      const d = parseDay(v.from);
      if (d === null) throw new ParameterError(key, `${where}: ngày bắt đầu không hợp lệ`);
      if (prev !== null && d === prev) throw new ParameterError(key, `${where}: trùng ngày bắt đầu`);
      if (prev !== null && d < prev)
        throw new ParameterError(key, `${where}: các ngày không theo thứ tự tăng dần`);
      prev = d;
      if (!('value' in v)) throw new ParameterError(key, `${where}: thiếu giá trị`);
      checkValue(def, v.value, where);
      checkReference(key, v.reference, where);
      if (typeof v.confirmed !== 'boolean') throw new ParameterError(key, `${where}: thiếu cờ confirmed`);
    }
    out.push(def);
  }
  return out;
}

/** Validates province overrides against the parameter definitions. */
export function loadOverrides(raw: unknown, defs: ReadonlyMap<string, ParameterDef>): ParameterOverride[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new ParameterError('(overrides)', 'phải là một mảng');
  const out: ParameterOverride[] = [];
  for (const item of raw) {
    const key = isObject(item) && typeof item.parameter === 'string' ? item.parameter : '(không tên)';
    if (!isObject(item)) throw new ParameterError(key, 'giá trị địa phương phải là một đối tượng');
    checkKeys(item, OVERRIDE_KEYS, key, 'giá trị địa phương');
    const def = defs.get(key);
    if (!def) throw new ParameterError(key, 'không có tham số này');
    if (!def.delegated) throw new ParameterError(key, 'luật không giao cho địa phương quy định tham số này');
    const from = parseDay(item.from);
    if (from === null) throw new ParameterError(key, 'giá trị địa phương: ngày bắt đầu không hợp lệ');
    if (item.to !== undefined) {
      const to = parseDay(item.to);
      if (to === null || to < from)
        throw new ParameterError(key, 'giá trị địa phương: ngày kết thúc không hợp lệ');
    }
    checkValue(def, item.value, 'giá trị địa phương');
    checkReference(key, item.reference, 'giá trị địa phương');
    if (typeof item.reason !== 'string' || item.reason.trim() === '') {
      throw new ParameterError(key, 'giá trị địa phương: thiếu lý do (reason)');
    }
    if (item.confirmed !== undefined && typeof item.confirmed !== 'boolean') {
      throw new ParameterError(key, 'giá trị địa phương: cờ confirmed phải là boolean');
    }
    out.push(item as unknown as ParameterOverride);
  }
  return out;
}
