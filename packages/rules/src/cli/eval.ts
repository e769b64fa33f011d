/**
 * `rules eval [--input FILE]`: JSON Lines in (one request per line, FILE or stdin), JSON Lines out (one response
 * per request, same order). Bad lines get an error object; the exit code is non-zero only when the command cannot
 * run (unknown option, unreadable input file, broken output).
 */
import { once } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import { Engine } from '../engine.js';

export interface RulesEvalIO {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /**
   * Opens the file named by --input (rejects when it cannot be read). Supplied by the host program (the server
   * CLI): the rules package itself does no file I/O.
   */
  readonly openInput?: (path: string) => Promise<NodeJS.ReadableStream>;
}

const USAGE =
  'Cách dùng: rules eval [--input TỆP]\n  Đọc yêu cầu JSON Lines từ TỆP (hoặc stdin), ghi kết quả JSON Lines ra stdout theo đúng thứ tự.\n';
const FLUSH_BYTES = 1 << 18;

/** Runs the command; resolves to the process exit code. */
export async function runRulesEval(argv: readonly string[], io: RulesEvalIO): Promise<number> {
  const args = [...argv];
  if (args[0] === 'rules') args.shift();
  if (args[0] === 'eval') args.shift();
  let input: string | null = null;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--help' || a === '-h') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (a === '--input' || a === '-i') {
      const v = args[++k];
      if (v === undefined) {
        io.stderr.write(`Thiếu tên tệp sau ${a}.\n${USAGE}`);
        return 2;
      }
      input = v;
    } else if (a.startsWith('--input=')) {
      input = a.slice('--input='.length);
    } else {
      io.stderr.write(`Tham số không hợp lệ: ${a}\n${USAGE}`);
      return 2;
    }
  }
  let source: NodeJS.ReadableStream = io.stdin;
  if (input !== null) {
    if (!io.openInput) {
      io.stderr.write(`Chương trình này không hỗ trợ --input; hãy truyền dữ liệu qua stdin.\n`);
      return 2;
    }
    try {
      source = await io.openInput(input);
    } catch {
      io.stderr.write(`Không đọc được tệp đầu vào: ${input} (tệp không tồn tại hoặc không có quyền đọc).\n`);
      return 1;
    }
  }

  const engine = new Engine();
  const out = io.stdout;
  let buf = '';
  let broken = false;
  const onError = (): void => {
    broken = true;
  };
  out.on('error', onError);
  const flush = async (): Promise<void> => {
    if (buf.length === 0 || broken) return;
    const chunk = buf;
    buf = '';
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  };

  // Lines are split per chunk (no per-line promise), answered synchronously and written in large blocks.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let lineNo = 0;
  const answer = (raw: string): void => {
    lineNo++;
    const line = raw.trim();
    let req: unknown;
    try {
      req = JSON.parse(line);
    } catch {
      // Blank lines are answered too, so output line N always belongs to input line N.
      const message = line === '' ? `Dòng ${lineNo} trống.` : `Dòng ${lineNo} không phải JSON hợp lệ.`;
      buf += JSON.stringify({ error: { code: 'INVALID_REQUEST', message, line: lineNo } }) + '\n';
      return;
    }
    buf += JSON.stringify(engine.evaluate(req)) + '\n';
  };
  try {
    for await (const chunk of source as AsyncIterable<Buffer | string>) {
      const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        answer(text.slice(start, nl));
        start = nl + 1;
        if (buf.length >= FLUSH_BYTES) await flush();
      }
      pending = text.slice(start);
      if (broken) break;
    }
    pending += decoder.end();
    if (pending.trim() !== '') answer(pending);
    await flush();
  } catch (e) {
    io.stderr.write(`Lỗi khi đọc đầu vào: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    out.off('error', onError);
  }
  if (broken) {
    io.stderr.write('Không ghi được kết quả ra đầu ra chuẩn.\n');
    return 1;
  }
  return 0;
}
