import { describe, expect, it } from 'vitest';
import { findKnowledgeProblems, normaliseExample } from './knowledge-checks.js';
import { loadKnowledgeBase } from './load-files.js';
import type { IntentDefinition } from './schema.js';

// Loading throws if intents.json does not validate, so reaching the assertions means it does.
const { catalogue } = loadKnowledgeBase();

const REQUIRED_INTENTS = [
  'payment_schedule', 'next_payment', 'pay_early', 'extend_due_date', 'late_fee', 'payment_failed',
  'change_payment_method', 'refund_status', 'report_return', 'return_not_registered', 'item_not_received',
  'wrong_item', 'damaged_item', 'unauthorised_purchase', 'hardship', 'close_account', 'complaint',
  'talk_to_human', 'how_pay_in_4_works', 'interest_and_fees', 'credit_check', 'login_problem', 'update_details',
  'greeting', 'thanks', 'goodbye', 'order_cancelled', 'partial_refund', 'dispute_status', 'open_dispute',
  'spending_limit', 'declined_at_checkout', 'account_balance', 'statement_request', 'promo_code', 'delete_data',
  'financing_options', 'payment_paused_status',
];

function byId(id: string): IntentDefinition {
  const found = catalogue.intents.find((intent) => intent.id === id);
  if (!found) throw new Error(`intent ${id} is missing`);
  return found;
}

describe('shipped intents', () => {
  it('has at least 38 intents, including every required one', () => {
    expect(catalogue.intents.length).toBeGreaterThanOrEqual(38);
    const ids = new Set(catalogue.intents.map((intent) => intent.id));
    expect(REQUIRED_INTENTS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every intent at least 45 examples', () => {
    const short = catalogue.intents.filter((intent) => intent.examples.length < 45).map((intent) => intent.id);
    expect(short).toEqual([]);
  });

  it('never repeats an example, within or across intents or in out-of-scope (case-insensitive)', () => {
    const problems = findKnowledgeProblems(catalogue, []).filter((problem) => problem.code === 'duplicate_example');
    expect(problems).toEqual([]);
  });

  it('has at least 80 out-of-scope utterances', () => {
    expect(catalogue.outOfScope.length).toBeGreaterThanOrEqual(80);
  });

  it('varies example style: short and long, lower case, with amounts and merchants', () => {
    for (const intent of catalogue.intents) {
      const lengths = intent.examples.map((example) => example.split(/\s+/).length);
      expect(Math.max(...lengths) - Math.min(...lengths), intent.id).toBeGreaterThanOrEqual(4);
      expect(intent.examples.some((example) => example === example.toLowerCase()), intent.id).toBe(true);
    }
    const all = catalogue.intents.flatMap((intent) => intent.examples);
    expect(all.filter((example) => /£\d/.test(example)).length).toBeGreaterThanOrEqual(30);
    expect(all.filter((example) => /\b(nike|asos|zara|currys|argos|ikea)\b/i.test(example)).length).toBeGreaterThan(60);
  });

  it('sends the risky topics to a person, and to the right certified pool', () => {
    expect(byId('hardship')).toMatchObject({ humanOnly: true, sensitive: true, requiredCertification: 'hardship' });
    expect(byId('unauthorised_purchase')).toMatchObject({
      humanOnly: true,
      sensitive: true,
      requiredCertification: 'fraud',
    });
    expect(byId('open_dispute')).toMatchObject({ humanOnly: true, requiredCertification: 'disputes' });
    expect(byId('close_account')).toMatchObject({ humanOnly: true });
    expect(byId('complaint')).toMatchObject({ sensitive: true, humanOnly: false });
    expect(byId('dispute_status')).toMatchObject({ requiredCertification: 'disputes', humanOnly: false });
    // The assistant may help first with a missing parcel; only an unresolved case becomes a dispute.
    expect(byId('item_not_received')).toMatchObject({ humanOnly: false, requiredCertification: 'disputes' });
  });

  it('leaves the everyday topics to the assistant', () => {
    const everyday = ['payment_schedule', 'next_payment', 'pay_early', 'refund_status', 'greeting', 'thanks'];
    for (const id of everyday) expect(byId(id), id).toMatchObject({ humanOnly: false, sensitive: false });
  });

  it('keeps examples of close intents apart', () => {
    // These pairs are easy to blur; a shared normalised example would make the classifier's target contradictory.
    const pairs = [
      ['refund_status', 'partial_refund'],
      ['refund_status', 'return_not_registered'],
      ['next_payment', 'payment_schedule'],
      ['open_dispute', 'dispute_status'],
    ] as const;
    for (const [a, b] of pairs) {
      const left = new Set(byId(a).examples.map(normaliseExample));
      expect(byId(b).examples.filter((example) => left.has(normaliseExample(example))), `${a}/${b}`).toEqual([]);
    }
  });
});
