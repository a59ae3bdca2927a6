import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-errors.js';

export type FlagValues = Record<string, string | boolean | undefined>;

/** Strict flag parsing: an unknown flag or a flag without its value is a usage error naming it. */
export function parseFlags(argv: string[], numberFlags: readonly string[], booleanFlags: readonly string[] = [], stringFlags: readonly string[] = []): FlagValues {
  const options: Record<string, { type: 'string' | 'boolean' }> = { json: { type: 'boolean' } };
  for (const name of [...numberFlags, ...stringFlags]) options[name] = { type: 'string' };
  for (const name of booleanFlags) options[name] = { type: 'boolean' };
  // "--utc-offset-minutes -300": a negative number after a value flag is its value, not another flag.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] ?? '';
    const next = argv[i + 1];
    const flag = token.startsWith('--') ? options[token.slice(2)] : undefined;
    if (flag?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      args.push(`${token}=${next}`);
      i += 1;
    } else args.push(token);
  }
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as FlagValues;
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The flag as a number; undefined when absent. */
export function numberFlag(values: FlagValues, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) throw new CliUsageError(`--${name} must be a number (got '${String(raw)}')`);
  return value;
}

export function requiredNumberFlag(values: FlagValues, name: string): number {
  const value = numberFlag(values, name);
  if (value === undefined) throw new CliUsageError(`--${name} is required`);
  return value;
}

export function numberFlagOr(values: FlagValues, name: string, fallback: number): number {
  return numberFlag(values, name) ?? fallback;
}

/** A whole number within bounds, for grid and horizon flags. */
export function integerFlagOr(values: FlagValues, name: string, fallback: number, min: number, max: number): number {
  const value = numberFlag(values, name) ?? fallback;
  if (!Number.isInteger(value) || value < min || value > max) throw new CliUsageError(`--${name} must be a whole number from ${min} to ${max} (got ${value})`);
  return value;
}

/** `targetServiceLevel` → `--target-service-level`, so domain messages name the flag the user typed. */
export const flagOf = (field: string): string => `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function renameFields(message: string, fields: readonly string[]): string {
  return fields.reduce((text, field) => text.replace(new RegExp(`\\b${field}\\b`, 'g'), flagOf(field)), message);
}
