import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/ai/knowledge/load-files.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';

let t: TestTandem;
let conversationId: string;
let sam: string;
let noah: string;
let supervisor: string;
let customer: string;

const articles = new Map(loadKnowledgeBase().articles.map((a) => [a.id, a]));
/** The article's text as a reader sees it: markdown marks and line breaks gone. */
const plain = (id: string) => (articles.get(id)?.body ?? '').replace(/\*\*|__/g, '').replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '').replace(/\s+/g, ' ');

const words = (text: string) => text.toLowerCase().match(/[a-z£0-9']+/g) ?? [];

type Suggestions = { conversationId: string; basedOn: string[]; suggestions: { text: string; article: { id: string; title: string } }[] };

beforeAll(async () => {
  t = await startTestTandem();
  customer = await t.customerToken('demo');
  conversationId = await t.assignedConversation(customer, 'agt_sam');
  sam = await t.agentToken('sam@example.com');
  noah = await t.agentToken('noah@example.com');
  supervisor = await t.agentToken('supervisor@example.com');
});
afterAll(async () => t.dispose());

const url = (id = conversationId) => `/v1/agent/conversations/${id}/suggestions`;
const get = (headers: Record<string, string>, id?: string) => t.app.inject({ method: 'GET', url: url(id), headers });
let n = 0;
const customerSays = async (text: string) => {
  const res = await t.app.inject({ method: 'POST', url: `/v1/conversations/${conversationId}/messages`, payload: { clientMessageId: `s${++n}`, text }, headers: bearer(customer) });
  expect(res.statusCode).toBeLessThan(300);
};

describe('suggested replies from the help articles', () => {
  it('answers the customer’s latest messages with up to 3 article passages, each cited to its article', async () => {
    await customerSays('agent please');
    await customerSays('When is my next payment due?');
    const res = await get(bearer(sam));
    expect(res.statusCode).toBe(200);
    const body = res.json() as Suggestions;
    expect(body.conversationId).toBe(conversationId);
    // A bare request for a person is not what needs answering.
    expect(body.basedOn).toEqual(['When is my next payment due?']);
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(body.suggestions.length).toBeLessThanOrEqual(3);
    expect(body.suggestions[0]?.article).toEqual({ id: 'your-next-payment', title: 'When is my next payment?' });
    for (const s of body.suggestions) {
      expect(s.article.title).toBe(articles.get(s.article.id)?.title);
      expect(s.text.length).toBeGreaterThan(20);
      expect(s.text.length).toBeLessThan(600);
      // Drawn from the article: every word of the suggestion is the article's own.
      const source = new Set(words(`${articles.get(s.article.id)?.title} ${plain(s.article.id)}`));
      expect(words(s.text).filter((w) => !source.has(w))).toEqual([]);
    }
    expect(new Set(body.suggestions.map((s) => s.article.id)).size).toBe(body.suggestions.length);
  });

  it('follows the conversation: a new question brings its own article first', async () => {
    await customerSays('Also I sent the shoes back to the shop, how do I report a return?');
    const body = (await get(bearer(sam))).json() as Suggestions;
    expect(body.basedOn.at(-1)).toBe('Also I sent the shoes back to the shop, how do I report a return?');
    expect(body.suggestions.map((s) => s.article.id)).toContain('reporting-a-return');
  });

  it('the owning agent and supervisors only: another agent 404, customer and admin key 403, no token 401', async () => {
    expect((await get(bearer(supervisor))).statusCode).toBe(200);
    const other = await get(bearer(noah));
    expect(other.statusCode).toBe(404);
    expect(other.json().error).toMatchObject({ code: 'not_found', field: 'conversationId' });
    expect((await get(bearer(customer))).statusCode).toBe(403);
    expect((await get({ 'x-api-key': ADMIN_KEY })).statusCode).toBe(403);
    expect((await get({})).statusCode).toBe(401);
    expect((await get(bearer(sam), 'cnv_missing')).statusCode).toBe(404);
    const bad = await get(bearer(sam), 'not an id!');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('conversationId');
  });

  it('after it is resolved the agent no longer owns it: 404', async () => {
    await t.app.inject({ method: 'POST', url: `/v1/conversations/${conversationId}/resolve`, payload: {}, headers: bearer(sam) });
    expect((await get(bearer(sam))).statusCode).toBe(404);
  });
});
