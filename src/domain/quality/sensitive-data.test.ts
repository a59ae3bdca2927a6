import { describe, expect, it } from 'vitest';
import { findSensitiveData, luhnValid } from './sensitive-data.js';

const kinds = (text: string) => findSensitiveData(text).map((h) => h.kind);

describe('luhnValid', () => {
  it('accepts valid test numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
});

describe('findSensitiveData', () => {
  it('finds card numbers with spaces or dashes and masks them', () => {
    expect(findSensitiveData('card 4111 1111 1111 1111 please')).toEqual([
      { kind: 'card_number', start: 5, end: 24, masked: '…1111' },
    ]);
    expect(kinds('Amex 3782-822463-10005')).toEqual(['card_number']);
    expect(kinds('5555555555554444')).toEqual(['card_number']);
  });

  it('finds a card followed by its expiry date', () => {
    expect(kinds('4111 1111 1111 1111 12 26')).toEqual(['card_number']);
  });

  it('ignores numbers that fail Luhn, are too short, or start like no card network', () => {
    expect(kinds('order 4111 1111 1111 1112')).toEqual([]);
    expect(kinds('call 0800 123 4567')).toEqual([]);
    expect(kinds('reference 1234567812345670')).toEqual([]); // passes Luhn but starts with 1
    expect(kinds('£12.50 on 2024-05-02')).toEqual([]);
  });

  it('finds valid IBANs only', () => {
    expect(kinds('my iban is GB82 WEST 1234 5698 7654 32')).toEqual(['iban']);
    expect(kinds('DE89370400440532013000')).toEqual(['iban']);
    expect(kinds('GB82 WEST 1234 5698 7654 33')).toEqual([]);
  });

  it('finds a UK sort code with an account number', () => {
    expect(kinds('sort code 20-00-00 account 12345678')).toEqual(['uk_bank_account']);
    expect(kinds('acc 12345678, sort 20-00-00')).toEqual(['uk_bank_account']);
    expect(kinds('Sort code: 200000 acct 12345678')).toEqual(['uk_bank_account']);
    expect(kinds('account 12345678')).toEqual([]);
  });

  it('finds UK national insurance numbers and US social security numbers', () => {
    expect(kinds('NI number JG 10 37 27 B')).toEqual(['uk_national_insurance_number']);
    // QQ is the prefix used in examples and never issued.
    expect(kinds('NI number QQ 12 34 56 C')).toEqual([]);
    expect(kinds('ab123456c')).toEqual(['uk_national_insurance_number']);
    expect(kinds('GB123456A')).toEqual([]);
    expect(kinds('ssn 123-45-6789')).toEqual(['us_ssn']);
    expect(kinds('ssn 666-45-6789')).toEqual([]);
  });
});
