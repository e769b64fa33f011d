import path from 'node:path';
import { z } from 'zod';

const ZConfig = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** postgres://… ; absent → embedded PGlite under DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres://')
    .optional(),
  /** Optional read replica for searches and reports. */
  DATABASE_READ_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_READ_URL phải bắt đầu bằng postgres://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Secure cookies (set true behind HTTPS). */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Trust X-Forwarded-For from a reverse proxy (set true only behind one): the client address drives login throttling. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(200).default(20),
  JOB_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  /** Argon2id memory cost in KiB (OWASP: ≥ 19 MiB). Lower only in tests. */
  ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  /**
   * Email through SMTP (optional): SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS) or SMTP_HOST with
   * SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS; MAIL_FROM is the sender. Unset: nothing is emailed.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://')
    .optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.string().min(3).optional(),
  /** Create the demo organisation on an empty embedded database. */
  DEMO: z.enum(['true', 'false', 'auto']).default('auto'),
});
export type Config = z.infer<typeof ZConfig> & { dataDir: string; cookieSecure: boolean };

/** Validates the environment at boot; fails fast with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZConfig.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    dataDir: path.resolve(c.DATA_DIR),
    cookieSecure: c.COOKIE_SECURE ?? (c.NODE_ENV === 'production' && !!c.PUBLIC_URL?.startsWith('https:')),
  };
}
