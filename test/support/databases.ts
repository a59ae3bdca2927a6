import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/store/database.js';

/** A fresh, migrated PGlite loaded from the run's template tarball. */
export async function freshPglite(): Promise<Database> {
  const tarball = readFileSync(inject('pgliteTemplate'));
  const pglite = await PGlite.create({ loadDataDir: new Blob([tarball]) });
  return openDatabase({ pglite });
}

export const postgresAvailable = (): boolean => inject('pgTemplateDb') !== null;

/** A fresh PostgreSQL database cloned from the run's migrated template; `drop()` removes it. */
export async function freshPostgres(poolSize = 10): Promise<{ database: Database; url: string; drop(): Promise<void> }> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('pgTemplateDb');
  if (!adminUrl || !template) throw new Error('PostgreSQL is not available for this run');
  const name = `tandem_t_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const database = await openDatabase({ databaseUrl: url, poolSize });
  return {
    database,
    url,
    async drop() {
      await database.close().catch(() => {});
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Runs the same suite against every available database tier. */
export const databaseTiers = () =>
  [
    { name: 'pglite', available: true, open: async () => ({ database: await freshPglite(), drop: async () => {} }) },
    { name: 'postgres', available: postgresAvailable(), open: async () => freshPostgres() },
  ] as const;
