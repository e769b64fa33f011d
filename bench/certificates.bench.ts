/**
 * 1,000 certificates (giấy khen, FULL layout: border, quốc hiệu, texts, vector QR code) as ONE PDF; target ≤ 30 s.
 * Baseline (same run): 1,000 plain pages with the same embedded font and the same amount of text (13 lines per
 * page, no border, no QR) — what pdfkit costs at minimum for the text alone. Median of 3 runs after a warm-up;
 * the output is read back (page count, a name and a verification code). Prints one JSON line.
 */
import {
  createPdf,
  DEFAULT_FULL_LAYOUT,
  pdfToBuffer,
  renderCertificates,
  type CertificateItem,
} from '../apps/server/src/documents/index';
import { pdfText } from '../apps/server/src/documents/testing';
import { percentile, report, timeIt } from './lib';

const N = Number(process.env.CERTIFICATES_BENCH_N ?? 1000);
const RUNS = 3;
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Hương', 'Đức', 'Lan', 'Hùng', 'Mai', 'Thắng', 'Thảo', 'Quang', 'Ngọc', 'Tâm'];
const code = (i: number) => `VD${String(i).padStart(10, '0')}`;
const items: CertificateItem[] = Array.from({ length: N }, (_, i) => ({
  heading: 'GIẤY KHEN',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
  name: `${SURNAMES[i % SURNAMES.length]} Thị ${GIVEN[i % GIVEN.length]} ${i + 1}`,
  position: 'Chuyên viên',
  unit: 'Ủy ban nhân dân phường Phúc Xá',
  title: 'Giấy khen',
  achievement:
    'Đã có thành tích xuất sắc trong đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ XXVI, nhiệm kỳ 2020–2025',
  decision: 'Quyết định số 125/QĐ-UBND ngày 08/01/2021',
  placeDate: 'Ba Đình, ngày 08 tháng 01 năm 2021',
  signerAuthority: 'KT. CHỦ TỊCH',
  signerTitle: 'PHÓ CHỦ TỊCH',
  signerName: 'Hoàng Văn Thắng',
  certificateNumber: `Số vào sổ: ${i + 1}`,
  verifyCode: code(i + 1),
  verifyUrl: `https://vinhdanh.example.gov.vn/verify/${code(i + 1)}`,
}));

async function baseline() {
  const pdf = createPdf({ size: [842, 595] });
  for (const it of items) {
    pdf.addPage({ size: [842, 595], margins: { top: 40, bottom: 40, left: 40, right: 40 } });
    pdf.font('Tinos').fontSize(14);
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      it.authority,
      it.heading,
      'Tặng',
      it.name,
      `${it.position}, ${it.unit}`,
      it.title,
      it.achievement!,
      it.placeDate,
      it.signerName,
      it.decision,
      `Mã xác minh: ${it.verifyCode}`,
    ])
      pdf.text(line);
  }
  return pdfToBuffer(pdf);
}

const render = () => renderCertificates(DEFAULT_FULL_LAYOUT, items);

await render();
await baseline();
const times: number[] = [];
const base: number[] = [];
let out: Buffer | undefined;
for (let i = 0; i < RUNS; i++) {
  base.push(await timeIt(baseline));
  times.push(
    await timeIt(async () => {
      out = await render();
    }),
  );
}
const back = await pdfText(out!);
if (back.pages.length !== N) throw new Error(`expected ${N} pages, got ${back.pages.length}`);
if (!back.pages[N - 1]!.includes(code(N)) || !back.pages[0]!.includes(items[0]!.name))
  throw new Error('bad certificate PDF');
const value = percentile(times, 50);
console.log(
  `${N} certificates as one PDF: median ${(value / 1000).toFixed(2)} s (${(out!.length / 1024 / 1024).toFixed(1)} MB)`,
);
report({
  bench: 'certificates',
  metric: 'median_ms',
  value,
  unit: 'ms',
  baseline: percentile(base, 50),
  target_ms: 30000,
  certificates: N,
  within_target: value <= 30000,
});
