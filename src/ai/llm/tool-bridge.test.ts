import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toolCatalogue } from '../../backoffice/tools/catalogue.js';
import { FakeTools } from './llm-test-fixtures.js';
import { buildToolSet } from './tool-bridge.js';
import { emptyLedger } from './turn-ledger.js';

const toolSet = () =>
  buildToolSet({ tools: new FakeTools({}), conversationId: 'c1', gate: { pending: null, lastCustomerMessage: 'hi' }, ledger: emptyLedger() });

const schemaOf = (name: string) => toolSet()[name]?.inputSchema as z.ZodType;

describe('buildToolSet', () => {
  it('offers every catalogue tool plus the handoff and resolution pseudo-tools', () => {
    expect(Object.keys(toolSet()).sort()).toEqual([...toolCatalogue.map((t) => t.name), 'handoff_to_human', 'mark_resolved'].sort());
    expect(toolSet().pay_instalment_now?.description).toMatch(/^\[action: needs the customer's yes\]/);
    expect(toolSet().get_next_payment?.description).not.toContain('[action');
  });

  it('adds a required customerConfirmed to actions and keeps the schemas strict', () => {
    const extend = schemaOf('extend_due_date');
    expect(extend.safeParse({ purchaseId: 'pur_1', days: 5, customerConfirmed: false }).success).toBe(true);
    expect(extend.safeParse({ purchaseId: 'pur_1', days: 5 }).success).toBe(false);
    expect(extend.safeParse({ purchaseId: 'pur_1', days: 5, customerConfirmed: true, customerId: 'someone_else' }).success).toBe(false);
    expect(schemaOf('get_next_payment').safeParse({ customerConfirmed: true }).success).toBe(false);
  });
});
