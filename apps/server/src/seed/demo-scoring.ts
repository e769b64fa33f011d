import { and, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../context';
import { accounts, clusters, movements, units } from '../db/schema';
import { createScoringTemplate } from '../services/scoring/templates';
import { createScoringRound } from '../services/scoring/create-round';
import { HN_2026_SLUG } from './demo-movements-2026';
import { openScoringRound } from '../services/scoring/open-round';
import { declareConflict } from '../services/scoring/declare-conflict';
import { submitScoreSheet } from '../services/scoring/submit-sheet';
import { uploadScoringEvidence } from '../services/scoring/upload-evidence';
import { publishScoringResults } from '../services/scoring/publish-results';

export const DEMO_SCORING_CLUSTER = 'Cụm thi đua các phường khu vực trung tâm thành phố Hà Nội năm 2026';
export const DEMO_SCORING_ROUND = 'Chấm điểm thi đua Cụm các phường khu vực trung tâm năm 2026';

const GROUPS = [
  {
    name: 'Thực hiện nhiệm vụ chính trị',
    criteria: [
      { name: 'Phát triển kinh tế, thu ngân sách trên địa bàn', maxPoints: 20, evidenceRequired: true },
      { name: 'Văn hóa – xã hội, an sinh xã hội', maxPoints: 15 },
      { name: 'Quốc phòng, an ninh, trật tự đô thị', maxPoints: 15 },
      { name: 'Cải cách hành chính, chuyển đổi số', maxPoints: 10 },
    ],
  },
  {
    name: 'Công tác thi đua, khen thưởng',
    criteria: [
      { name: 'Phát động, đăng ký, tổ chức phong trào thi đua', maxPoints: 10 },
      { name: 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', maxPoints: 10 },
      { name: 'Sơ kết, tổng kết, khen thưởng kịp thời, đúng quy định', maxPoints: 5 },
    ],
  },
  {
    name: 'Xây dựng hệ thống chính trị',
    criteria: [
      { name: 'Xây dựng Đảng, chính quyền, Mặt trận và đoàn thể', maxPoints: 10 },
      { name: 'Phòng, chống tham nhũng, lãng phí, tiêu cực', maxPoints: 5 },
    ],
  },
];

/** Overall level of each ward (share of the maximum) and each scorer's leniency; deterministic. */
const LEVEL: Record<string, number> = { P_BA_DINH: 0.93, P_GIANG_VO: 0.9, P_NGOC_HA: 0.88, P_HONG_HA: 0.82 };
const LENIENCY: Record<string, number> = {
  P_BA_DINH: -0.02,
  P_GIANG_VO: 0.01,
  P_NGOC_HA: 0.03,
  P_HONG_HA: 0,
};

/** A one-page PDF (ASCII text), standing in for a ward's report attached as evidence. */
function demoPdf(title: string): Buffer {
  const text = `BT /F1 14 Tf 72 760 Td (${title.replace(/[()\\]/g, '')}) Tj ET`;
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const half = (x: number) => Math.round(x * 2) / 2;

/**
 * Chấm điểm mẫu: a 100-point template and a published round for the 2026 central-wards cluster — every ward
 * self-scores (with its report as evidence) and cross-scores the others; Phường Hồng Hà declares a conflict with
 * Phường Ngọc Hà. Runs through the service verbs as the demo administrator, so every step is audited.
 */
export async function seedDemoScoring(ctx: ServiceContext): Promise<void> {
  const [cluster] = await ctx.db
    .select()
    .from(clusters)
    .where(and(eq(clusters.name, DEMO_SCORING_CLUSTER), eq(clusters.year, 2026)));
  const [admin] = await ctx.db.select().from(accounts).where(eq(accounts.username, 'admin'));
  if (!cluster || !admin) return;
  const rows = await ctx.db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(inArray(units.code, ['HN', ...Object.keys(LEVEL)]));
  const id = (code: string) => rows.find((r) => r.code === code)!.id;
  const as: ServiceContext = {
    ...ctx,
    memo: new Map(),
    actor: {
      accountId: admin.id,
      username: admin.username,
      fullName: admin.fullName,
      personId: null,
      grants: [{ role: 'SYSTEM_ADMIN', unitId: id('HN') }],
    },
  };
  const template = await createScoringTemplate(as, {
    name: 'Bảng chấm điểm thi đua cụm các phường năm 2026 (thang 100 điểm)',
    description:
      'Mẫu dữ liệu: tiêu chí chấm điểm thi đua cụm, khối do Ban Thi đua – Khen thưởng thành phố tổ chức.',
    ownerUnitId: id('HN'),
    groups: GROUPS,
  });
  const criteria = template.groups.flatMap((g) => g.criteria);
  // The round scores the cluster within the 2026 demo movement (its four wards take part in it).
  const [movement] = await ctx.db
    .select({ id: movements.id })
    .from(movements)
    .where(eq(movements.slug, HN_2026_SLUG));
  const round = await createScoringRound(as, {
    name: DEMO_SCORING_ROUND,
    movementId: movement?.id ?? null,
    templateId: template.id,
    clusterId: cluster.id,
    method: 'DROP_HIGH_LOW',
    selfWeight: 0.2,
    tieBreak: 'GROUP_ORDER',
    appealDays: 5,
  });
  await openScoringRound(as, round.id);
  await declareConflict(as, round.id, {
    scorerUnitId: id('P_HONG_HA'),
    targetUnitId: id('P_NGOC_HA'),
    reason: 'Chủ tịch UBND phường Hồng Hà nguyên là Chủ tịch UBND phường Ngọc Hà trong năm đánh giá.',
  });
  const wards = Object.keys(LEVEL);
  for (const scorer of wards) {
    for (const target of wards) {
      if (scorer === 'P_HONG_HA' && target === 'P_NGOC_HA') continue;
      const self = scorer === target;
      const evidence = self
        ? [
            (
              await uploadScoringEvidence(as, round.id, id(scorer), {
                bytes: demoPdf(`Bao cao ket qua thi dua nam 2026 - ${target}`),
                filename: 'bao-cao-ket-qua-thi-dua-2026.pdf',
              })
            ).id,
          ]
        : [];
      const level = Math.min(1, LEVEL[target]! + (self ? 0.05 : LENIENCY[scorer]!));
      await submitScoreSheet(as, round.id, {
        scorerUnitId: id(scorer),
        targetUnitId: id(target),
        scores: criteria.map((c, i) => ({
          criterionId: c.id,
          points: Math.min(c.maxPoints, half(c.maxPoints * (level - ((i * 7 + scorer.length) % 5) * 0.01))),
          evidenceFileIds: self && c.evidenceRequired ? evidence : [],
        })),
      });
    }
  }
  await publishScoringResults(as, round.id);
}
