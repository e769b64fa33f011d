interface SafeParser {
  safeParse(data: unknown): { success: boolean; error?: { issues?: unknown } };
}

/**
 * Checks an API answer against its shared zod schema. A mismatch is logged (so a drift between server and
 * contract shows up in the console and in e2e runs) but the data is still returned: the UI degrades, not dies.
 */
export function checkContract<T>(schema: SafeParser, data: T, label: string): T {
  const r = schema.safeParse(data);
  if (!r.success) console.warn(`[contract] ${label} does not match the shared schema`, r.error?.issues);
  return data;
}
