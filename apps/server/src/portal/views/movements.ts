import { formatLegal, formatVnDate, html, type SafeHtml } from '../html';
import { renderLayout } from '../layout';
import type { PublicMovement, PublicMovementSummary } from '../presenters';

const pct = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

function period(m: PublicMovementSummary) {
  if (!m.startDate && !m.endDate) return '';
  return `${formatLegal(m.startDate)} – ${m.endDate ? formatLegal(m.endDate) : '…'}`;
}

function movementCard(m: PublicMovementSummary): SafeHtml {
  return html`<li class="card" style="list-style:none;margin-bottom:.75rem">
    <h2 style="font-size:1.15rem;margin:0"><a href="/phong-trao/${m.slug}">${m.name}</a></h2>
    <p class="meta">
      <span class="tag">${m.running ? 'Đang diễn ra' : m.statusLabel}</span>
      ${m.kindLabel} · ${m.launchingUnitName}
      ${m.launchDate ? html` · phát động ngày ${formatLegal(m.launchDate)}` : ''}
      ${period(m) ? html` · thời gian: ${period(m)}` : ''}
    </p>
  </li>`;
}

/** /phong-trao: published movements, running ones first. */
export function renderMovementList(list: PublicMovementSummary[]): string {
  const running = list.filter((m) => m.running);
  const past = list.filter((m) => !m.running);
  return renderLayout({
    title: 'Phong trào thi đua',
    description:
      'Các phong trào, đợt thi đua do cơ quan, đơn vị phát động, với nội dung và tiến độ được công bố.',
    path: '/phong-trao',
    section: 'movements',
    breadcrumbs: [{ href: '/', label: 'Trang chủ' }, { label: 'Phong trào thi đua' }],
    main: html`<h1>Phong trào thi đua</h1>
      <p>Các phong trào, đợt thi đua do cơ quan, đơn vị phát động, với nội dung và tiến độ được công bố.</p>
      ${list.length === 0 ? html`<p>Chưa có phong trào thi đua nào được công bố trên cổng.</p>` : ''}
      ${
        running.length
          ? html`<h2>Đang diễn ra</h2>
              <ul style="padding:0">
                ${running.map(movementCard)}
              </ul>`
          : ''
      }
      ${
        past.length
          ? html`<h2>Đã kết thúc</h2>
              <ul style="padding:0">
                ${past.map(movementCard)}
              </ul>`
          : ''
      }`,
  });
}

/** /phong-trao/:slug: the launching plan, content items with targets, milestones, published progress, articles. */
export function renderMovement(m: PublicMovement): string {
  const facts: [string, string | null][] = [
    ['Hình thức', m.kindLabel],
    ['Cơ quan phát động', m.launchingUnitName],
    ['Người ký phát động', m.signerName ? [m.signerPosition, m.signerName].filter(Boolean).join(' ') : null],
    ['Ngày phát động', m.launchDate ? formatLegal(m.launchDate) : null],
    ['Sự kiện phát động', m.launchEvent],
    ['Thời gian thực hiện', period(m) || null],
    ['Hạn đăng ký thi đua', m.registrationDeadline ? formatLegal(m.registrationDeadline) : null],
    ['Tình trạng', m.running ? 'Đang diễn ra' : m.statusLabel],
  ];
  return renderLayout({
    title: m.name,
    description: `${m.kindLabel} do ${m.launchingUnitName} phát động${m.launchDate ? ` ngày ${formatLegal(m.launchDate)}` : ''}.`,
    path: `/phong-trao/${m.slug}`,
    section: 'movements',
    breadcrumbs: [
      { href: '/', label: 'Trang chủ' },
      { href: '/phong-trao', label: 'Phong trào thi đua' },
      { label: m.name },
    ],
    main: html`<article class="post" style="max-width:56rem">
        <h1>${m.name}</h1>
        <dl class="facts">
          ${facts
            .filter(([, v]) => !!v)
            .map(
              ([k, v]) =>
                html`<div>
                  <dt>${k}</dt>
                  <dd>${v}</dd>
                </div>`,
            )}
        </dl>
        ${m.texts.map(
          (t) =>
            html`<h2>${t.label}</h2>
              <p style="white-space:pre-line">${t.text}</p>`,
        )}
        ${
          m.items.length
            ? html`<h2 id="noi-dung-thi-dua">Nội dung thi đua và chỉ tiêu</h2>
                <div class="scroll">
                  <table aria-labelledby="noi-dung-thi-dua">
                    <thead>
                      <tr>
                        <th scope="col">STT</th>
                        <th scope="col">Nội dung</th>
                        <th scope="col">Chỉ tiêu</th>
                        <th scope="col">Đơn vị chủ trì</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${m.items.map(
                        (i) =>
                          html`<tr>
                            <td>${i.seq}</td>
                            <td>
                              ${i.title}${i.description ? html`<br /><span class="meta">${i.description}</span>` : ''}
                            </td>
                            <td>${i.target}</td>
                            <td>${i.owner ?? ''}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
            : ''
        }
        ${
          m.milestones.length
            ? html`<h2>Mốc thời gian</h2>
                <ul>
                  ${m.milestones.map(
                    (x) =>
                      html`<li>
                        <strong>${formatLegal(x.date)}</strong> — ${x.name}
                        <span class="meta">(${x.kindLabel}${x.reached ? ', đã qua' : ''})</span>
                      </li>`,
                  )}
                </ul>`
            : ''
        }
        ${m.progress ? progressSection(m.progress) : ''}
        ${
          m.summary
            ? html`<h2>Tổng kết</h2>
                <p style="white-space:pre-line">${m.summary}</p>`
            : ''
        }
        ${
          m.participants.length
            ? html`<h2>Đơn vị tham gia</h2>
                <details>
                  <summary>${m.participants.length} đơn vị tham gia (bấm để xem)</summary>
                  <ul>
                    ${m.participants.map((p) => html`<li>${p}</li>`)}
                  </ul>
                </details>`
            : ''
        }
        ${
          m.articles.length
            ? html`<aside class="related" aria-labelledby="bai-viet-lien-quan">
                <h2 id="bai-viet-lien-quan">Bài viết về phong trào</h2>
                <ul>
                  ${m.articles.map(
                    (a) =>
                      html`<li>
                        <a href="${a.href}">${a.title}</a>
                        <span class="meta">(${formatVnDate(a.publishAt)})</span>
                      </li>`,
                  )}
                </ul>
              </aside>`
            : ''
        }
      </article>
      <p><a href="/phong-trao">← Tất cả phong trào thi đua</a></p>`,
  });
}

function progressSection(p: NonNullable<PublicMovement['progress']>): SafeHtml {
  return html`<h2 id="tien-do">Tiến độ thực hiện</h2>
    <p>
      ${p.periodName ? html`Kỳ báo cáo: <strong>${p.periodName}</strong>${p.asOf ? html` (số liệu đến ngày ${formatLegal(p.asOf)})` : ''}. ` : ''}
      ${p.reported}/${p.units} đơn vị đã báo cáo; mức hoàn thành bình quân
      <strong>${pct(p.achievement)}</strong>.
    </p>
    ${
      p.items.length
        ? html`<div class="scroll">
            <table aria-labelledby="tien-do">
              <thead>
                <tr>
                  <th scope="col">Nội dung</th>
                  <th scope="col">Mức hoàn thành bình quân</th>
                  <th scope="col">Số đơn vị đạt chỉ tiêu</th>
                </tr>
              </thead>
              <tbody>
                ${p.items.map(
                  (i) =>
                    html`<tr>
                      <td>${i.seq}. ${i.title}</td>
                      <td>${pct(i.achievement)}</td>
                      <td>${i.unitsAchieved}/${p.units}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : ''
    }`;
}
