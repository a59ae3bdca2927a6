import { contentTerms } from './text-terms.js';

export interface ArticleSentence {
  readonly text: string;
  /** Position in the article, 0-based, for keeping the article's order in an answer. */
  readonly index: number;
  /** The heading the sentence sits under ('' before the first heading). */
  readonly heading: string;
}

export interface Paraphrase {
  /** The chosen sentences joined with spaces, in article order: every word is the article's own. */
  readonly text: string;
  readonly sentences: readonly ArticleSentence[];
}

export interface ParaphraseOptions {
  /** At most this many sentences (default 3). */
  readonly maxSentences?: number;
  /** Stop adding sentences once the answer is this long, in characters (default 420). */
  readonly maxChars?: number;
}

/**
 * Markdown to plain sentences: headings become context, a list joins the line that introduces it, and
 * emphasis markers go. Sentence ends are ". ", "? " or "! " before a capital, digit or "£", so "e.g." or
 * "moneyhelper.org.uk" do not split.
 */
export function articleSentences(markdown: string): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  let heading = '';
  // The line before a list introduces it: the items travel with it as one unit, so an answer never gives
  // the lead-in without its steps, nor a list item ("A payment is overdue.") as if it were a fact.
  let leadIn: number | null = null;
  for (const rawLine of markdown.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const headingMatch = /^#{1,6}\s+(.*)$/.exec(line);
    if (headingMatch) {
      heading = headingMatch[1] ?? '';
      leadIn = null;
      continue;
    }
    const isListItem = /^(?:[-*+]|\d+\.)\s+/.test(line);
    const plain = line
      .replace(/^(?:[-*+]|\d+\.)\s+/, '')
      .replace(/\*\*|__/g, '')
      .replace(/(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .trim();
    if (isListItem && leadIn === null && heading !== '') {
      // A list straight under a heading: the heading introduces it.
      sentences.push({ text: `${heading}:`, index: sentences.length, heading });
      leadIn = sentences.length - 1;
    }
    const lead = leadIn === null ? undefined : sentences[leadIn];
    if (isListItem && lead) {
      const item = plain.replace(/[.;]$/, '');
      const joiner = lead.text.endsWith(':') ? ' ' : /[.?!]$/.test(lead.text) && !lead.text.includes(':') ? ' ' : '; ';
      sentences[leadIn as number] = { ...lead, text: `${lead.text.replace(/[.]$/, ':')}${joiner}${item}` };
      continue;
    }
    for (const piece of plain.split(/(?<=[.?!])\s+(?=[A-Z0-9£"'(])/)) {
      const text = piece.trim();
      if (text !== '') sentences.push({ text, index: sentences.length, heading });
    }
    if (!isListItem) leadIn = sentences.length - 1;
  }
  // A unit that absorbed a list ends like a sentence.
  return sentences.map((s) => (/[.?!]$/.test(s.text) ? s : { ...s, text: `${s.text}.` }));
}

/**
 * The 2–3 sentences of an article that answer the query best, in the article's own words. A sentence
 * scores one point per query term it contains, half a point when the term is only in its heading. Terms of
 * the title do not count: every sentence of the article is about them, so a query made only of title terms
 * ("how does Pay in 4 work") gets the opening sentences, where help articles put the answer. The opening
 * sentence also gets a small bonus. Ties go to the earlier sentence, so the result is deterministic.
 */
export function paraphrase(article: { title: string; body: string }, query: string, options: ParaphraseOptions = {}): Paraphrase {
  const maxSentences = options.maxSentences ?? 3;
  const maxChars = options.maxChars ?? 420;
  const sentences = articleSentences(article.body);
  const titleTerms = contentTerms(article.title);
  const queryTerms = [...contentTerms(query)].filter((term) => !titleTerms.has(term));
  const scored = sentences.map((sentence) => {
    const terms = contentTerms(sentence.text);
    const headingTerms = contentTerms(sentence.heading);
    let score = sentence.index === 0 ? 0.75 : 0;
    for (const term of queryTerms) {
      if (terms.has(term)) score += 1;
      else if (headingTerms.has(term)) score += 0.5;
    }
    return { sentence, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const chosen: ArticleSentence[] = [];
  let length = 0;
  for (const { sentence, score } of ranked) {
    if (chosen.length >= maxSentences) break;
    if (chosen.length >= 2 && length + sentence.text.length > maxChars) break;
    // A filler sentence from a later section reads out of context ("Say you spend £100.").
    if (chosen.length >= 1 && score === 0 && sentence.heading !== '') continue;
    chosen.push(sentence);
    length += sentence.text.length + 1;
  }
  chosen.sort((a, b) => a.index - b.index);
  if (queryTerms.length === 0 && chosen.length < maxSentences && chosen.every((s) => s.heading === '')) {
    // The query only names the topic ("I can't log in"), and the opening only introduces the article: give
    // the first sentence of each following section too, under its heading, so the answer holds the steps.
    for (const sentence of sentences) {
      if (chosen.length >= maxSentences) break;
      if (sentence.heading === '' || chosen.some((c) => c.heading === sentence.heading)) continue;
      chosen.push(sentence.text.startsWith(`${sentence.heading}:`) ? sentence : { ...sentence, text: `${sentence.heading}: ${sentence.text}` });
    }
  }
  return { text: chosen.map((s) => s.text).join(' '), sentences: chosen };
}
