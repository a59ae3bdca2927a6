import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'tandem.js');
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const env = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extra });

describe('the tandem CLI', () => {
  it('refuses a bad configuration with a message naming the variable', () => {
    const run = spawnSync(process.execPath, [bin, 'serve'], { env: env({ PORT: 'not-a-port', TANDEM_DATA_DIR: dataDir }), encoding: 'utf8' });
    expect(run.status).toBe(78);
    expect(run.stderr).toMatch(/PORT: /);
  });

  it('migrates and seeds an embedded database, then serves it and prints the URL', async () => {
    const seeded = spawnSync(process.execPath, [bin, 'seed'], { env: env({ TANDEM_DATA_DIR: dataDir, TANDEM_BCRYPT_ROUNDS: '4', TANDEM_SEED_CUSTOMERS: '50', TANDEM_SEED_PURCHASES: '200' }), encoding: 'utf8' });
    expect(seeded.stdout).toContain('back office with 50 customers and 200 purchases');

    const server = spawn(process.execPath, [bin, 'serve'], { env: env({ TANDEM_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' }) });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 110_000);
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Tandem is running at (http:\/\/\S+)/.exec(out);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
      });
      const ready = await fetch(`${url}/readyz`);
      expect(await ready.json()).toMatchObject({ status: 'ready' });
      const session = await fetch(`${url}/v1/customer-sessions/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"as":"demo"}' });
      expect(session.status).toBe(201);
    } finally {
      server.kill('SIGTERM');
    }
  }, 120_000); // a cold process: tsx start-up, PGlite and migrations on a busy 2-core machine
});
