import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * In-process render cache for anonymous portal pages (ADR 0010): key = host + URL, short TTL. Nodes are stateless,
 * so another node's edit reaches this node's cache within TTL_MS; an edit on this node clears it at once.
 * One cache per database handle, so test apps (one database each) never see each other's pages.
 */
export const TTL_MS = 10_000;
const MAX_ENTRIES = 1000;
/** Tunable for benchmarks (0 = render every request). */
export const portalCacheOptions = { ttlMs: TTL_MS };

interface Entry {
  body: string;
  etag: string;
  type: string;
  expires: number;
}

const caches = new WeakMap<object, Map<string, Entry>>();

function cacheFor(db: object): Map<string, Entry> {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new Map()));
  return c;
}

/** Drops every cached page (after a change the public sees). */
export function invalidatePortal(db: object) {
  caches.get(db)?.clear();
}

/** A page to send: HTML/XML body and status. 404s are sent but never cached (random URLs must not fill it). */
export interface Rendered {
  body: string;
  status?: number;
  type?: string;
}

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

function etagOf(body: string) {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * Sends a cacheable portal page: served from the in-process cache when fresh, with ETag (304 on a match)
 * and Cache-Control for a CDN.
 */
export async function sendPortal(
  req: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<Rendered>,
): Promise<FastifyReply> {
  const cache = cacheFor(req.ctx.db);
  const key = `${req.host}${req.url}`;
  const now = Date.now();
  let entry = cache.get(key);
  if (!entry || entry.expires <= now) {
    const out = await render();
    const type = out.type ?? 'text/html; charset=utf-8';
    if (out.status && out.status !== 200) {
      return reply
        .code(out.status)
        .header('cache-control', 'public, max-age=30')
        .header('content-security-policy', CSP)
        .type(type)
        .send(out.body);
    }
    entry = { body: out.body, etag: etagOf(out.body), type, expires: now + portalCacheOptions.ttlMs };
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
  }
  reply
    .header('cache-control', CACHE_CONTROL)
    .header('etag', entry.etag)
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'strict-origin-when-cross-origin');
  const inm = req.headers['if-none-match'];
  if (inm && inm.split(',').some((t) => t.trim() === entry!.etag)) return reply.code(304).send();
  return reply.type(entry.type).send(entry.body);
}

/**
 * Sends a portal page that must not be shared or cached (a page with a form token, or a form's answer):
 * the same security headers, `Cache-Control: no-store`.
 */
export function sendPrivate(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'strict-origin-when-cross-origin')
    .type('text/html; charset=utf-8')
    .send(body);
}
