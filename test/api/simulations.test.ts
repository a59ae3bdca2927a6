import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERRUPTED_MESSAGE } from '../../src/app/simulations/index.js';
import { REPORT_CSP } from '../../src/http/routes/simulations.js';
import type { Database } from '../../src/store/database.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';

const admin = { 'x-api-key': ADMIN_KEY };
const HEADLINE = ['costPerContactMinor', 'durableResolutionRate', 'csatProxy', 'serviceLevel', 'abandonmentRate'] as const;

type Run = { id: string; status: string; progress: number; error: string | null; seeds: number[]; policies: string[]; scale: number; scenarioName: string; requestedBy: string };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`simulation runs through the API on ${tier.name}`, () => {
    let t: TestTandem;
    let database: Database;
    let drop: () => Promise<void>;
    let supervisor: Record<string, string>;
    let agent: Record<string, string>;
    let supervisorToken: string;

    beforeAll(async () => {
      const opened = await tier.open();
      database = opened.database;
      drop = opened.drop;
      // A run a crashed process left behind: marked running, never finished.
      await database.query(
        `insert into sim_runs (id, scenario_name, scenario_text, scenario_format, seeds, policies, scale, status, progress, requested_by, created_at, started_at)
         values ('sim_crashed', 'Left behind', 'name: x', 'yaml', '[1]'::jsonb, '["greedy"]'::jsonb, 0.5, 'running', 0.4, 'admin', now(), now())`,
      );
      t = await startTestTandem({ database });
      await t.startBackground();
      supervisorToken = await t.agentToken('supervisor@example.com');
      supervisor = bearer(supervisorToken);
      agent = bearer(await t.agentToken('sam@example.com'));
    });

    afterAll(async () => {
      await t?.close();
      await database?.close();
      await drop?.();
    });

    const call = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
      t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    const runCount = async () => (await database.query<{ n: number }>('select count(*)::int as n from sim_runs'))[0]!.n;

    async function waitForRun(id: string, done: (run: Run) => boolean): Promise<Run> {
      for (let i = 0; i < 600; i++) {
        const res = await call('GET', `/v1/admin/simulations/${id}`, admin);
        expect(res.statusCode).toBe(200);
        const run = res.json().run as Run;
        if (done(run)) return run;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`run ${id} did not get there`);
    }

    it('marks a run left running by a stopped process as failed on start-up', async () => {
      const run = await waitForRun('sim_crashed', (r) => r.status !== 'running');
      expect(run).toMatchObject({ status: 'failed', error: INTERRUPTED_MESSAGE });
      const report = await call('GET', '/v1/admin/simulations/sim_crashed/report', admin);
      expect(report.statusCode).toBe(409);
      expect(report.json().error).toMatchObject({ code: 'conflict', field: 'id' });
    });

    it('lists the shipped scenarios to supervisors and the admin key only', async () => {
      const url = '/v1/admin/simulations/scenarios';
      expect((await call('GET', url, {})).statusCode).toBe(401);
      expect((await call('GET', url, { 'x-api-key': 'wrong-key-0123456789' })).statusCode).toBe(401);
      expect((await call('GET', url, agent)).statusCode).toBe(403);
      const res = await call('GET', url, supervisor);
      expect(res.statusCode).toBe(200);
      const monday = (res.json().scenarios as { id: string; name: string; description: string; policies: { name: string }[] }[]).find((s) => s.id === 'monday-peak');
      expect(monday?.name).toBe('Monday-morning peak');
      expect(monday?.description).toContain('32,000 first contacts');
      expect(monday?.policies.map((p) => p.name)).toEqual(['greedy', 'batch', 'greedy-no-call-ups']);
      expect((await call('GET', url, admin)).statusCode).toBe(200);
    });

    it('documents the simulation and pay-rate routes in OpenAPI', async () => {
      const paths = Object.keys((await call('GET', '/openapi.json', {})).json().paths);
      expect(paths).toEqual(
        expect.arrayContaining(['/v1/admin/simulations/scenarios', '/v1/admin/simulations', '/v1/admin/simulations/{id}', '/v1/admin/simulations/{id}/report', '/v1/admin/pay-rates']),
      );
    });

    it('refuses every route without a supervisor, and writes nothing', async () => {
      const before = await runCount();
      const body = { scenario: 'monday-peak', seeds: [1], scale: 0.02 };
      expect((await call('POST', '/v1/admin/simulations', {}, body)).statusCode).toBe(401);
      expect((await call('POST', '/v1/admin/simulations', agent, body)).statusCode).toBe(403);
      expect((await call('GET', '/v1/admin/simulations', agent)).statusCode).toBe(403);
      expect((await call('GET', '/v1/admin/simulations/sim_crashed', agent)).statusCode).toBe(403);
      expect((await call('GET', '/v1/admin/simulations/sim_crashed/report', {})).statusCode).toBe(401);
      expect(await runCount()).toBe(before);
    });

    it('answers a bad request with 400 naming the field, and queues nothing', async () => {
      const before = await runCount();
      const cases: [object, string, RegExp?][] = [
        [{}, 'scenario', /either scenario/],
        [{ scenario: 'monday-peak', scenarioText: 'name: x' }, 'scenario', /not both/],
        [{ scenario: 'tuesday-lull' }, 'scenario', /no shipped scenario "tuesday-lull"; there are .*monday-peak/],
        [{ scenarioText: 'name: Mine\nday: { hours: 200 }' }, 'scenarioText', /^scenarioText: not a valid scenario: day\.hours: .*; arrivals: is required/],
        [{ scenarioText: '{ "name": ', format: 'json' }, 'scenarioText', /not valid JSON/],
        [{ scenarioText: 'a: [' }, 'scenarioText', /not valid YAML/],
        [{ scenario: 'monday-peak', seeds: [] }, 'seeds'],
        [{ scenario: 'monday-peak', seeds: [1.5] }, 'seeds'],
        [{ scenario: 'monday-peak', seeds: [-1] }, 'seeds'],
        [{ scenario: 'monday-peak', seeds: ['1'] }, 'seeds'],
        [{ scenario: 'monday-peak', seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }, 'seeds'],
        [{ scenario: 'monday-peak', policies: ['greedy', 'surge-only'] }, 'policies', /no policy "surge-only" in the scenario; it has greedy, batch, greedy-no-call-ups/],
        [{ scenario: 'monday-peak', policies: ['greedy', 'greedy'] }, 'policies', /listed twice/],
        [{ scenario: 'monday-peak', policies: [] }, 'policies'],
        [{ scenario: 'monday-peak', scale: 0 }, 'scale'],
        [{ scenario: 'monday-peak', scale: 1.5 }, 'scale'],
        [{ scenario: 'monday-peak', scale: 'big' }, 'scale'],
        [{ scenario: 'monday-peak', speed: 'fast' }, 'speed'],
      ];
      for (const [payload, field, message] of cases) {
        const res = await call('POST', '/v1/admin/simulations', supervisor, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        const error = res.json().error as { code: string; field: string; message: string };
        expect(error, JSON.stringify(payload)).toMatchObject({ code: 'validation_failed', field });
        expect(error.message.startsWith(`${field}: `), error.message).toBe(true);
        if (message) expect(error.message).toMatch(message);
      }
      expect(await runCount()).toBe(before);
      expect((await call('GET', '/v1/admin/simulations/sim_nope', supervisor)).statusCode).toBe(404);
    });

    it('runs a small monday-peak in the background and serves its figures and report', async () => {
      const started = await call('POST', '/v1/admin/simulations', supervisor, { scenario: 'monday-peak', seeds: [1], policies: ['greedy', 'batch'], scale: 0.02 });
      expect(started.statusCode).toBe(202);
      const queued = started.json().run as Run;
      expect(queued).toMatchObject({ scenarioName: 'Monday-morning peak', seeds: [1], policies: ['greedy', 'batch'], scale: 0.02, requestedBy: 'agent:agt_supervisor' });
      expect(['queued', 'running']).toContain(queued.status);

      const run = await waitForRun(queued.id, (r) => r.status === 'done' || r.status === 'failed');
      expect(run).toMatchObject({ status: 'done', progress: 1, error: null });

      const detail = (await call('GET', `/v1/admin/simulations/${run.id}`, supervisor)).json();
      expect(detail.result.scenario.name).toBe('Monday-morning peak');
      expect(detail.result.seeds).toEqual([1]);
      const policies = detail.result.policies as { policy: { name: string }; summary: Record<string, number | null> }[];
      expect(policies.map((p) => p.policy.name)).toEqual(['greedy', 'batch']);
      for (const p of policies) {
        for (const figure of HEADLINE) expect(typeof p.summary[figure], `${p.policy.name} ${figure}`).toBe('number');
        expect(p.summary.contacts).toBeGreaterThan(100);
        expect(p.summary.serviceLevel).toBeGreaterThanOrEqual(0);
        expect(p.summary.serviceLevel).toBeLessThanOrEqual(1);
      }

      const list = (await call('GET', '/v1/admin/simulations?limit=5', admin)).json().runs as Run[];
      expect(list[0]).toMatchObject({ id: run.id, status: 'done' });
      expect(list.map((r) => r.id)).toContain('sim_crashed');
      expect(list[0]).not.toHaveProperty('result');

      const report = await call('GET', `/v1/admin/simulations/${run.id}/report`, supervisor);
      expect(report.statusCode).toBe(200);
      expect(report.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(report.headers['content-security-policy']).toBe(REPORT_CSP);
      expect(report.headers['cache-control']).toBe('private, no-store');
      expect(report.body).toMatch(/^<!doctype html>/);
      expect(report.body).toContain('<h1>Monday-morning peak</h1>');
      expect(report.body).toContain('<canvas id="cost-quality"');

      // A frame or tab cannot send a header: the session token may come as ?token= (this route only).
      const framed = await call('GET', `/v1/admin/simulations/${run.id}/report?token=${encodeURIComponent(supervisorToken)}`, {});
      expect(framed.statusCode).toBe(200);
      expect(framed.body).toBe(report.body);
      const agentToken = agent.authorization!.slice('Bearer '.length);
      expect((await call('GET', `/v1/admin/simulations/${run.id}/report?token=${encodeURIComponent(agentToken)}`, {})).statusCode).toBe(403);
      const forged = await call('GET', `/v1/admin/simulations/${run.id}/report?token=not-a-token`, {});
      expect(forged.statusCode).toBe(401);
      expect(forged.json().error).toMatchObject({ code: 'unauthorized', field: 'token' });
      // Only the report: the JSON routes want the header.
      expect((await call('GET', `/v1/admin/simulations/${run.id}?token=${encodeURIComponent(supervisorToken)}`, {})).statusCode).toBe(401);
      // The token in the URL never reaches the logs (they carry the route pattern).
      expect(t.logs.join('')).toContain('"route":"/v1/admin/simulations/:id/report"');
      expect(t.logs.join('')).not.toContain(supervisorToken);
    });

    it('runs an uploaded scenario, and records a run that fails with its error', async () => {
      // Queued earlier with text that no longer validates (e.g. written by an older version): it fails, named.
      await database.query(
        `insert into sim_runs (id, scenario_name, scenario_text, scenario_format, seeds, policies, scale, status, requested_by, created_at)
         values ('sim_broken', 'Broken', 'name: Broken', 'yaml', '[1]'::jsonb, '["greedy"]'::jsonb, 1, 'queued', 'admin', now() - interval '1 minute')`,
      );
      const text = JSON.stringify({
        name: 'Tiny uploaded day',
        seeds: [7],
        day: { hours: 2, intervalMinutes: 30 },
        arrivals: { total: 40, curve: [{ at: '00:00', weight: 1 }, { at: '02:00', weight: 1 }] },
        intents: [{ name: 'balance', share: 1, ai: { resolves: 0.7, escalates: 0.2, resolvesWrongly: 0.1 } }],
        agents: { pools: [{ name: 'core', count: 2, languages: ['en'], onCall: [{ from: '00:00', to: '02:00', agents: 2 }] }] },
        policies: [{ name: 'hybrid', mode: 'hybrid' }],
      });
      const res = await call('POST', '/v1/admin/simulations', admin, { scenarioText: text, format: 'json' });
      if (res.statusCode !== 202) throw new Error(`uploaded scenario refused: ${res.body}`);
      const run = await waitForRun((res.json().run as Run).id, (r) => r.status === 'done' || r.status === 'failed');
      expect(run).toMatchObject({ status: 'done', scenarioName: 'Tiny uploaded day', seeds: [7], policies: ['hybrid'], scale: 1, requestedBy: 'admin' });
      const broken = await waitForRun('sim_broken', (r) => r.status !== 'queued' && r.status !== 'running');
      expect(broken.status).toBe('failed');
      expect(broken.error).toMatch(/^the scenario is no longer valid: .*is required/);
      expect((await call('GET', '/v1/admin/simulations/sim_broken', admin)).json().result).toBeNull();
    });
  });
}
