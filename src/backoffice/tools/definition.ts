import type { z } from 'zod';
import type { BackOffice, BoResult } from '../back-office.js';

/**
 * A tool: typed, zod-validated, with a description an LLM can use. `kind: 'act'` tools change something
 * and are idempotent by key; `read` tools only look. `run` always acts as one customer.
 */
export type ToolDefinition<I extends z.ZodType = z.ZodType> = {
  name: string;
  description: string;
  kind: 'read' | 'act';
  input: I;
  run(backOffice: BackOffice, customerId: string, input: z.infer<I>): Promise<BoResult<unknown>>;
};

export const defineTool = <I extends z.ZodType>(tool: ToolDefinition<I>): ToolDefinition<I> => tool;

/** How a tool may be used. `ai`: the assistant may run it on its own; `confirm`: only after the customer
 *  explicitly agreed in this conversation; `human_only`: only an agent may run it. */
export const toolModes = ['ai', 'confirm', 'human_only'] as const;
export type ToolMode = (typeof toolModes)[number];
