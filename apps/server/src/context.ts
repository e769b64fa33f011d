import type { FastifyBaseLogger as Logger } from 'fastify';
import type { Role } from '@vinhdanh/shared';
import type { Db, Tx } from './db/client';
import type { Clock } from './lib/clock';
import type { Storage } from './storage/storage';
import type { Config } from './config';

export interface Actor {
  accountId: string;
  username: string;
  fullName: string;
  personId: string | null;
  grants: { role: Role; unitId: string }[];
}

/** Everything a service verb needs: who acts, where, when. Built per request (or per CLI run / job). */
export interface ServiceContext {
  db: Db;
  /** Read replica when configured (searches, reports); the primary otherwise. */
  read: Db;
  actor: Actor | null;
  requestId: string | null;
  clock: Clock;
  log: Logger;
  storage: Storage;
  config: Config;
  /** Per-context memo (e.g. the actor's scope), never shared across requests. */
  memo: Map<string, unknown>;
}

/** The system actor, for seeding and CLI maintenance. */
export const SYSTEM_ACTOR_NAME = 'Hệ thống';

export async function withTransaction<T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(fn);
}
