import pino from 'pino';
import type { Config } from './config';

/** pino with personal data and secrets redacted (CCCD, dates of birth, passwords, cookies). */
export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>) {
  return pino({
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.nationalId',
        '*.dateOfBirth',
        'password',
        'nationalId',
      ],
      censor: '[ẩn]',
    },
  });
}
