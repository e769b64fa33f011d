import { deflateSync, crc32 } from 'node:zlib';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { dossierComponents } from '@vinhdanh/rules';
import type { PostBlock } from '@vinhdanh/shared';
import type { Actor, ServiceContext } from '../context';
import { queryRows, type Executor } from '../db/client';
import {
  accounts,
  consultations,
  movementPortalSettings,
  postLinks,
  posts,
  roleGrants,
  units,
} from '../db/schema';
import { createDossier } from '../services/nominations/create-dossier';
import { addNominee } from '../services/nominations/add-nominee';
import { attachComponent } from '../services/nominations/attachments';
import { submitDossier } from '../services/nominations/submit-dossier';
import { passToCouncil } from '../services/nominations/appraise';
import { openConsultation } from '../services/consultations/open-consultation';
import { emitAudit } from '../audit/emit';
import { newId } from '../lib/ids';
import { storeFile } from '../services/files/upload-file';
import { hasTable, slugify } from '../services/posts/common';

/** The real article (../shared/fixtures/ba-dinh-2020-article.txt), published as it was. */
export const BA_DINH_2020_ARTICLE = {
  title: 'Quận Ba Đình phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26',
  /** 28/02/2020 09:24 Vietnam time (UTC+7). */
  publishAt: new Date('2020-02-28T02:24:00Z'),
  lead: 'TĐKT - Sáng 27/2, quận Ba Đình tổ chức kỷ niệm 90 năm Ngày thành lập Đảng bộ TP Hà Nội (17/3/1930 - 17/3/2020) và phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ TP Hà Nội và Đại hội lần thứ 13 của Đảng.',
  caption: 'Toàn cảnh Lễ kỷ niệm',
  author: 'Cẩm Tú',
  paragraphs: [
    'Tại buổi lễ, các đại biểu đã ôn lại chặng đường 90 năm gian khổ nhưng rất đỗi vẻ vang của Đảng bộ TP Hà Nội. Tự hào về truyền thống yêu nước, cách mạng vẻ vang 90 năm của Đảng bộ TP Hà Nội, cùng với Thủ đô, nhân dân Ba Đình luôn một lòng theo Đảng; đội ngũ cán bộ quận Ba Đình luôn vững vàng dưới sự lãnh đạo của Đảng bộ Quận, cùng đoàn kết, chung sức đồng lòng xây dựng Ba Đình vững mạnh toàn diện.',
    'Nhân dịp này, đồng chí Tạ Nam Chiến, Phó Bí thư Quận ủy, Chủ tịch UBND quận đã phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ TP Hà Nội và Đại hội lần thứ 13 của Đảng với các nội dung: Tiếp tục triển khai nghiêm túc Nghị quyết 15/NQ-TU, ngày 04/7/2017, của Thành ủy Hà Nội về xây dựng tổ chức cơ sở đảng trong sạch vững manh, củng cố cơ sở đảng yếu kém; giải quyết các vấn đề phức tạp về an ninh chính trị, trật tự, an toàn xã hội trên địa bàn. Củng cố và nâng cao chất lượng hoạt động theo hướng đi vào chiều sâu, thực chất, hiệu quả.',
    'Công tác phát triển đảng viên cần chú trọng chất lượng, nhất là tính tiên phong, gương mẫu. Đẩy mạnh công tác tuyên truyền, quán triệt đến 100% cán bộ, đảng viên, công chức, viên chức, người lao động trong các cơ quan, đơn vị tạo khí thế sôi nổi trước thềm Đại hội.',
    'Đồng thời, chuẩn bị đầy đủ, chu đáo các điều kiện tổ chức thành công Đại hội đại biểu lần thứ XXVI Đảng bộ quận, tiến tới Đại hội đại biểu lần thứ XVII Đảng bộ Thành phố, Đại hội đại biểu lần thứ XIII của Đảng.',
    'Bên cạnh đó, thực hiện tốt các nhiệm vụ chính trị, quốc phòng, an ninh, các chỉ tiêu kinh tế - xã hội năm. Trong đó, các đơn vị tập trung rà soát, tháo gỡ khó khăn, tạo điều kiện về môi trường sản xuất, kinh doanh cho doanh nghiệp, tạo việc làm và thu nhập cho người lao động trên địa bàn. Thi đua hoàn thành xuất sắc các chỉ tiêu phát triển kinh tế, xã hội năm 2020 và kế hoạch 5 năm giai đoạn 2015 - 2020 của quận.',
    'Tiếp tục đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với việc Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, triển khai có hiệu quả cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”. Làm tốt công tác đền ơn đáp nghĩa, chăm sóc các gia đình chính sách, người có công với cách mạng, giảm nghèo bền vững và việc thực hiện các chính sách xã hội, việc làm, bảo đảm an sinh xã hội.',
    'Tiếp tục thực hiện tốt “Năm trật tự và văn minh đô thị  2020”, đảm bảo trật tự mỹ quan đô thị, vệ sinh môi trường; đảm bảo trật tự an toàn giao thông, đường thông, hè thoáng; tạo chuyển biến về ý thức, nhận thức; nghiêm túc thực hiện kỷ luật, kỷ cương hành chính gắn với thực hiện Quy tắc văn hóa ứng xử của cán bộ công chức, viên chức, người lao động trong các cơ quan công sở. Đẩy nhanh tiến độ thực hiện các dự án, công trình, đảm bảo yêu cầu chất lượng và hoàn thành trước thời hạn…',
  ],
} as const;

export const BA_DINH_2020_SLUG = slugify(BA_DINH_2020_ARTICLE.title);

/**
 * A small PNG standing in for the ceremony photo (the original image is not part of the fixtures):
 * a red stage with a gold band, drawn here so the demo needs no binary file.
 */
export function ceremonyPng(width = 480, height = 270): Buffer {
  const row = width * 3 + 1;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      const band = y > height * 0.62 && y < height * 0.7;
      const shade = Math.round(40 * (y / height));
      raw[o] = band ? 250 : 180 - shade;
      raw[o + 1] = band ? 200 : 20;
      raw[o + 2] = band ? 40 : 30;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The 2020 campaign, if the movements module has seeded it (matched by its name). */
async function findCampaign(db: Executor): Promise<string | null> {
  if (!(await hasTable(db, 'movements'))) return null;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT id::text AS id FROM movements
        WHERE vd_norm(name) LIKE '%' || vd_norm('Đại hội Đảng bộ quận lần thứ 26') || '%' LIMIT 1`,
  );
  return rows[0]?.id ?? null;
}

/** Demo portal: the 2020 Ba Đình article (published 28/02/2020 09:24) linked to its campaign, and a draft. */
export async function seedDemoPortal(ctx: ServiceContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.code, 'BAN_TDKT_HN'));
    if (!unit) return;
    const a = BA_DINH_2020_ARTICLE;
    const photo = await storeFile(tx, ctx, ceremonyPng(), 'toan-canh-le-ky-niem.png', ['png']);
    const body: PostBlock[] = [
      {
        type: 'image',
        fileId: photo.id,
        caption: a.caption,
        alt: 'Toàn cảnh Lễ kỷ niệm 90 năm Ngày thành lập Đảng bộ TP Hà Nội tại quận Ba Đình',
      },
      ...a.paragraphs.map((text) => ({ type: 'p' as const, text })),
    ];
    const id = newId();
    await tx.insert(posts).values({
      id,
      unitId: unit.id,
      slug: BA_DINH_2020_SLUG,
      title: a.title,
      lead: a.lead,
      body,
      author: a.author,
      categories: ['TIN_TUC', 'PHONG_TRAO'],
      status: 'PUBLISHED',
      publishAt: a.publishAt,
      coverFileId: photo.id,
      createdAt: a.publishAt,
      updatedAt: a.publishAt,
    });
    const campaign = await findCampaign(tx);
    if (campaign) {
      await tx.insert(postLinks).values({ postId: id, kind: 'MOVEMENT', targetId: campaign });
      // The officer published the campaign and its progress on the portal (/phong-trao/:slug).
      await tx
        .insert(movementPortalSettings)
        .values({ movementId: campaign, published: true, publishProgress: true, updatedAt: a.publishAt });
      await emitAudit(tx, ctx, {
        action: 'movement.portal_setting',
        entity: 'movement',
        entityId: campaign,
        after: { published: true, publishProgress: true },
      });
    }
    await emitAudit(tx, ctx, {
      action: 'post.publish',
      entity: 'post',
      entityId: id,
      after: { slug: BA_DINH_2020_SLUG, publishAt: a.publishAt.toISOString(), movement: campaign },
    });
    const draftId = newId();
    await tx.insert(posts).values({
      id: draftId,
      unitId: unit.id,
      slug: 'so-ket-dot-thi-dua-cao-diem-ba-dinh-2020-ban-nhap',
      title: 'Sơ kết đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận Ba Đình lần thứ 26 (bản nháp)',
      lead: 'Bản nháp minh họa: bài chưa đăng không xuất hiện trên cổng thông tin.',
      body: [{ type: 'p', text: 'Nội dung đang soạn.' }],
      author: 'Ban Thi đua – Khen thưởng',
      categories: ['PHONG_TRAO'],
      status: 'DRAFT',
    });
    await emitAudit(tx, ctx, {
      action: 'post.create',
      entity: 'post',
      entityId: draftId,
      after: { status: 'DRAFT' },
    });
  });
}

export const DEMO_CONSULTATION_TITLE =
  'Lấy ý kiến nhân dân về danh sách đề nghị tặng Bằng khen của Chủ tịch UBND thành phố (dữ liệu mẫu)';

async function actorOf(ctx: ServiceContext, username: string): Promise<Actor | null> {
  const [a] = await ctx.db.select().from(accounts).where(eq(accounts.username, username));
  if (!a) return null;
  const grants = await ctx.db.select().from(roleGrants).where(eq(roleGrants.accountId, a.id));
  return {
    accountId: a.id,
    username: a.username,
    fullName: a.fullName,
    personId: a.personId,
    grants: grants.map((g) => ({ role: g.role as Actor['grants'][number]['role'], unitId: g.unitId })),
  };
}

/**
 * An open consultation today, so the portal's feedback form can be tried: unless another demo already posted
 * one that is open, the Hà Nội officer takes three people of phường Giảng Võ through the real verbs (dossier,
 * nominees, components, submission, appraisal) and posts the list today for the legal window.
 */
export async function seedDemoConsultation(ctx: ServiceContext): Promise<string | null> {
  const today = ctx.clock.today();
  const open = await ctx.db
    .select({ slug: consultations.slug })
    .from(consultations)
    .where(and(lte(consultations.postedOn, today), gte(consultations.closesOn, today)));
  if (open.length) return null;
  const officer = await actorOf(ctx, 'canbo.tdkt.hn');
  const [hn] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.code, 'HN'));
  const [ward] = await ctx.db.select({ id: units.id }).from(units).where(eq(units.code, 'P_GIANG_VO'));
  if (!officer || !hn || !ward) return null;
  const people = await queryRows<{ id: string }>(
    ctx.db,
    sql`SELECT DISTINCT e.person_id::text AS id FROM employments e JOIN units u ON u.id = e.unit_id
         WHERE u.code LIKE 'P_GIANG_VO%' AND e.date_from <= ${today}
           AND (e.date_to IS NULL OR e.date_to >= ${today})
         ORDER BY 1 LIMIT 3`,
  );
  if (!people.length) return null;
  const as: ServiceContext = { ...ctx, actor: officer, memo: new Map() };
  const year = Number(today.slice(0, 4));
  const code = 'BANG_KHEN_BO_TINH';
  const d = await createDossier(as, {
    title: `Đề nghị tặng Bằng khen của Chủ tịch UBND thành phố năm ${year} (dữ liệu mẫu)`,
    proposingUnitId: ward.id,
    receivingUnitId: hn.id,
    awardType: 'THUONG_XUYEN',
    year,
  });
  let out = d;
  for (const p of people)
    out = await addNominee(as, d.id, {
      personId: p.id,
      code,
      periodFrom: year - 1,
      periodTo: year,
      summary: 'Dữ liệu mẫu: hoàn thành xuất sắc nhiệm vụ hai năm liên tục.',
    });
  const pdf = { bytes: Buffer.from('%PDF-1.4\n% Vinh Danh: tài liệu mẫu\n'), filename: 'tai-lieu-mau.pdf' };
  for (const c of dossierComponents(code, 'THUONG')) {
    if (c.scope === 'DOSSIER') out = await attachComponent(as, d.id, { component: c.code }, pdf);
    else
      for (const n of out.nominations)
        out = await attachComponent(as, d.id, { component: c.code, nominationId: n.id }, pdf);
  }
  await submitDossier(as, d.id);
  const ids = out.nominations.map((n) => n.id);
  await passToCouncil(as, d.id, { nominationIds: ids });
  const c = await openConsultation(as, {
    title: DEMO_CONSULTATION_TITLE,
    description:
      'Ban Thi đua – Khen thưởng thành phố công khai danh sách để lấy ý kiến nhân dân trước khi trình Hội đồng. Dữ liệu mẫu.',
    ownerUnitId: hn.id,
    postedOn: today,
    nominationIds: ids,
  });
  return c.slug;
}
