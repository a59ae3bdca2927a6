import { toolsByName } from '../backoffice/tools/catalogue.js';
import type { ToolMode } from '../backoffice/tools/definition.js';
import type { Principal } from '../domain/auth/access.js';
import { AppError, forbidden } from './errors.js';
import type { Clock, ToolPolicyRepository } from './ports.js';
import { currentToolPolicy } from './run-tool.js';

const mayManage = (p: Principal) => p.kind === 'admin' || (p.kind === 'agent' && p.role === 'supervisor');

/** The tool policy as data: each tool with its mode, description and kind, for the console and the API. */
export async function getToolPolicy(deps: { policy: ToolPolicyRepository }, input: { principal: Principal }) {
  if (!mayManage(input.principal)) throw forbidden('only supervisors and the admin key read the tool policy');
  const modes = await currentToolPolicy(deps.policy);
  return [...toolsByName.values()].map((t) => ({ tool: t.name, kind: t.kind, description: t.description, mode: modes[t.name] ?? 'human_only' }));
}

export async function setToolPolicy(
  deps: { policy: ToolPolicyRepository; clock: Clock },
  input: { principal: Principal; tool: string; mode: ToolMode },
) {
  if (!mayManage(input.principal)) throw forbidden('only supervisors and the admin key change the tool policy');
  const tool = toolsByName.get(input.tool);
  if (!tool) throw new AppError('not_found', `tool: no tool named "${input.tool}"`, 'tool');
  // Reads are harmless and actions need at least a confirmation: an action may never be made AI-silent.
  if (tool.kind === 'act' && input.mode === 'ai') {
    throw new AppError('validation_failed', 'mode: an action needs the customer’s confirmation at least ("confirm" or "human_only")', 'mode');
  }
  const by = input.principal.kind === 'agent' ? `agent:${input.principal.agentId}` : 'admin';
  await deps.policy.set(tool.name, input.mode, by, deps.clock.now());
  return getToolPolicy(deps, { principal: input.principal });
}
