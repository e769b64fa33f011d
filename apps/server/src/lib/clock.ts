/** The server's clock, injectable so tests control "today". Legal "today" is taken in Vietnam (UTC+7). */
export interface Clock {
  now(): Date;
  today(): string;
}
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => vietnamDate(new Date()),
};
export function vietnamDate(d: Date): string {
  return new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso), today: () => vietnamDate(new Date(iso)) };
}
