import { loadConfig } from './config';
import { createLogger } from './logger';
import { bootstrap } from './bootstrap';
import { buildApp } from './app';

async function main() {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  const log = createLogger(config);
  const { deps, demoLogins } = await bootstrap(config, log);
  const { app } = await buildApp(deps);
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const url = address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `Vinh Danh đang chạy tại ${url}/app/  (API: ${url}/api/docs)`,
    `Cơ sở dữ liệu: ${deps.database.kind === 'pglite' ? `PGlite nhúng tại ${config.dataDir}` : 'PostgreSQL'} — khởi động ${Date.now() - started} ms`,
  ];
  if (demoLogins) {
    lines.push('CHẾ ĐỘ DEMO: tổ chức mẫu Hà Nội – quận Ba Đình (2020) và các phường mới từ 01/07/2025.');
    for (const l of demoLogins) lines.push(`Demo login: ${l.username} / ${l.password}`);
  }
  console.log(lines.join('\n'));
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await app.close();
    await deps.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error('Không khởi động được Vinh Danh:', e instanceof Error ? e.message : e);
  process.exit(1);
});
