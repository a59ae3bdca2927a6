import { describe, expect, it } from 'vitest';
import { chooseColumns } from './csv-columns.js';

describe('chooseColumns', () => {
  it('prefers category, then intent, then label', () => {
    expect(chooseColumns(['text', 'category'])).toEqual({ ok: true, textColumn: 'text', labelColumn: 'category' });
    expect(chooseColumns(['text', 'intent', 'split'])).toEqual({ ok: true, textColumn: 'text', labelColumn: 'intent' });
    expect(chooseColumns(['label', 'text'])).toEqual({ ok: true, textColumn: 'text', labelColumn: 'label' });
    expect(chooseColumns(['text', 'label', 'category', 'intent'])).toMatchObject({ labelColumn: 'category' });
  });

  it('uses the requested columns when given', () => {
    expect(chooseColumns(['instruction', 'intent', 'category'], { textColumn: 'instruction', labelColumn: 'intent' })).toEqual({
      ok: true,
      textColumn: 'instruction',
      labelColumn: 'intent',
    });
  });

  it('reports a missing text or label column', () => {
    expect(chooseColumns(['utterance', 'intent'])).toMatchObject({ ok: false, code: 'missing-text-column' });
    expect(chooseColumns(['text', 'split'])).toMatchObject({ ok: false, code: 'missing-label-column' });
    expect(chooseColumns(['text', 'intent'], { labelColumn: 'topic' })).toMatchObject({ ok: false, code: 'missing-label-column' });
  });
});
