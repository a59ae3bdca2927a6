import { describe, expect, it } from 'vitest';
import type { AgentOverview } from '../../web/client/index.js';
import { heartbeatAgo, loadSummary, onShift, presenceLabel, tierLabel } from '../../web/console/agents-view.js';
import { consolePath, parseConsolePath } from '../../web/console/useConsoleRoute.js';

/** How the console's Agents page and live view describe an agent. */
const NOW = Date.UTC(2026, 10, 25, 12);
const agent = (id: string, over: Partial<AgentOverview>): AgentOverview =>
  ({ id, name: id, presence: 'offline', load: 0, assigned: 0, capacity: 2, lastSeenAt: null, tier: 'standard', ...over }) as AgentOverview;

describe('agents view', () => {
  it('says how long ago the last heartbeat was, and "never" without one', () => {
    expect(heartbeatAgo(null, NOW)).toBe('never');
    expect(heartbeatAgo(NOW - 3_000, NOW)).toBe('just now');
    expect(heartbeatAgo(NOW + 2_000, NOW)).toBe('just now'); // a clock a little ahead is not "in the future"
    expect(heartbeatAgo(NOW - 45_000, NOW)).toBe('45 s ago');
    expect(heartbeatAgo(NOW - 3 * 60_000 - 59_000, NOW)).toBe('3 min ago');
    expect(heartbeatAgo(NOW - 5 * 3_600_000, NOW)).toBe('5 h ago');
    expect(heartbeatAgo(NOW - 4 * 86_400_000, NOW)).toBe('4 days ago');
  });

  it('shows load against capacity and what fills it', () => {
    expect(loadSummary({ load: 0, assigned: 0, capacity: 3 })).toEqual({ ratio: '0 / 3', detail: '0 chats' });
    expect(loadSummary({ load: 2, assigned: 1, capacity: 2 })).toEqual({ ratio: '2 / 2', detail: '1 chat, 1 offer' });
    expect(loadSummary({ load: 3, assigned: 0, capacity: 3 })).toEqual({ ratio: '3 / 3', detail: '0 chats, 3 offers' });
  });

  it('the live view keeps agents online or away, and offline ones still holding work', () => {
    const kept = onShift([
      agent('a', { presence: 'available' }),
      agent('b', { presence: 'away' }),
      agent('c', { presence: 'offline', load: 1, assigned: 1 }),
      agent('d', { presence: 'offline' }),
    ]);
    expect(kept.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect([presenceLabel('available'), presenceLabel('away'), presenceLabel('offline')]).toEqual(['Online', 'Away', 'Offline']);
    expect(tierLabel('probation')).toBe('Probation');
  });

  it('has its own console path', () => {
    expect(consolePath({ page: 'agents' })).toBe('/console/agents');
    expect(parseConsolePath('/console/agents/')).toEqual({ page: 'agents' });
  });
});
