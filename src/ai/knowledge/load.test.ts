import { describe, expect, it } from 'vitest';
import { countWords, parseHelpArticle, parseIntentCatalogue, parseIntentCatalogueJson } from './load.js';

function intent(overrides: Record<string, unknown> = {}) {
  return {
    id: 'late_fee',
    description: 'Asks about a late fee.',
    category: 'payments',
    sensitive: false,
    humanOnly: false,
    requiredCertification: null,
    priority: 'normal',
    examples: ['why was I charged a late fee'],
    ...overrides,
  };
}

function file(intents: unknown[], extra: Record<string, unknown> = {}) {
  return { version: 1, locale: 'en-GB', intents, out_of_scope: ['what is the weather'], ...extra };
}

describe('parseIntentCatalogue', () => {
  it('accepts a valid file and exposes out_of_scope as outOfScope', () => {
    const result = parseIntentCatalogue(file([intent()]));
    expect(result).toEqual({
      ok: true,
      value: { version: 1, locale: 'en-GB', intents: [intent()], outOfScope: ['what is the weather'] },
    });
  });

  it('names the intent by id and the field when a field is missing', () => {
    const { sensitive: _omitted, ...withoutSensitive } = intent();
    const result = parseIntentCatalogue(file([intent({ id: 'greeting' }), withoutSensitive]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('intent "late_fee" (intents[1]), sensitive:');
  });

  it('names the example index when an example is blank', () => {
    const result = parseIntentCatalogue(file([intent({ examples: ['fine', '   '] })]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/^intent "late_fee" \(intents\[0\]\), examples\[1\]: must not be blank/);
  });

  it('falls back to the position when the intent has no usable id', () => {
    const result = parseIntentCatalogue(file([intent({ id: 'Late Fee' })]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toContain('intent "Late Fee" (intents[0]), id: must be snake_case');

    const noId = parseIntentCatalogue(file([intent({ id: 7 })]));
    expect(noId.ok).toBe(false);
    if (noId.ok) return;
    expect(noId.errors[0]).toMatch(/^intents\[0\], id:/);
  });

  it('rejects an unknown certification and unknown keys', () => {
    const result = parseIntentCatalogue(file([intent({ requiredCertification: 'collections', colour: 'red' })]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.includes('requiredCertification'))).toBe(true);
    expect(result.errors.some((e) => e.includes('colour'))).toBe(true);
  });

  it('reports top-level fields by name', () => {
    const result = parseIntentCatalogue({ version: 0, locale: 'en-GB', intents: [intent()] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith('version:'))).toBe(true);
    expect(result.errors.some((e) => e.startsWith('out_of_scope:'))).toBe(true);
  });
});

describe('parseIntentCatalogueJson', () => {
  it('returns an error for text that is not JSON', () => {
    const result = parseIntentCatalogueJson('{ "version": 1,');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/^intents file is not valid JSON/);
  });

  it('parses JSON text', () => {
    const result = parseIntentCatalogueJson(JSON.stringify(file([intent()])));
    expect(result.ok && result.value.intents[0]?.id).toBe('late_fee');
  });
});

const ARTICLE = `---
id: late-fees
title: Late fees
tags: [fees, late payment]
intents: [late_fee]
---
If a payment is more than 3 days late, we add a fee.

## The cap
- It is capped.
`;

describe('parseHelpArticle', () => {
  it('splits front matter from the body', () => {
    const result = parseHelpArticle(ARTICLE, 'late-fees.md');
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'late-fees',
        title: 'Late fees',
        tags: ['fees', 'late payment'],
        intents: ['late_fee'],
        body: 'If a payment is more than 3 days late, we add a fee.\n\n## The cap\n- It is capped.',
      },
    });
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const result = parseHelpArticle(`\uFEFF${ARTICLE.replace(/\n/g, '\r\n')}`, 'late-fees.md');
    expect(result.ok && result.value.intents).toEqual(['late_fee']);
  });

  it('accepts block-style YAML lists', () => {
    const text = ARTICLE.replace('intents: [late_fee]', 'intents:\n  - late_fee\n  - interest_and_fees');
    const result = parseHelpArticle(text, 'late-fees.md');
    expect(result.ok && result.value.intents).toEqual(['late_fee', 'interest_and_fees']);
  });

  it('rejects text without front matter', () => {
    expect(parseHelpArticle('# Late fees\nSome text', 'x.md')).toEqual({
      ok: false,
      errors: ['article x.md: must start with front matter between "---" lines'],
    });
  });

  it('names the source and the field that is wrong', () => {
    const result = parseHelpArticle(ARTICLE.replace('intents: [late_fee]', 'intents: []'), 'late-fees.md');
    expect(result).toEqual({
      ok: false,
      errors: ['article late-fees.md: intents: must answer at least one intent'],
    });
    const badId = parseHelpArticle(ARTICLE.replace('id: late-fees', 'id: Late_Fees'), 'late-fees.md');
    expect(badId.ok).toBe(false);
    if (badId.ok) return;
    expect(badId.errors).toEqual(['article late-fees.md: id: must be kebab-case']);
  });

  it('reports invalid YAML and an empty body', () => {
    const badYaml = parseHelpArticle(ARTICLE.replace('tags: [fees, late payment]', 'tags: [fees'), 'a.md');
    expect(badYaml.ok).toBe(false);
    if (!badYaml.ok) expect(badYaml.errors[0]).toMatch(/^article a\.md: front matter is not valid YAML/);

    const empty = parseHelpArticle(ARTICLE.split('---\n').slice(0, 2).join('---\n') + '---\n\n  \n', 'b.md');
    expect(empty).toEqual({ ok: false, errors: ['article b.md: body must not be empty'] });
  });
});

describe('countWords', () => {
  it('counts words and not markdown markers', () => {
    expect(countWords('## The cap\n\n- **Pay in 4:** four instalments, £6 fee.\n1. done')).toBe(10);
  });

  it('is zero for empty or marker-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('## - ** ---')).toBe(0);
  });
});
