/**
 * Vinh Danh admin CLI: `npm run cli -- <command>`.
 *   migrate                         apply SQL migrations (PGlite under DATA_DIR, or DATABASE_URL)
 *   create-admin --username U [--unit-code C --unit-name "Tên"] [--password P]
 *                                   create a system administrator (and the root unit on an empty database)
 *   audit verify                    re-compute the audit hash chain; exit 1 if it was tampered with
 *   rules eval [--input FILE]       rules engine over JSON Lines (see shared/contracts/rules-api.md)
 *   jobs run                        run queued background jobs until none is left, then exit
 *   demo seed [--json]              create the demo organisation on an empty database (explicit opt-in)
 */
import { eq } from 'drizzle-orm';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { openConfiguredDatabase } from './bootstrap';
import { migrate } from './db/migrate';
import { verifyAuditChain, emitAudit } from './audit/emit';
import { accounts, roleGrants, units, unitVersions } from './db/schema';
import { hashPassword, randomPassword } from './services/auth/password';
import { newId } from './lib/ids';
import { systemClock } from './lib/clock';
import { LocalDiskStorage } from './storage/storage';
import { JobWorker } from './jobs/worker';
import { createContext, jobHandlers, type AppDeps } from './app';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { isEmpty, seedDemo } from './seed/seed-demo';

const USAGE = `Cách dùng: npm run cli -- <lệnh>
  migrate                                   Áp dụng migration cơ sở dữ liệu
  create-admin --username TÊN [--password MK] [--unit-code MÃ --unit-name "Tên đơn vị"]
                                            Tạo quản trị hệ thống (và đơn vị gốc nếu CSDL trống)
  audit verify                              Kiểm tra chuỗi băm nhật ký (phát hiện sửa đổi)
  rules eval [--input TỆP]                  Chạy bộ quy tắc pháp luật trên JSON Lines
  jobs run                                  Chạy hết các tác vụ nền đang chờ rồi thoát
  demo seed [--json]                        Tạo tổ chức mẫu trên CSDL trống (kể cả PostgreSQL)`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

async function main(argv: string[]): Promise<number> {
  const [cmd, sub] = argv;
  if (cmd === 'rules') {
    const { runRulesEval } = await import('@vinhdanh/rules/cli');
    return runRulesEval(argv, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      openInput: async (file) => {
        await access(file, constants.R_OK);
        return createReadStream(file);
      },
    });
  }
  if (!cmd || cmd === '--help' || cmd === 'help') {
    console.log(USAGE);
    return cmd ? 0 : 2;
  }
  const config = loadConfig();
  const log = createLogger({ ...config, LOG_LEVEL: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  const database = await openConfiguredDatabase(config);
  try {
    const deps: AppDeps = {
      config,
      database,
      storage: new LocalDiskStorage(path.join(config.dataDir, 'files')),
      log,
      clock: systemClock,
    };
    const ctx = createContext(deps, { requestId: `cli:${cmd}` });
    switch (cmd) {
      case 'migrate': {
        const applied = await migrate(database);
        console.log(
          applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.',
        );
        return 0;
      }
      case 'create-admin': {
        await migrate(database);
        const username = flag(argv, 'username')?.toLowerCase();
        if (!username || !/^[a-z0-9._-]{3,50}$/.test(username)) {
          console.error('Thiếu hoặc sai --username (3–50 ký tự a-z, 0-9, . _ -).');
          return 2;
        }
        const password = flag(argv, 'password') ?? randomPassword();
        if (password.length < 10) {
          console.error('Mật khẩu phải có ít nhất 10 ký tự.');
          return 2;
        }
        const [dup] = await database.db.select().from(accounts).where(eq(accounts.username, username));
        if (dup) {
          console.error(`Tên đăng nhập "${username}" đã tồn tại.`);
          return 1;
        }
        const unitCode = flag(argv, 'unit-code');
        const unitName = flag(argv, 'unit-name');
        const hash = await hashPassword(password, config.ARGON2_MEMORY_KIB);
        const result = await database.db.transaction(async (tx) => {
          let rootId: string | undefined;
          if (unitCode) {
            const [u] = await tx.select().from(units).where(eq(units.code, unitCode));
            rootId = u?.id;
          }
          if (!rootId) {
            const existing = await tx.select({ id: units.id }).from(units).limit(1);
            if (existing.length && !unitName) {
              throw new Error('Cơ sở dữ liệu đã có đơn vị: hãy chỉ rõ --unit-code của đơn vị gốc.');
            }
            if (!unitName || !unitCode)
              throw new Error('CSDL trống: cần --unit-code và --unit-name cho đơn vị gốc.');
            rootId = newId();
            await tx
              .insert(units)
              .values({ id: rootId, code: unitCode, kind: 'TINH', validFrom: '1945-09-02' });
            await tx
              .insert(unitVersions)
              .values({ id: newId(), unitId: rootId, validFrom: '1945-09-02', name: unitName });
          }
          const id = newId();
          await tx
            .insert(accounts)
            .values({ id, username, fullName: 'Quản trị hệ thống', passwordHash: hash });
          await tx
            .insert(roleGrants)
            .values({ id: newId(), accountId: id, role: 'SYSTEM_ADMIN', unitId: rootId });
          await emitAudit(tx, ctx, {
            action: 'account.create',
            entity: 'account',
            entityId: id,
            after: { username, role: 'SYSTEM_ADMIN' },
          });
          return id;
        });
        console.log(`Đã tạo quản trị hệ thống ${username} (${result}).`);
        if (!flag(argv, 'password')) console.log(`Mật khẩu: ${password}  — hãy đổi sau khi đăng nhập.`);
        return 0;
      }
      case 'audit': {
        if (sub !== 'verify') break;
        const r = await verifyAuditChain(database.db);
        if (r.ok) {
          console.log(`Chuỗi nhật ký toàn vẹn: đã kiểm tra ${r.checked} dòng.`);
          return 0;
        }
        console.error(
          `PHÁT HIỆN SỬA ĐỔI nhật ký tại dòng seq=${r.firstBadSeq}: ${r.reason} (đã kiểm tra ${r.checked} dòng trước đó).`,
        );
        return 1;
      }
      case 'demo': {
        if (sub !== 'seed') break;
        // Explicit opt-in (also on PostgreSQL, for staging and e2e): never runs implicitly there.
        await migrate(database);
        if (!(await isEmpty(ctx))) {
          console.error('Cơ sở dữ liệu đã có dữ liệu: không tạo tổ chức mẫu.');
          return 1;
        }
        const logins = await seedDemo(ctx);
        if (argv.includes('--json')) console.log(JSON.stringify(logins));
        else for (const l of logins) console.log(`Demo login: ${l.username} / ${l.password}`);
        return 0;
      }
      case 'jobs': {
        if (sub !== 'run') break;
        const worker = new JobWorker(database.db, jobHandlers(deps), log);
        const n = await worker.drain();
        console.log(`Đã chạy ${n} tác vụ.`);
        return 0;
      }
    }
    console.error(`Lệnh không hợp lệ: ${argv.join(' ')}\n${USAGE}`);
    return 2;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((e) => {
    console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
