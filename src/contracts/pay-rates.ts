import { z } from 'zod';
import { PAY_RATE_FIELDS, PAY_RATE_LIMITS, type PayRateField } from '../domain/workforce/pay-rate-settings.js';

/**
 * Pay rates as an admin setting. One flat record, every field required on PUT (the whole rate card is
 * replaced at once); amounts are integer minor units of `currency`, multipliers basis points (10000 = ×1).
 */
const fieldSchema = (field: PayRateField) => {
  const { min, max, whole } = PAY_RATE_LIMITS[field];
  const base = whole ? z.number().int('must be a whole number') : z.number();
  return base.min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);
};

const fields = Object.fromEntries(PAY_RATE_FIELDS.map((f) => [f, fieldSchema(f)])) as Record<PayRateField, z.ZodNumber>;

export const payRatesBody = z.strictObject(fields);

export const payRatesResponse = z.object({
  currency: z.string(),
  settings: z.object(fields),
  /** The configured defaults, for comparison and for "reset". */
  defaults: z.object(fields),
  updatedBy: z.string().nullable(),
  updatedAt: z.number().nullable(),
});
