// Parquet fixtures for the file readers (src/io/parquet.ts): run by hand, output committed.
// Written by DuckDB, an implementation independent of hyparquet (R's arrow package and Python's
// pyarrow are not in Debian, so R cannot write Parquet here):
//   npm install --prefix /tmp/duck @duckdb/node-api@1.5.6-r.1
//   DUCKDB_DIR=/tmp/duck node packages/core/scripts/reference/parquet-fixtures.mjs   (from the repository root)
// Writes packages/core/test/fixtures/files/: quine-snappy.parquet, quine-gzip.parquet and
// quine-zstd.parquet (MASS quine from test/fixtures/quine.csv; zstd is the codec the reader refuses
// without a decompressor), types.parquet (BIGINT, DOUBLE, BOOLEAN, VARCHAR, DATE with NULLs) and
// parquet.json with DuckDB's version and the values DuckDB reads back from types.parquet.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', '..', 'test', 'fixtures');
const out = (name) => join(fixtures, 'files', name);
const require = createRequire(join(process.env.DUCKDB_DIR ?? '.', 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const run = (sql) => con.run(sql);
await run(`CREATE TABLE quine AS SELECT * FROM read_csv('${join(fixtures, 'quine.csv')}', header = true)`);
for (const codec of ['snappy', 'gzip', 'zstd'])
  await run(`COPY quine TO '${out(`quine-${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec})`);
await run(`CREATE TABLE types AS SELECT * FROM (VALUES
  (1::BIGINT, 1.5::DOUBLE, true, 'a', DATE '2003-01-01'),
  (NULL, -2.25, false, NULL, DATE '2010-06-30'),
  (-7, NULL, NULL, 'Côte d''Ivoire', NULL),
  (9007199254740993, 1e300, true, '', DATE '1999-12-31')
) AS t(big, dbl, flag, txt, day)`);
await run(`COPY types TO '${out('types.parquet')}' (FORMAT parquet, COMPRESSION snappy)`);
const version = (await (await con.runAndReadAll('SELECT version() AS v')).getRowObjectsJson())[0].v;
const back = await (await con.runAndReadAll(`SELECT * FROM '${out('types.parquet')}'`)).getRowObjectsJson();
writeFileSync(
  out('parquet.json'),
  `${JSON.stringify({ generated_by: 'packages/core/scripts/reference/parquet-fixtures.mjs', duckdb_version: version, types: back }, null, 1)}\n`,
);
console.log(`DuckDB ${version}: wrote quine-{snappy,gzip,zstd}.parquet, types.parquet, parquet.json`);
