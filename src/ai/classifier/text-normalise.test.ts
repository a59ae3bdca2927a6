import { describe, expect, it } from 'vitest';
import { NUMBER_TOKEN, normaliseText, stem, tokenise } from './text-normalise.js';

describe('normaliseText', () => {
  it('lowercases, strips accents and joins contractions', () => {
    expect(normaliseText("Café CAN'T Pay")).toBe('cafe cant pay');
    expect(normaliseText('I don’t know')).toBe('i dont know');
  });
});

describe('tokenise', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(tokenise('where is my card?!  (top-up)')).toEqual(['where', 'is', 'my', 'card', 'top', 'up']);
  });

  it('maps every digit run to the number token', () => {
    expect(tokenise('paid 25 on 12 03')).toEqual(['paid', NUMBER_TOKEN, 'on', NUMBER_TOKEN, NUMBER_TOKEN]);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenise('?!...')).toEqual([]);
  });
});

describe('stem', () => {
  it('merges common inflections of the same word', () => {
    expect(stem('cards')).toBe(stem('card'));
    expect(stem('charged')).toBe(stem('charge'));
    expect(stem('charging')).toBe(stem('charge'));
    expect(stem('topping')).toBe('top');
    expect(stem('payments')).toBe('payment');
    expect(stem('identities')).toBe('identity');
  });

  it('leaves short words and -ss words alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('was')).toBe('was');
    expect(stem('address')).toBe('address');
  });
});
