/** Every worked scenario of spec.md §7 (T01–T63) is named by at least one test. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('.', import.meta.url).pathname;
const text = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'scenarios.test.ts')
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');

describe('worked scenarios of spec.md §7', () => {
  for (let n = 1; n <= 63; n++) {
    const id = `T${n < 10 ? '0' : ''}${n}`;
    it(`scenario ${id} is covered by a named test`, () => {
      expect(text).toMatch(new RegExp(`['"\`]${id}[:( ]`));
    });
  }
});
