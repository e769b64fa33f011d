/**
 * exceljs 4.4 decodes each decompressed XML chunk on its own (utils/parse-sax.js), so a Vietnamese letter
 * whose UTF-8 bytes straddle two chunks turns into U+FFFD: "Không" became "Kh�ng" around row 3,000 of a
 * large sheet. This module installs a fixed parse-sax (a streaming UTF-8 decoder) in the CommonJS cache
 * before exceljs loads it. Import it before `exceljs` (lib/excel.ts does).
 */
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';

const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const { SaxesParser } = require('saxes') as {
  SaxesParser: new () => {
    on(event: string, fn: (v: unknown) => void): void;
    write(s: string): void;
  };
};

async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }) {
  const parser = new SaxesParser();
  let error: unknown;
  parser.on('error', (err) => {
    error = err;
  });
  let events: { eventType: string; value: unknown }[] = [];
  parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
  parser.on('text', (value) => events.push({ eventType: 'text', value }));
  parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
  const decoder = new StringDecoder('utf8');
  for await (const chunk of iterable) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = decoder.end();
  if (rest) parser.write(rest);
  if (error) throw error;
  if (events.length) yield events;
}

const MARK = Symbol.for('vinhdanh.exceljs-utf8');
const cached = require.cache[parseSaxPath] as { exports?: Record<symbol, unknown> } | undefined;
if (!cached?.exports?.[MARK]) install();

function install() {
  if (require.cache[require.resolve('exceljs')]) {
    throw new Error('exceljs-utf8 must be imported before exceljs is loaded (import lib/excel, not exceljs)');
  }
  Object.defineProperty(parseSax, MARK, { value: true });
  const Module = require('node:module') as {
    new (id: string): { exports: unknown; loaded: boolean; filename: string };
  };
  const m = new Module(parseSaxPath);
  m.exports = parseSax;
  m.loaded = true;
  m.filename = parseSaxPath;
  (require.cache as Record<string, unknown>)[parseSaxPath] = m;
}
