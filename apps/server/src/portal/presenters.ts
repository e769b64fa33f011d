import {
  DECISION_KIND_LABELS,
  formatLegalDate,
  type DecisionDetail,
  type DecisionSummary,
  MILESTONE_KIND_LABELS,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_STATUS_LABELS,
  type Movement,
  type MovementDashboard,
  type PostBlock,
  type PostCategory,
} from '@vinhdanh/shared';

/**
 * What the public may see. Presenters copy named fields only (a whitelist): no national ID, date of birth,
 * contact data, account or internal ids ever reach a portal page, feed or public API.
 */
export interface PublicPostSummary {
  slug: string;
  title: string;
  lead: string;
  author: string;
  categories: PostCategory[];
  publishAt: Date;
  unitName: string;
  coverUrl: string | null;
  updatedAt: Date;
}

export type PublicBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'image'; url: string; caption: string; alt: string };

export interface PublicLink {
  kind: 'MOVEMENT' | 'AWARD' | 'PERSON';
  label: string;
  href: string | null;
}

export interface PublicPost extends PublicPostSummary {
  body: PublicBlock[];
  links: PublicLink[];
}

export const imageUrl = (fileId: string) => `/anh/${fileId}`;

export function presentPublicSummary(r: {
  slug: string;
  title: string;
  lead: string;
  author: string;
  categories: string[];
  publishAt: Date | null;
  coverFileId: string | null;
  updatedAt: Date;
  unitName: string;
}): PublicPostSummary {
  return {
    slug: r.slug,
    title: r.title,
    lead: r.lead,
    author: r.author,
    categories: r.categories as PostCategory[],
    publishAt: r.publishAt!,
    unitName: r.unitName,
    coverUrl: r.coverFileId ? imageUrl(r.coverFileId) : null,
    updatedAt: r.updatedAt,
  };
}

export function presentPublicBlocks(blocks: PostBlock[]): PublicBlock[] {
  return blocks.map((b) =>
    b.type === 'image'
      ? { type: 'image', url: imageUrl(b.fileId), caption: b.caption ?? '', alt: b.alt }
      : { type: b.type, text: b.text },
  );
}

/** A link to another area's public page (home teasers, sitemap). */
export interface HomeTeaser {
  href: string;
  title: string;
  meta: string;
}

/** One portal search result. */
export interface SearchHit {
  kind: string;
  href: string;
  title: string;
  excerpt: string;
  date: Date | null;
}

/** A movement in the portal's list (launched and published by the officer). */
export interface PublicMovementSummary {
  slug: string;
  name: string;
  kindLabel: string;
  launchingUnitName: string;
  launchDate: string | null;
  startDate: string | null;
  endDate: string | null;
  statusLabel: string;
  running: boolean;
}

export interface PublicMovement extends PublicMovementSummary {
  signerName: string | null;
  signerPosition: string | null;
  launchEvent: string | null;
  registrationDeadline: string | null;
  texts: { label: string; text: string }[];
  items: { seq: number; title: string; description: string | null; target: string; owner: string | null }[];
  milestones: { name: string; kindLabel: string; date: string; reached: boolean }[];
  participants: string[];
  summary: string | null;
  /** Only when the officer publishes progress: per content item, over the participating units. */
  progress: {
    periodName: string | null;
    asOf: string | null;
    units: number;
    reported: number;
    achievement: number;
    items: {
      seq: number;
      title: string;
      achievement: number;
      unitsAchieved: number;
      unitsReported: number;
    }[];
  } | null;
  articles: { href: string; title: string; publishAt: Date }[];
}

function formatTarget(i: Movement['items'][number]): string {
  const v = i.target;
  if (v === null || v === undefined || v === '') return '';
  switch (i.targetType) {
    case 'PERCENT':
      return `${String(v).replace('.', ',')}%`;
    case 'DATE':
      return `Hoàn thành trước ngày ${formatLegalDate(String(v))}`;
    case 'BOOLEAN':
      return v ? 'Đạt' : 'Không';
    default: {
      const n = typeof v === 'number' ? v.toLocaleString('vi-VN') : String(v);
      return i.measureUnit ? `${n} ${i.measureUnit}` : n;
    }
  }
}

/**
 * Whitelist of a movement for the public: what the launching plan says (names of units, signer as printed on
 * the launch letter, content items with targets, milestones) — no attachments, accounts, internal ids, or
 * step actors; progress only when the officer publishes it, and then only aggregates.
 */
export function presentPublicMovement(
  m: Movement,
  dash: MovementDashboard | null,
  articles: { slug: string; title: string; publishAt: Date | null }[],
  today: string,
): PublicMovement {
  const texts = (
    [
      ['Mục tiêu', m.objectives],
      ['Đối tượng thi đua', m.targetGroups],
      ['Tiêu chí thi đua', m.criteria],
      ['Kế hoạch tổ chức', m.plan],
      ['Biện pháp', m.measures],
      ['Dịp', m.occasion],
    ] as const
  )
    .filter(([, t]) => !!t && t.trim() !== '')
    .map(([label, text]) => ({ label, text: text! }));
  const running = m.status !== 'CLOSED' && (!m.endDate || m.endDate >= today);
  return {
    slug: m.slug,
    name: m.name,
    kindLabel: MOVEMENT_KIND_LABELS[m.kind],
    launchingUnitName: m.launchingUnitName,
    launchDate: m.launchDate,
    startDate: m.startDate,
    endDate: m.endDate,
    statusLabel: MOVEMENT_STATUS_LABELS[m.status],
    running,
    signerName: m.signerName,
    signerPosition: m.signerPosition,
    launchEvent: m.launchEvent,
    registrationDeadline: m.registrationDeadline,
    texts,
    items: m.items.map((i) => ({
      seq: i.seq,
      title: i.title,
      description: i.description,
      target: formatTarget(i),
      owner: i.ownerUnitName ?? i.ownerName ?? null,
    })),
    milestones: m.milestones.map((x) => ({
      name: x.name,
      kindLabel: MILESTONE_KIND_LABELS[x.kind],
      date: x.date,
      reached: !!x.reachedAt || x.date <= today,
    })),
    participants: m.participants.map((p) => p.name).filter(Boolean),
    summary: m.status === 'CLOSED' ? m.summary : null,
    progress: dash
      ? {
          periodName: dash.period?.name ?? null,
          asOf: dash.period?.asOf ?? null,
          units: dash.totals.units,
          reported: dash.totals.reported,
          achievement: dash.totals.achievement,
          items: dash.items.map((i) => ({
            seq: i.seq,
            title: i.title,
            achievement: i.achievement,
            unitsAchieved: i.unitsAchieved,
            unitsReported: i.unitsReported,
          })),
        }
      : null,
    articles: articles
      .filter((a) => a.publishAt)
      .map((a) => ({ href: `/tin-tuc/${a.slug}`, title: a.title, publishAt: a.publishAt! })),
  };
}

/** An issued decision in the portal's list. */
export interface PublicDecisionSummary {
  href: string;
  kindLabel: string;
  numberText: string;
  decidedOn: string | null;
  issuerName: string;
  subject: string;
  recipientCount: number;
  /** The act this one corrects or revokes. */
  ref: { href: string; numberText: string } | null;
  /** Later issued acts correcting or revoking this one ("đã bị thu hồi", "đã được đính chính"). */
  amendedBy: { href: string; kind: 'DINH_CHINH' | 'THU_HOI' | 'OTHER'; numberText: string }[];
}

export interface PublicDecision extends PublicDecisionSummary {
  issuingBody: string | null;
  signer: string;
  recipients: {
    ordinal: number;
    name: string;
    /** Chức vụ, đơn vị as printed on the decision. */
    position: string | null;
    unitName: string | null;
    awardName: string;
    verifyHref: string | null;
    revoked: boolean;
  }[];
}

export function presentPublicDecisionSummary(d: DecisionSummary): PublicDecisionSummary {
  return {
    href: `/quyet-dinh/${d.id}`,
    kindLabel: DECISION_KIND_LABELS[d.kind],
    numberText: d.numberText ?? '',
    decidedOn: d.decidedOn,
    issuerName: d.issuerName,
    subject: d.subject,
    recipientCount: d.recipientCount,
    ref:
      d.refDecisionId && d.refNumberText
        ? { href: `/quyet-dinh/${d.refDecisionId}`, numberText: d.refNumberText }
        : null,
    amendedBy: d.amendedBy
      .filter((a) => a.numberText)
      .map((a) => ({
        href: `/quyet-dinh/${a.id}`,
        kind: a.kind === 'DINH_CHINH' || a.kind === 'THU_HOI' ? a.kind : 'OTHER',
        numberText: a.numberText!,
      })),
  };
}

/**
 * Whitelist of an issued decision: number, date, issuing body, trích yếu, signer as printed, and per recipient
 * the name, chức vụ/đơn vị as printed, the title or award, and the registry's public verification link. No
 * amounts, internal ids of people or units, nomination links, or workflow actors.
 */
export function presentPublicDecision(
  d: DecisionDetail,
  issuingBody: string | null,
  awardsById: Map<string, { verifyCode: string; revokedAt: Date | null }>,
): PublicDecision {
  return {
    ...presentPublicDecisionSummary(d),
    issuingBody,
    signer: [d.signerAuthority, d.signerTitle, d.signerName].filter(Boolean).join(' '),
    recipients: d.recipients.map((r) => {
      const a = r.awardId ? awardsById.get(r.awardId) : undefined;
      return {
        ordinal: r.ordinal,
        name: r.name,
        position: r.position,
        unitName: r.unitName,
        awardName: r.codeName,
        verifyHref: a ? `/verify/${a.verifyCode}` : null,
        revoked: !!a?.revokedAt,
      };
    }),
  };
}
