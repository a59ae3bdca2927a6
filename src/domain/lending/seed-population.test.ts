import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates } from './dates.js';
import { lateFeeCapMinor } from './late-fees.js';
import { DEMO_PURCHASE_IDS } from './seed-demo-customer.js';
import { generatePopulation, type Population } from './seed-population.js';
import { SCENARIO_WEIGHTS } from './seed-scenarios.js';

const today = '2025-06-15';
const small = (seed: number | string) => generatePopulation({ seed, customers: 150, merchants: 12, purchases: 800, today });

let full: Population | undefined;
const fullPopulation = () => (full ??= generatePopulation({ seed: 2025, customers: 2000, merchants: 50, purchases: 10_000, today }));
const byPurchase = <T extends { purchaseId: string }>(records: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const record of records) map.set(record.purchaseId, [...(map.get(record.purchaseId) ?? []), record]);
  return map;
};

describe('generatePopulation: determinism', () => {
  it('gives an identical population for the same seed', () => {
    expect(JSON.stringify(small(7))).toBe(JSON.stringify(small(7)));
    expect(JSON.stringify(small('demo'))).toBe(JSON.stringify(small('demo')));
  });

  it('gives a different population for a different seed, but the same demo customer', () => {
    const a = small(7);
    const b = small(8);
    expect(a.customers.slice(1)).not.toEqual(b.customers.slice(1));
    const demo = (p: Population) => p.purchases.filter((purchase) => purchase.customerId === 'cus_demo');
    expect(demo(a)).toEqual(demo(b));
  });

  it('refuses sizes too small to hold the demo data, and a malformed today', () => {
    expect(() => generatePopulation({ seed: 1, customers: 0, merchants: 12, purchases: 100, today })).toThrow(RangeError);
    expect(() => generatePopulation({ seed: 1, customers: 10, merchants: 5, purchases: 100, today })).toThrow(RangeError);
    expect(() => generatePopulation({ seed: 1, customers: 10, merchants: 12, purchases: 8, today })).toThrow(RangeError);
    expect(() => generatePopulation({ seed: 1, customers: 10, merchants: 12, purchases: 100, today: '15/06/2025' })).toThrow(RangeError);
  });
});

describe('generatePopulation: shape of the default demo size', () => {
  it('has exactly the requested totals and stable id prefixes', () => {
    const p = fullPopulation();
    expect([p.customers.length, p.merchants.length, p.purchases.length]).toEqual([2000, 50, 10_000]);
    const prefixed = (ids: string[], prefix: string) => ids.every((id) => id.startsWith(prefix));
    expect(prefixed(p.customers.map((c) => c.id), 'cus_')).toBe(true);
    expect(prefixed(p.merchants.map((m) => m.id), 'mer_')).toBe(true);
    expect(prefixed(p.purchases.map((x) => x.id), 'pur_')).toBe(true);
    expect(prefixed(p.instalments.map((x) => x.id), 'ins_')).toBe(true);
    expect(prefixed(p.paymentMethods.map((x) => x.id), 'pm_')).toBe(true);
    expect(prefixed(p.refunds.map((x) => x.id), 'ref_')).toBe(true);
    expect(prefixed(p.returns.map((x) => x.id), 'ret_')).toBe(true);
    expect(prefixed(p.disputes.map((x) => x.id), 'dsp_')).toBe(true);
    expect(prefixed(p.fees.map((x) => x.id), 'fee_')).toBe(true);
    for (const list of [p.customers, p.merchants, p.purchases, p.instalments, p.paymentMethods, p.refunds, p.returns, p.disputes, p.fees]) {
      expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    }
    expect(new Set(p.customers.map((c) => c.email)).size).toBe(2000);
  });

  it('has mostly English speakers, some Spanish, French and German, and about 3% vulnerable', () => {
    const p = fullPopulation();
    const share = (language: string) => p.customers.filter((c) => c.language === language).length / p.customers.length;
    expect(share('en')).toBeGreaterThan(0.8);
    for (const language of ['es', 'fr', 'de']) expect(share(language)).toBeGreaterThan(0.01);
    const vulnerable = p.customers.filter((c) => c.vulnerable).length / p.customers.length;
    expect(vulnerable).toBeGreaterThan(0.015);
    expect(vulnerable).toBeLessThan(0.045);
  });

  it('covers every scenario and every financing term', () => {
    const p = fullPopulation();
    const scenarios = new Set(Object.values(p.scenarioByPurchaseId));
    expect([...scenarios].sort()).toEqual(Object.keys(SCENARIO_WEIGHTS).sort());
    const terms = new Set(p.purchases.flatMap((x) => (x.plan.kind === 'financing' ? [x.plan.months] : [])));
    expect([...terms].sort((a, b) => a - b)).toEqual([6, 12, 24]);
    const statuses = new Set(p.instalments.map((i) => i.status));
    expect([...statuses].sort()).toEqual(['late', 'paid', 'paused', 'refunded', 'scheduled']);
    expect(new Set(p.refunds.map((r) => r.status))).toEqual(new Set(['pending', 'processed']));
  });

  it('is consistent with the rules: principal adds up, fees within the cap, references resolve', () => {
    const p = fullPopulation();
    const instalments = byPurchase(p.instalments);
    const fees = byPurchase(p.fees);
    const customers = new Set(p.customers.map((c) => c.id));
    const merchants = new Set(p.merchants.map((m) => m.id));
    const firstPurchase = new Map<string, string>();
    // Collect every broken record, so a failure names them instead of stopping at the first.
    const problems: string[] = [];
    for (const purchase of p.purchases) {
      if (!customers.has(purchase.customerId) || !merchants.has(purchase.merchantId)) problems.push(`${purchase.id}: dangling reference`);
      if (compareIsoDates(purchase.purchasedOn, today) > 0) problems.push(`${purchase.id}: bought in the future`);
      const own = instalments.get(purchase.id) ?? [];
      const principal = own.reduce((sum, i) => sum + i.principalMinor + i.refundedMinor, 0);
      if (principal !== purchase.amountMinor) problems.push(`${purchase.id}: principal ${principal} != ${purchase.amountMinor}`);
      const feeTotal = (fees.get(purchase.id) ?? []).reduce((sum, fee) => sum + fee.amountMinor, 0);
      if (feeTotal > lateFeeCapMinor(purchase.amountMinor)) problems.push(`${purchase.id}: fees ${feeTotal} over the cap`);
      for (const i of own) {
        if (i.status === 'paid' && (i.paidAt === null || i.paidAt > Date.UTC(2025, 5, 16))) problems.push(`${i.id}: paid without a past paidAt`);
        if (i.status === 'late' && compareIsoDates(i.dueDate, today) >= 0) problems.push(`${i.id}: late but not past due`);
        if (i.status === 'scheduled' && compareIsoDates(i.dueDate, today) < 0) problems.push(`${i.id}: scheduled but past due`);
      }
      const known = firstPurchase.get(purchase.customerId);
      if (known === undefined || purchase.purchasedOn < known) firstPurchase.set(purchase.customerId, purchase.purchasedOn);
    }
    for (const customer of p.customers) {
      const first = firstPurchase.get(customer.id);
      if (first && compareIsoDates(customer.createdOn, first) > 0) problems.push(`${customer.id}: created after first purchase`);
    }
    expect(problems).toEqual([]);
  });

  it('puts each scenario in its state', () => {
    const p = fullPopulation();
    const instalments = byPurchase(p.instalments);
    const openReturns = new Set(p.returns.filter((r) => r.status === 'open').map((r) => r.purchaseId));
    const openDisputes = new Set(p.disputes.filter((d) => d.status === 'open').map((d) => d.purchaseId));
    for (const purchase of p.purchases) {
      const scenario = p.scenarioByPurchaseId[purchase.id];
      const own = instalments.get(purchase.id) ?? [];
      if (scenario === 'paused_by_return') {
        expect(openReturns.has(purchase.id)).toBe(true);
        expect(own.some((i) => i.status === 'paused' && i.pausedBy.includes('return') && (i.pausedUntil ?? '') > today)).toBe(true);
      }
      if (scenario === 'disputed') {
        expect(openDisputes.has(purchase.id)).toBe(true);
        expect(own.some((i) => i.status === 'paused' && i.pausedBy.includes('dispute'))).toBe(true);
      }
      if (scenario === 'fully_refunded') expect(purchase.status).toBe('refunded');
      if (scenario === 'paid_off') expect(purchase.status).toBe('paid_off');
      if (scenario === 'financed') expect(purchase.plan.kind).toBe('financing');
    }
  });
});

describe('generatePopulation: the demo customer', () => {
  const p = small(99);
  const purchase = (id: string) => p.purchases.find((x) => x.id === id);
  const plan = (id: string) => p.instalments.filter((i) => i.purchaseId === id);

  it('is Alex Morgan, with a purchase in each interesting state', () => {
    expect(p.customers[0]).toMatchObject({ id: 'cus_demo', name: 'Alex Morgan', email: 'alex@example.com', language: 'en' });
    expect(p.purchases.filter((x) => x.customerId === 'cus_demo').map((x) => x.id).sort()).toEqual(Object.values(DEMO_PURCHASE_IDS).sort());
  });

  it('on time at Northwind Outdoors: two paid, next £30 due in 13 days', () => {
    const onTime = purchase(DEMO_PURCHASE_IDS.onTime);
    expect(p.merchants.find((m) => m.id === onTime?.merchantId)?.name).toBe('Northwind Outdoors');
    expect(plan(DEMO_PURCHASE_IDS.onTime).map((i) => [i.status, i.dueDate])).toEqual([
      ['paid', addDays(today, -15)],
      ['paid', addDays(today, -1)],
      ['scheduled', addDays(today, 13)],
      ['scheduled', addDays(today, 27)],
    ]);
  });

  it('late: second instalment 8 days late with one £6 fee', () => {
    expect(plan(DEMO_PURCHASE_IDS.late)[1]).toMatchObject({ status: 'late', dueDate: addDays(today, -8) });
    expect(p.fees.filter((f) => f.purchaseId === DEMO_PURCHASE_IDS.late).map((f) => [f.amountMinor, f.triggeredOn])).toEqual([[600, addDays(today, -4)]]);
  });

  it('paused by a return, disputed, partly refunded, fully refunded, financed and pay in 30', () => {
    expect(plan(DEMO_PURCHASE_IDS.pausedByReturn).filter((i) => i.status === 'paused').map((i) => i.pausedUntil)).toEqual(
      Array(3).fill(addDays(today, 18)),
    );
    expect(p.disputes.find((d) => d.purchaseId === DEMO_PURCHASE_IDS.disputed)).toMatchObject({ status: 'open', reason: 'Item never arrived' });
    expect(plan(DEMO_PURCHASE_IDS.disputed).map((i) => i.status)).toEqual(['paid', 'paused', 'paused', 'paused']);
    expect(plan(DEMO_PURCHASE_IDS.partlyRefunded).map((i) => [i.status, i.amountMinor])).toEqual([
      ['paid', 6_000],
      ['paid', 6_000],
      ['scheduled', 5_000],
      ['refunded', 0],
    ]);
    expect(purchase(DEMO_PURCHASE_IDS.fullyRefunded)?.status).toBe('refunded');
    expect(p.refunds.find((r) => r.purchaseId === DEMO_PURCHASE_IDS.fullyRefunded)?.cardRefundMinor).toBe(9_950);
    expect(purchase(DEMO_PURCHASE_IDS.financed)?.plan).toEqual({ kind: 'financing', months: 12, aprPercent: 19.9 });
    expect(plan(DEMO_PURCHASE_IDS.financed)).toHaveLength(12);
    expect(plan(DEMO_PURCHASE_IDS.payIn30)).toMatchObject([{ status: 'scheduled', dueDate: addDays(today, 18), amountMinor: 3_550 }]);
    expect(purchase(DEMO_PURCHASE_IDS.paidOff)?.status).toBe('paid_off');
  });
});
