import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
/** The `rules eval` command: JSON Lines in and out, in order, errors per line. */
import { PassThrough, Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRulesEval } from '../src/cli/eval.js';

async function runCli(argv: string[], input: string): Promise<{ code: number; out: string[]; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const code = await runRulesEval(argv, {
    stdin: Readable.from([input]),
    stdout,
    stderr,
    openInput: async (path) => {
      await access(path, constants.R_OK);
      return createReadStream(path);
    },
  });
  return { code, out: out.split('\n').filter((l) => l !== ''), err };
}

const reward = JSON.stringify({
  op: 'reward',
  id: 'r1',
  code: 'LDTT',
  recipient: 'INDIVIDUAL',
  decidedOn: '2025-01-10',
});

describe('rules eval', () => {
  it('answers each line in order, bad lines with an error object, and exits 0', async () => {
    const input =
      [reward, '{not json', JSON.stringify({ op: 'nope', id: 7 }), '', reward.replace('r1', 'r2')].join(
        '\n',
      ) + '\n';
    const { code, out } = await runCli(['rules', 'eval'], input);
    expect(code).toBe(0);
    expect(out).toHaveLength(5);
    const rows = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({ id: 'r1', amountVnd: 710000 });
    expect(rows[1]).toMatchObject({ error: { code: 'INVALID_REQUEST' } });
    expect(rows[2]).toMatchObject({ id: 7, error: { code: 'INVALID_REQUEST' } });
    expect(rows[3]).toMatchObject({ error: { code: 'INVALID_REQUEST', line: 4 } });
    expect(rows[4]).toMatchObject({ id: 'r2' });
  });

  it('reads --input FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-eval-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, `${reward}\r\n${reward}`);
    const { code, out } = await runCli(['eval', '--input', file], '');
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
  });

  it('fails with a Vietnamese message when the input file is missing', async () => {
    const { code, err, out } = await runCli(['rules', 'eval', '--input', '/khong/ton/tai.jsonl'], '');
    expect(code).not.toBe(0);
    expect(err).toContain('Không đọc được tệp đầu vào');
    expect(out).toHaveLength(0);
  });

  it('rejects an unknown option', async () => {
    const { code, err } = await runCli(['rules', 'eval', '--fast'], '');
    expect(code).toBe(2);
    expect(err).toContain('Tham số không hợp lệ');
  });

  it('streams many lines with buffered output', async () => {
    const n = 5000;
    const { code, out } = await runCli(
      [],
      Array.from({ length: n }, (_, i) => reward.replace('r1', `r${i}`)).join('\n'),
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(n);
    expect(JSON.parse(out[n - 1]!)).toHaveProperty('id', `r${n - 1}`);
  });
});
