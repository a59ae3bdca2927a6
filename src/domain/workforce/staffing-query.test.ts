import { describe, expect, it } from 'vitest';
import { erlangA } from './erlang-a.js';
import { staffingQuery, staffingQueryProblems } from './staffing-query.js';

// Call Centre Helper worked example: 100 calls per 30 minutes, AHT 180 s, 80 % within 20 s.
const cch = { arrivalsPerHour: 200, ahtSeconds: 180, answerWithinSeconds: 20 };

describe('staffingQuery', () => {
  it('answers "how many agents?" with Erlang C and exactly the contract keys', () => {
    const r = staffingQuery({ ...cch, targetServiceLevel: 0.8 });
    expect(Object.keys(r)).toEqual([
      'model',
      'agents',
      'servers',
      'offeredLoad',
      'stable',
      'pWait',
      'asaSeconds',
      'serviceLevel',
      'occupancy',
      'agentsNeeded',
    ]);
    expect(r).toMatchObject({ model: 'erlang_c', agents: 14, servers: 14, agentsNeeded: 14, stable: true });
    expect(r.pWait).toBeCloseTo(0.1741, 4);
    expect(r.asaSeconds).toBeCloseTo(7.8, 1);
  });

  it('answers "what do N agents give?" without agentsNeeded', () => {
    const r = staffingQuery({ ...cch, agents: 12 });
    expect(r.agentsNeeded).toBeUndefined();
    expect(r.agents).toBe(12);
    expect(r.serviceLevel).toBeCloseTo(0.64, 3);
  });

  it('switches to Erlang A when patience is given and adds its two keys', () => {
    const r = staffingQuery({ ...cch, agents: 11, patienceSeconds: 120 });
    expect(Object.keys(r)).toEqual([
      'model',
      'agents',
      'servers',
      'offeredLoad',
      'stable',
      'pWait',
      'asaSeconds',
      'serviceLevel',
      'serviceLevelAnswered',
      'pAbandon',
      'occupancy',
    ]);
    const direct = erlangA({ ...cch, servers: 11, patienceSeconds: 120 });
    expect(r.pAbandon).toBe(direct.pAbandon);
    expect(r.serviceLevelAnswered).toBe(direct.serviceLevelAnswered);
  });

  it('uses the target over given agents, applies the abandonment cap and concurrency', () => {
    const r = staffingQuery({
      ...cch,
      answerWithinSeconds: 30,
      agents: 3,
      targetServiceLevel: 0.5,
      patienceSeconds: 30,
      maxAbandonRate: 0.05,
      concurrency: 2,
    });
    expect(r.model).toBe('erlang_a');
    expect(r.agentsNeeded).toBe(7); // 14 servers (see erlang-a.test.ts), 2 per agent
    expect(r.agents).toBe(7);
    expect(r.servers).toBe(14);
    expect(r.pAbandon).toBeLessThanOrEqual(0.05);
  });

  it('reports an unstable Erlang C queue with null ASA and stays JSON-safe', () => {
    const r = staffingQuery({ ...cch, agents: 10 });
    expect(r.stable).toBe(false);
    expect(r.asaSeconds).toBeNull();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('throws a RangeError naming every problem', () => {
    expect(() => staffingQuery({ ...cch })).toThrow(/give agents or targetServiceLevel/);
    expect(() => staffingQuery({ ...cch, ahtSeconds: -1, targetServiceLevel: 2 })).toThrow(/ahtSeconds.*targetServiceLevel/);
  });
});

describe('staffingQueryProblems', () => {
  it('is empty for a valid query', () => {
    expect(staffingQueryProblems({ ...cch, targetServiceLevel: 0.8 })).toEqual([]);
  });

  it('lists each problem with the field name', () => {
    const problems = staffingQueryProblems({
      arrivalsPerHour: Number.NaN,
      ahtSeconds: 0,
      answerWithinSeconds: -5,
      agents: 2.5,
      concurrency: 0,
      maxAbandonRate: 0.1,
    });
    expect(problems).toEqual([
      'arrivalsPerHour must be a finite number >= 0 (got NaN)',
      'ahtSeconds must be a finite number > 0 (got 0)',
      'answerWithinSeconds must be a finite number >= 0 (got -5)',
      'agents must be an integer >= 0 (got 2.5)',
      'concurrency must be an integer >= 1 (got 0)',
      'maxAbandonRate needs patienceSeconds (Erlang A)',
      'maxAbandonRate needs targetServiceLevel',
    ]);
  });
});
