import { describe, expect, it } from 'vitest';
import type { HelpArticle } from '../knowledge/index.js';
import { createReplySuggester } from './suggest-replies.js';

const article = (id: string, title: string, intents: string[], body: string): HelpArticle => ({ id, title, tags: [], intents, body });

const articles = [
  article('late-fees', 'Late fees', ['late_fees'], 'If a payment is more than 3 days late we add a fee of £6. You can avoid it by paying before then.\n\n## Other things\n\nThe app sends reminders.'),
  article('refunds', 'How refunds work', ['refund_status'], 'The merchant sends the refund to us. It reduces what you owe, starting with the last payment.'),
  article('person', 'Talking to a person', ['talk_to_human'], 'You can ask to talk to a person at any time. A person joins the chat.'),
];
const words = (text: string) => text.toLowerCase().match(/[a-z£0-9']+/g) ?? [];

describe('createReplySuggester', () => {
  const suggest = createReplySuggester(articles);

  it('answers from the best article, in its own words, cited to it', () => {
    const [first] = suggest({ text: 'Will I pay a late fee?', intent: null }, 3);
    expect(first?.article).toEqual({ id: 'late-fees', title: 'Late fees' });
    const source = new Set(words(articles[0]!.body));
    expect(words(first!.text).every((w) => source.has(w))).toBe(true);
  });

  it('keeps to the limit and never repeats an article', () => {
    const all = suggest({ text: 'payment refund person late', intent: null }, 2);
    expect(all).toHaveLength(2);
    expect(new Set(all.map((s) => s.article.id)).size).toBe(2);
    expect(suggest({ text: 'refund', intent: null }, 0)).toEqual([]);
  });

  it('favours the topic’s articles, falls back to them without words, and treats asking for a person as no topic', () => {
    expect(suggest({ text: 'what do I owe', intent: 'refund_status' }, 1)[0]?.article.id).toBe('refunds');
    expect(suggest({ text: '', intent: 'late_fees' }, 3).map((s) => s.article.id)).toEqual(['late-fees']);
    expect(suggest({ text: '', intent: 'talk_to_human' }, 3)).toEqual([]);
  });
});
