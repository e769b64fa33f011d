import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
const t = Date.now();
const db = await PGlite.create({ extensions: { unaccent, pg_trgm } });
await db.exec('CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm;');
console.log(
  (await db.query("select unaccent('Nguyễn Văn Đức Ặ') as u, similarity('abc','abd') s, version() v")).rows,
  Date.now() - t,
);
const t2 = Date.now();
const dump = await db.dumpDataDir('none');
console.log(dump.size, Date.now() - t2);
const t3 = Date.now();
const db2 = await PGlite.create({ loadDataDir: dump, extensions: { unaccent, pg_trgm } });
console.log((await db2.query("select unaccent('Đ')")).rows, Date.now() - t3);
