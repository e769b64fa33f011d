import type { FormInstance } from 'antd';
import { ApiError } from '../lib/http';

/** "employment.unitId" or "roles.0.unitId" → an antd name path. */
export function toNamePath(path: string): (string | number)[] {
  return path
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the server's VALIDATION_FAILED field problems on the matching form fields.
 * Returns the problems that matched no field (to show in an alert), or null when `e` is not a field error.
 */
export function applyServerFieldErrors(
  form: FormInstance,
  e: unknown,
  fieldMap: Record<string, string> = {},
) {
  if (!(e instanceof ApiError) || e.code !== 'VALIDATION_FAILED') return null;
  const problems = e.fieldProblems;
  const known = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.'))
      .filter(Boolean),
  );
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const p of problems) {
    const mapped = fieldMap[p.path] ?? p.path;
    if (mapped && known.has(mapped)) byField.set(mapped, [...(byField.get(mapped) ?? []), p.message]);
    else unmatched.push(p.path ? `${p.path}: ${p.message}` : p.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: toNamePath(name), errors })));
  return unmatched;
}

/** `form.validateFields()` without the rejection: the invalid fields already show their messages. */
export async function validateOrNull<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
