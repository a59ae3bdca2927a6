import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './scenario.js';

/**
 * Scenario text (YAML or JSON; JSON is YAML too, but a .json file gets JSON's stricter parser and
 * its error positions) to a validated Scenario, or every problem at once as "path: problem" lines,
 * e.g. `agents.pools[1].concurrency: must be between 1 and 4`. Pure: reading the file is the CLI's job.
 */
export type ScenarioParse = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export function parseScenarioText(text: string, format: 'yaml' | 'json' = 'yaml'): ScenarioParse {
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) return { ok: false, errors: [`not valid YAML: ${error.message}`] };
    if (error instanceof SyntaxError) return { ok: false, errors: [`not valid JSON: ${error.message}`] };
    throw error;
  }
  return validateScenario(data);
}

export function validateScenario(data: unknown): ScenarioParse {
  const result = scenarioSchema.safeParse(data, { reportInput: true });
  return result.success ? { ok: true, scenario: result.data } : { ok: false, errors: formatIssues(result.error.issues) };
}

/** Like validateScenario, for code that builds scenarios: throws a RangeError listing the problems. */
export function scenarioFrom(data: unknown): Scenario {
  const parsed = validateScenario(data);
  if (!parsed.ok) throw new RangeError(`invalid scenario:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.scenario;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(scenario)' : out;
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatPath([...issue.path, key])}: unknown field (check the spelling)`);
    }
    return [`${formatPath(issue.path)}: ${describe(issue)}`];
  });
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `must be ${article(issue.expected)}, got ${typeName(issue.input)}`;
    case 'invalid_union':
    {
      // A discriminated union names its allowed tags; zod 4 puts them on the issue, untyped.
      const options = (issue as { options?: unknown }).options;
      return Array.isArray(options) ? `must be one of ${options.map((o) => JSON.stringify(o)).join(', ')}` : issue.message;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.message.startsWith('Too small') ? `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}` : issue.message;
    case 'too_big':
      return issue.message.startsWith('Too big') ? `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}

const article = (expected: string) => (/^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`);

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
