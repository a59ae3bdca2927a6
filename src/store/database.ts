import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
/** The common drizzle surface of PGlite and node-postgres: repositories are written against this only. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema>;
export type DbOrTx = Db | Tx;

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs plain SQL with positional parameters; for benchmarks, health checks and advisory locks. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  migrate(): Promise<void>;
  /** True when every migration in the folder has been applied. */
  migrationsApplied(): Promise<boolean>;
  close(): Promise<void>;
  /** On PostgreSQL: the pool, and the URL for dedicated LISTEN and advisory-lock connections. */
  pool?: pg.Pool;
  connectionString?: string;
};

export type OpenOptions = { databaseUrl?: string; dataDir?: string; pglite?: PGlite; poolSize?: number };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.pglite ?? (await createPglite(options.dataDir)));
}

export async function createPglite(dataDir?: string): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return PGlite.create(dataDir ? { dataDir } : {});
}

async function expectedMigrationCount(): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const journal = JSON.parse(await readFile(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

async function countApplied(query: Database['query']): Promise<number> {
  try {
    const rows = await query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    return rows[0]?.n ?? 0;
  } catch {
    return 0; // the journal table does not exist yet
  }
}

function openPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const query: Database['query'] = async (text, params) => (await client.query(text, params)).rows as never;
  return {
    kind: 'pglite',
    db,
    query,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    migrationsApplied: async () => (await countApplied(query)) >= (await expectedMigrationCount()),
    close: () => client.close(),
  };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  const query: Database['query'] = async (text, params) => (await pool.query(text, params as unknown[])).rows;
  return {
    kind: 'postgres',
    db,
    query,
    pool,
    connectionString: url,
    migrate: async () => {
      // Two nodes starting together must not both run migrations: serialise on an advisory lock.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(724001)');
        await migrateNodePg(drizzleNodePg({ client, schema }) as never, { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(724001)').catch(() => {});
        client.release();
      }
    },
    migrationsApplied: async () => (await countApplied(query)) >= (await expectedMigrationCount()),
    close: () => pool.end(),
  };
}

export const ping = async (database: Database): Promise<void> => {
  await database.db.execute(sql`select 1`);
};
