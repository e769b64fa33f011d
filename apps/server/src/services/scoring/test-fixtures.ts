import { buildActor, buildTree, buildUnit, type TestEnv } from '../../test/harness';
import { createCluster } from '../clusters/clusters';
import { createScoringTemplate } from './templates';

/** Test data for scoring: a district organising a cluster of four wards, with officers and clerks. */
export async function buildScoringWorld(env: TestEnv) {
  const tree = await buildTree(env);
  const w2 = await buildUnit(env, { name: 'Phường Đa Kao', kind: 'XA', parent: tree.district });
  const w3 = await buildUnit(env, { name: 'Phường Cầu Kho', kind: 'XA', parent: tree.district });
  const w4 = await buildUnit(env, { name: 'Phường Tân Định', kind: 'XA', parent: tree.district });
  const outside = await buildUnit(env, { name: 'Phường Thảo Điền', kind: 'XA', parent: tree.other });
  const officer = await buildActor(env, 'OFFICER', tree.district);
  const otherOfficer = await buildActor(env, 'OFFICER', tree.other);
  const clerk1 = await buildActor(env, 'UNIT_CLERK', tree.ward);
  const clerk2 = await buildActor(env, 'UNIT_CLERK', w2);
  const clerk3 = await buildActor(env, 'UNIT_CLERK', w3);
  const clerk4 = await buildActor(env, 'UNIT_CLERK', w4);
  const outsideClerk = await buildActor(env, 'UNIT_CLERK', outside);
  const head = await buildActor(env, 'CLUSTER_HEAD', tree.ward);
  const cluster = await createCluster(env.ctx(officer.actor), {
    name: 'Cụm thi đua các phường Quận Một',
    kind: 'CUM',
    year: 2026,
    organiserId: tree.district.id,
    members: [
      { unitId: tree.ward.id, role: 'HEAD' },
      { unitId: w2.id, role: 'DEPUTY' },
      { unitId: w3.id, role: 'MEMBER' },
      { unitId: w4.id, role: 'MEMBER' },
    ],
  });
  const template = await createScoringTemplate(env.ctx(officer.actor), {
    name: 'Bảng chấm điểm cụm phường 2026',
    ownerUnitId: tree.district.id,
    groups: [
      {
        name: 'Thực hiện nhiệm vụ chính trị',
        criteria: [
          { name: 'Hoàn thành chỉ tiêu kinh tế – xã hội', maxPoints: 30, evidenceRequired: true },
          { name: 'Cải cách hành chính', maxPoints: 20 },
        ],
      },
      { name: 'Công tác thi đua, khen thưởng', criteria: [{ name: 'Tổ chức phong trào', maxPoints: 10 }] },
    ],
  });
  const criteria = template.groups.flatMap((g) => g.criteria);
  return {
    tree,
    units: { w1: tree.ward, w2, w3, w4, outside },
    officer,
    otherOfficer,
    clerks: { w1: clerk1, w2: clerk2, w3: clerk3, w4: clerk4, outside: outsideClerk },
    head,
    cluster,
    template,
    criteria,
  };
}

/** A sheet with the given points per criterion (in template order). */
export function sheet(
  scorerUnitId: string,
  targetUnitId: string,
  criteria: { id: string }[],
  points: number[],
  evidence: string[] = [],
) {
  return {
    scorerUnitId,
    targetUnitId,
    scores: criteria.map((c, i) => ({ criterionId: c.id, points: points[i]!, evidenceFileIds: evidence })),
  };
}

/** Bytes of a minimal PDF, enough for the upload's content-type check. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
