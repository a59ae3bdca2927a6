import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PAY_RATES } from '../../src/domain/workforce/index.js';
import { payRateSettingsOf } from '../../src/domain/workforce/pay-rate-settings.js';
import { ManualClock } from '../../src/runtime/clock.js';
import type { Database } from '../../src/store/database.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';

const admin = { 'x-api-key': ADMIN_KEY };
const DEFAULTS = payRateSettingsOf(DEFAULT_PAY_RATES);
const T0 = Date.UTC(2026, 10, 27, 9);

type LedgerEntry = { id: number; agentId: string; kind: string; amountMinor: number; causeId: string; detail: string };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`pay rates as an admin setting on ${tier.name}`, () => {
    let t: TestTandem;
    let database: Database;
    let drop: () => Promise<void>;
    let supervisor: Record<string, string>;
    let agent: Record<string, string>;
    const clock = new ManualClock(T0);

    beforeAll(async () => {
      const opened = await tier.open();
      database = opened.database;
      drop = opened.drop;
      t = await startTestTandem({ database, overrides: { clock } });
      supervisor = bearer(await t.agentToken('supervisor@example.com'));
      agent = bearer(await t.agentToken('sam@example.com'));
    });

    afterAll(async () => {
      await t?.close();
      await database?.close();
      await drop?.();
    });

    const call = (method: 'GET' | 'PUT' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
      t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    const changeEvents = () => database.query<{ actor: string; payload: Record<string, unknown>; occurred_at: Date }>("select actor, payload, occurred_at from events where type = 'pay_rates.changed' order by id");

    /** A conversation the agent resolves after `handleMs` with them; returns its id. */
    async function handled(agentEmail: string, agentId: string, handleMs: number): Promise<string> {
      const customer = await t.customerToken();
      const start = await call('POST', '/v1/conversations', bearer(customer), { message: { clientMessageId: 'a', text: 'hi' } });
      const id = start.json().conversation.id as string;
      await call('POST', `/v1/conversations/${id}/escalate`, bearer(customer), {});
      expect((await call('POST', `/v1/admin/conversations/${id}/assign`, admin, { agentId })).statusCode).toBe(200);
      clock.advance(handleMs);
      const token = await t.agentToken(agentEmail);
      expect((await call('POST', `/v1/conversations/${id}/resolve`, bearer(token), {})).statusCode).toBe(200);
      return id;
    }

    /** Conversation pay follows the resolve after its commit: wait until the entry is there. */
    async function payFor(conversationId: string): Promise<LedgerEntry> {
      for (let i = 0; i < 200; i++) {
        const res = await call('GET', `/v1/admin/pay-ledger?from=${T0 - 86_400_000}&to=${clock.now() + 86_400_000}`, admin);
        const entry = (res.json().entries as LedgerEntry[]).find((e) => e.kind === 'conversation' && e.causeId === conversationId);
        if (entry) return entry;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no pay for ${conversationId}`);
    }

    it('shows the configured defaults to supervisors and the admin key only', async () => {
      expect((await call('GET', '/v1/admin/pay-rates', {})).statusCode).toBe(401);
      expect((await call('GET', '/v1/admin/pay-rates', agent)).statusCode).toBe(403);
      const res = await call('GET', '/v1/admin/pay-rates', supervisor);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ currency: 'GBP', settings: DEFAULTS, defaults: DEFAULTS, updatedBy: null, updatedAt: null });
      expect((await call('GET', '/v1/admin/pay-rates', admin)).statusCode).toBe(200);
    });

    it('refuses a bad rate card with 400 naming the field, and changes nothing', async () => {
      const { conversationBaseMinor: _missing, ...withoutBase } = DEFAULTS;
      const cases: [object, string][] = [
        [withoutBase, 'conversationBaseMinor'],
        [{ ...DEFAULTS, conversationBaseMinor: -1 }, 'conversationBaseMinor'],
        [{ ...DEFAULTS, perHandleMinuteMinor: 12.5 }, 'perHandleMinuteMinor'],
        [{ ...DEFAULTS, standbyMinorPerHour: '700' }, 'standbyMinorPerHour'],
        [{ ...DEFAULTS, maxPaidHandleMinutes: 0 }, 'maxPaidHandleMinutes'],
        [{ ...DEFAULTS, complexMultiplierBp: 1_000_000 }, 'complexMultiplierBp'],
        [{ ...DEFAULTS, qualityBonusMinScore: 1.5 }, 'qualityBonusMinScore'],
        [{ ...DEFAULTS, releaseNoticeHours: 200 }, 'releaseNoticeHours'],
        [{ ...DEFAULTS, currency: 'EUR' }, 'currency'],
      ];
      for (const [payload, field] of cases) {
        const res = await call('PUT', '/v1/admin/pay-rates', supervisor, payload);
        expect(res.statusCode, JSON.stringify(payload)).toBe(400);
        const error = res.json().error as { code: string; field: string; message: string };
        expect(error).toMatchObject({ code: 'validation_failed', field });
        expect(error.message.startsWith(`${field}: `)).toBe(true);
      }
      expect((await call('PUT', '/v1/admin/pay-rates', {}, DEFAULTS)).statusCode).toBe(401);
      expect((await call('PUT', '/v1/admin/pay-rates', agent, { ...DEFAULTS, conversationBaseMinor: 10_000 })).statusCode).toBe(403);
      expect((await call('GET', '/v1/admin/pay-rates', admin)).json()).toMatchObject({ settings: DEFAULTS, updatedBy: null });
      expect(await changeEvents()).toEqual([]);
      expect(await database.query('select * from pay_rate_settings')).toEqual([]);
    });

    it('pays the next conversation at the new rates, logs the change, and leaves old entries alone', async () => {
      const before = await payFor(await handled('lucia@example.com', 'agt_lucia', 8 * 60_000));
      // Defaults, a standard chat of 8 minutes: 150 + 15 × 8 = 270.
      expect(before.amountMinor).toBe(270);

      clock.advance(60_000);
      const changed = { ...DEFAULTS, conversationBaseMinor: 200, perHandleMinuteMinor: 20, standardMultiplierBp: 15_000 };
      const put = await call('PUT', '/v1/admin/pay-rates', supervisor, changed);
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual({ currency: 'GBP', settings: changed, defaults: DEFAULTS, updatedBy: 'agent:agt_supervisor', updatedAt: clock.now() });
      expect((await call('GET', '/v1/admin/pay-rates', agent)).statusCode).toBe(403);

      const events = await changeEvents();
      expect(events).toHaveLength(1);
      expect(events[0]!.actor).toBe('agent:agt_supervisor');
      expect(new Date(events[0]!.occurred_at).getTime()).toBe(clock.now());
      expect(events[0]!.payload).toEqual({ currency: 'GBP', before: DEFAULTS, after: changed });

      const after = await payFor(await handled('lucia@example.com', 'agt_lucia', 8 * 60_000));
      // (200 + 20 × 8) × 1.5 = 540.
      expect(after.amountMinor).toBe(540);
      expect(after.detail).toContain('(200 + 20 × 8.00 min) × 1.5');
      const old = await payFor(before.causeId);
      expect(old).toEqual(before);

      // A second change records what it replaced.
      const again = await call('PUT', '/v1/admin/pay-rates', admin, DEFAULTS);
      expect(again.json()).toMatchObject({ settings: DEFAULTS, updatedBy: 'admin' });
      expect((await changeEvents())[1]!.payload).toEqual({ currency: 'GBP', before: changed, after: DEFAULTS });
    });
  });
}
