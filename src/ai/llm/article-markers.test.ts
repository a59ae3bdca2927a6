import { describe, expect, it } from 'vitest';
import { takeArticleMarkers } from './article-markers.js';

describe('takeArticleMarkers', () => {
  const known = new Set(['late-fees', 'pay-early']);
  it('turns known markers into citations and removes them from the text', () => {
    expect(takeArticleMarkers('A late fee is £6 [late-fees]. You can pay early [pay-early] [late-fees].', known)).toEqual({
      text: 'A late fee is £6. You can pay early.',
      citedIds: ['late-fees', 'pay-early'],
    });
  });
  it('drops markers of unknown articles without citing them, and leaves other brackets', () => {
    expect(takeArticleMarkers('See [made-up-article] and [Note: none].', known)).toEqual({ text: 'See and [Note: none].', citedIds: [] });
  });
});
