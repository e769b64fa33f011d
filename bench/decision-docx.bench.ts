/**
 * A decision with 500 recipients (NĐ 30 layout with the danh sách kèm theo) as DOCX; target ≤ 3 s.
 * Baseline (same run): packing a plain DOCX with one paragraph per list cell (2,500 paragraphs) — what the `docx`
 * package costs at minimum for the same amount of text. Median of 5 runs after a warm-up; prints one JSON line.
 */
import { Document, Packer, Paragraph } from 'docx';
import { renderDocx } from '../apps/server/src/documents/index';
import { sampleDecision } from '../apps/server/src/documents/sample';
import { docxParagraphs } from '../apps/server/src/documents/testing';
import { percentile, report, timeIt } from './lib';

const N = Number(process.env.DECISION_BENCH_N ?? 500);
const RUNS = 5;
const doc = sampleDecision(N);
const cells = N * doc.annexes![0]!.columns.length;

const baseline = () =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          children: Array.from(
            { length: cells },
            (_, i) => new Paragraph({ text: `Ô ${i} Nguyễn Thị Hương` }),
          ),
        },
      ],
    }),
  );

await renderDocx(doc);
await baseline();
const times: number[] = [];
const base: number[] = [];
let out: Buffer | undefined;
for (let i = 0; i < RUNS; i++) {
  base.push(await timeIt(baseline));
  times.push(
    await timeIt(async () => {
      out = await renderDocx(doc);
    }),
  );
}
// The output is a real decision: the last recipient is in the list.
const text = docxParagraphs(out!).join('\n');
if (!text.includes(`${N}`) || !text.includes('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN'))
  throw new Error('bad DOCX');
const value = percentile(times, 50);
console.log(
  `decision DOCX, ${N} recipients: median ${value.toFixed(0)} ms (${(out!.length / 1024).toFixed(0)} KB)`,
);
report({
  bench: 'decision-docx',
  metric: 'median_ms',
  value,
  unit: 'ms',
  baseline: percentile(base, 50),
  target_ms: 3000,
  recipients: N,
  within_target: value <= 3000,
});
