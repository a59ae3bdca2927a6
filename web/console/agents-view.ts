import type { AgentOverview, Presence } from '../client/index.js';
import type { BadgeTone } from '../ui/index.js';

/** How the console shows an agent's presence, heartbeat and load (pure, so the logic tests can check it). */
const presence: Record<Presence, { label: string; tone: BadgeTone }> = {
  available: { label: 'Online', tone: 'success' },
  away: { label: 'Away', tone: 'warning' },
  offline: { label: 'Offline', tone: 'neutral' },
};

export const presenceLabel = (p: Presence): string => presence[p].label;
export const presenceTone = (p: Presence): BadgeTone => presence[p].tone;

export const presenceOptions = [
  { value: '', label: 'Everyone' },
  { value: 'available', label: 'Online' },
  { value: 'away', label: 'Away' },
  { value: 'offline', label: 'Offline' },
] as const;

export const tierLabel = (tier: AgentOverview['tier']): string => tier.charAt(0).toUpperCase() + tier.slice(1);

/** "never", "just now", "45 s ago", "3 min ago", "2 h ago", "4 days ago". */
export function heartbeatAgo(lastSeenAt: number | null, nowMs: number): string {
  if (lastSeenAt === null) return 'never';
  const seconds = Math.max(0, Math.floor((nowMs - lastSeenAt) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

/** "2 / 3", and what fills the slots: chats and offers still open. */
export function loadSummary(agent: Pick<AgentOverview, 'load' | 'assigned' | 'capacity'>): { ratio: string; detail: string } {
  const offers = Math.max(0, agent.load - agent.assigned);
  const parts = [`${agent.assigned} ${agent.assigned === 1 ? 'chat' : 'chats'}`, ...(offers > 0 ? [`${offers} ${offers === 1 ? 'offer' : 'offers'}`] : [])];
  return { ratio: `${agent.load} / ${agent.capacity}`, detail: parts.join(', ') };
}

/** Agents the live view lists: everyone online or away, and anyone offline who still holds work. */
export const onShift = (agents: AgentOverview[]): AgentOverview[] => agents.filter((a) => a.presence !== 'offline' || a.load > 0);
