import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { accounts, jobs, notificationEmails, notifications } from '../../db/schema';
import { buildActor, buildTree, createTestEnv } from '../../test/harness';
import { JobWorker } from '../../jobs/worker';
import { jobHandlers } from '../../app';
import { createMovement } from '../movements/create-movement';
import { launchMovement } from '../movements/launch-movement';
import { campaignInput } from '../movements/testing';
import { NOTIFICATION_EMAIL_JOB } from './email';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * A tiny SMTP server (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) that records messages.
 * `rejectRcpt` answers 451 to RCPT TO for addresses it returns true for (a temporary failure).
 */
async function fakeSmtp(rejectRcpt: (address: string) => boolean = () => false) {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buf = '';
    let inData = false;
    let cur: Received = { from: '', to: [], data: '' };
    socket.write('220 fake.smtp ESMTP\r\n');
    socket.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          cur.data = buf.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
          buf = buf.slice(end + 5);
          inData = false;
          received.push(cur);
          cur = { from: '', to: [], data: '' };
          socket.write('250 2.0.0 accepted\r\n');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') socket.write('250-fake.smtp\r\n250 8BITMIME\r\n');
        else if (cmd === 'MAIL') {
          cur.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          socket.write('250 2.1.0 ok\r\n');
        } else if (cmd === 'RCPT') {
          const addr = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (rejectRcpt(addr)) socket.write('451 4.3.0 try again later\r\n');
          else {
            cur.to.push(addr);
            socket.write('250 2.1.5 ok\r\n');
          }
        } else if (cmd === 'DATA') {
          inData = true;
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
        } else if (cmd === 'RSET') {
          cur = { from: '', to: [], data: '' };
          socket.write('250 ok\r\n');
        } else if (cmd === 'QUIT') {
          socket.end('221 bye\r\n');
          return;
        } else socket.write('250 ok\r\n');
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  return { port, received };
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) → text. */
function decodeWords(s: string): string {
  return s
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** Subject and text body of a single-part message sent with base64 text encoding. */
function parse(m: Received) {
  const [head, ...rest] = m.data.split('\r\n\r\n');
  const headers = head!.replace(/\r\n[ \t]+/g, ' ');
  const subject = decodeWords(/^Subject: (.*)$/im.exec(headers)?.[1] ?? '');
  const body = Buffer.from(rest.join('\r\n\r\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { subject, body, headers };
}

const env = await createTestEnv({ today: '2020-02-20' });
const tree = await buildTree(env);
const officer = await buildActor(env, 'OFFICER', tree.district);
const clerk = await buildActor(env, 'UNIT_CLERK', tree.ward);
const head = await buildActor(env, 'UNIT_HEAD', tree.ward);
const setEmail = (accountId: string, email: string | null) =>
  env.database.db.update(accounts).set({ email }).where(eq(accounts.id, accountId));
await setEmail(clerk.actor.accountId, 'vanthu@bennghe.gov.vn');
await setEmail(head.actor.accountId, 'chutich@bennghe.gov.vn');
const worker = () => new JobWorker(env.database.db, jobHandlers(env.deps), pino({ level: 'silent' }));
const emailJobs = () => env.database.db.select().from(jobs).where(eq(jobs.kind, NOTIFICATION_EMAIL_JOB));

async function launched(name: string) {
  const m = await createMovement(
    env.ctx(officer.actor),
    campaignInput(tree.district.id, [{ kind: 'UNIT', id: tree.ward.id }], { name }),
  );
  await launchMovement(env.ctx(officer.actor), m.id, {});
  return m;
}

describe('email thông báo qua SMTP', () => {
  it('chưa cấu hình SMTP: phát động vẫn thành công, không có tác vụ gửi thư, không gửi gì', async () => {
    await launched('Phong trào khi chưa có máy chủ thư');
    expect(await emailJobs()).toHaveLength(0);
  });

  it('đã cấu hình: thư phát động đến mọi tài khoản của đơn vị có email, tiêu đề và nội dung tiếng Việt; chạy lại không gửi lặp', async () => {
    const smtp = await fakeSmtp();
    Object.assign(env.deps.config, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'Ban Thi đua <tdkt@quanmot.gov.vn>',
      PUBLIC_URL: 'https://vinhdanh.example.vn',
    });
    const m = await launched('Đợt thi đua chào mừng Đại hội Đảng bộ quận');
    expect(await emailJobs()).toHaveLength(1);
    // Nothing is sent inside the launch: only when the job runs.
    expect(smtp.received).toHaveLength(0);
    await worker().drain();
    expect(smtp.received.map((r) => r.to).sort()).toEqual([
      ['chutich@bennghe.gov.vn'],
      ['vanthu@bennghe.gov.vn'],
    ]);
    const mail = parse(smtp.received[0]!);
    expect(mail.subject).toBe('Phát động: Đợt thi đua chào mừng Đại hội Đảng bộ quận');
    expect(mail.body).toContain('Phát động: Đợt thi đua chào mừng Đại hội Đảng bộ quận');
    expect(mail.body).toContain(`Xem chi tiết: https://vinhdanh.example.vn/app/phong-trao/${m.id}`);
    expect(mail.body).toContain('Thư gửi tự động từ hệ thống thi đua, khen thưởng Vinh Danh');
    expect(smtp.received[0]!.from).toBe('tdkt@quanmot.gov.vn');
    const [n] = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.entityId, m.id), eq(notifications.kind, 'MOVEMENT_LAUNCHED')));
    expect(n!.emailedAt).not.toBeNull();
    // The same job run again (a resumed or duplicated run) sends nothing more.
    const [job] = await emailJobs().then((js) => js.filter((j) => j.status === 'DONE'));
    await env.database.db.update(jobs).set({ status: 'QUEUED' }).where(eq(jobs.id, job!.id));
    await worker().drain();
    expect(smtp.received).toHaveLength(2);
  });

  it('máy chủ thư tạm từ chối một người nhận: tác vụ thử lại, chỉ gửi phần còn thiếu, mỗi người đúng một thư', async () => {
    let refuse = true;
    const smtp = await fakeSmtp((a) => refuse && a === 'chutich@bennghe.gov.vn');
    Object.assign(env.deps.config, { SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const m = await launched('Phong trào thử gửi lại thư');
    await worker().drain();
    expect(smtp.received.map((r) => r.to)).toEqual([['vanthu@bennghe.gov.vn']]);
    const [n] = await env.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.entityId, m.id), eq(notifications.kind, 'MOVEMENT_LAUNCHED')));
    const rows = await env.database.db
      .select()
      .from(notificationEmails)
      .where(eq(notificationEmails.notificationId, n!.id));
    expect(rows.map((r) => [r.address, r.status]).sort()).toEqual([
      ['chutich@bennghe.gov.vn', 'FAILED'],
      ['vanthu@bennghe.gov.vn', 'SENT'],
    ]);
    expect(rows.find((r) => r.status === 'FAILED')!.lastError).toContain('451');
    // The worker requeued the job with a delay; make it due and let the server accept.
    refuse = false;
    await env.database.db
      .update(jobs)
      .set({ runAfter: new Date(0) })
      .where(and(eq(jobs.kind, NOTIFICATION_EMAIL_JOB), eq(jobs.status, 'QUEUED')));
    await worker().drain();
    expect(smtp.received.map((r) => r.to).sort()).toEqual([
      ['chutich@bennghe.gov.vn'],
      ['vanthu@bennghe.gov.vn'],
    ]);
  });
});
