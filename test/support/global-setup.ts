import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/store/database.js';

/**
 * Once per test run: a migrated PGlite data directory saved as a tarball (each test file loads a copy in
 * ~0.6 s instead of creating and migrating one in ~3 s), and a migrated PostgreSQL template database that
 * each test file clones. The PostgreSQL tier is required in CI and skipped loudly elsewhere.
 */
const ADMIN_URL = process.env.TANDEM_TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgAdminUrl: string | null;
    pgTemplateDb: string | null;
  }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-test-'));
  const pglite = await PGlite.create();
  const database = await openDatabase({ pglite });
  await database.migrate();
  const dump = await pglite.dumpDataDir('none');
  const tarball = join(dir, 'template.tar');
  writeFileSync(tarball, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplate', tarball);

  let templateDb: string | null = null;
  if (await postgresReachable()) {
    templateDb = `tandem_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${templateDb}`);
    await admin.end();
    const migrated = await openDatabase({ databaseUrl: ADMIN_URL.replace(/\/[^/]*$/, `/${templateDb}`), poolSize: 1 });
    await migrated.migrate();
    await migrated.close();
  } else if (process.env.CI) {
    throw new Error(`PostgreSQL is required in CI but ${ADMIN_URL} is not reachable`);
  } else {
    process.stderr.write(
      `\n\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n` +
        `!! PostgreSQL is not reachable at ${ADMIN_URL}\n` +
        `!! The PostgreSQL test tier is SKIPPED on this machine. CI runs it.\n` +
        `!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n`,
    );
  }
  project.provide('pgAdminUrl', templateDb ? ADMIN_URL : null);
  project.provide('pgTemplateDb', templateDb);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (templateDb) {
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${templateDb} with (force)`);
      await admin.end();
    }
  };
}
