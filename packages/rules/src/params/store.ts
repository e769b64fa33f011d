/** Dated parameter lookup, with province overrides taking precedence from their own start date. */
import { day, parseDay, type Day } from '../dates.js';
import { RAW_PARAMETERS } from './data.js';
import {
  loadOverrides,
  loadParameters,
  type ParamScalar,
  type ParameterDef,
  type ParameterOverride,
} from './schema.js';

export interface ResolvedParam {
  readonly key: string;
  readonly value: ParamScalar;
  readonly from: string;
  readonly reference: string;
  readonly confirmed: boolean;
  /** Set when a province override supplied the value. */
  readonly override?: { readonly reason: string };
}

interface Timeline {
  readonly def: ParameterDef;
  readonly starts: Day[];
  readonly overrides: { from: Day; to: Day; o: ParameterOverride }[];
}

/** National parameter definitions, validated once at module load. */
export const PARAMETERS: readonly ParameterDef[] = loadParameters(RAW_PARAMETERS);
const DEF_MAP = new Map(PARAMETERS.map((d) => [d.key, d]));

export class ParameterStore {
  private readonly timelines = new Map<string, Timeline>();
  private readonly snapshots = new Map<Day, Snapshot>();
  readonly overrides: readonly ParameterOverride[];

  constructor(rawOverrides?: unknown) {
    this.overrides = loadOverrides(rawOverrides, DEF_MAP);
    for (const def of PARAMETERS) {
      this.timelines.set(def.key, { def, starts: def.values.map((x) => day(x.from)), overrides: [] });
    }
    for (const o of this.overrides) {
      const t = this.timelines.get(o.parameter);
      if (!t) continue;
      const from = parseDay(o.from) ?? 0;
      const to = o.to === undefined ? Number.POSITIVE_INFINITY : (parseDay(o.to) ?? 0);
      t.overrides.push({ from, to, o });
      t.overrides.sort((a, b) => a.from - b.from);
    }
  }

  has(key: string): boolean {
    return this.timelines.has(key);
  }

  /** The value of `key` in force on `at`, or null when no value applies yet. */
  resolve(key: string, at: Day): ResolvedParam | null {
    const t = this.timelines.get(key);
    if (!t) throw new Error(`Tham số không tồn tại: ${key}`);
    for (let i = t.overrides.length - 1; i >= 0; i--) {
      const ov = t.overrides[i]!;
      if (ov.from <= at && at <= ov.to) {
        return {
          key,
          value: ov.o.value,
          from: ov.o.from,
          reference: ov.o.reference,
          confirmed: ov.o.confirmed ?? true,
          override: { reason: ov.o.reason },
        };
      }
    }
    for (let i = t.starts.length - 1; i >= 0; i--) {
      if (t.starts[i]! <= at) {
        const dv = t.def.values[i]!;
        return { key, value: dv.value, from: dv.from, reference: dv.reference, confirmed: dv.confirmed };
      }
    }
    return null;
  }

  /** All parameters resolved at one legal date (cached; the batch path resolves once). */
  snapshot(at: Day): Snapshot {
    let s = this.snapshots.get(at);
    if (!s) {
      if (this.snapshots.size > 4096) this.snapshots.clear();
      s = new Snapshot(this, at);
      this.snapshots.set(at, s);
    }
    return s;
  }
}

/** Parameters in force on one date. */
export class Snapshot {
  private readonly cache = new Map<string, ResolvedParam | null>();
  constructor(
    private readonly store: ParameterStore,
    readonly at: Day,
  ) {}

  get(key: string): ResolvedParam | null {
    let r = this.cache.get(key);
    if (r === undefined) {
      r = this.store.resolve(key, this.at);
      this.cache.set(key, r);
    }
    return r;
  }

  num(key: string): number {
    const r = this.get(key);
    if (r === null || typeof r.value !== 'number')
      throw new Error(`Tham số ${key} không có giá trị số tại ngày này`);
    return r.value;
  }

  str(key: string): string {
    const r = this.get(key);
    if (r === null || typeof r.value !== 'string')
      throw new Error(`Tham số ${key} không có giá trị chuỗi tại ngày này`);
    return r.value;
  }

  bool(key: string): boolean {
    const r = this.get(key);
    if (r === null || typeof r.value !== 'boolean')
      throw new Error(`Tham số ${key} không có giá trị boolean tại ngày này`);
    return r.value;
  }

  confirmed(key: string): boolean {
    return this.get(key)?.confirmed ?? false;
  }
}
