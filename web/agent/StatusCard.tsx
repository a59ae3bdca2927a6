import type { AgentProfile, Presence } from '../client/index.js';
import { Badge, Banner, Card, Spinner } from '../ui/index.js';
import { PresenceSwitch } from './PresenceSwitch.js';

const tierLabel: Record<AgentProfile['tier'], string> = { probation: 'Probation', standard: 'Standard', expert: 'Expert' };

type StatusCardProps = { profile: AgentProfile | null; busy: boolean; markedAway: boolean; onChange: (presence: Presence) => void };

/** Presence, and what the dispatcher knows of this agent: load against capacity, tier, quality score. */
export function StatusCard({ profile, busy, markedAway, onChange }: StatusCardProps) {
  return (
    <Card title="Status" level={2}>
      <PresenceSwitch presence={profile?.presence ?? null} busy={busy} onChange={onChange} />
      {markedAway ? (
        <Banner tone="warning" role="alert">
          You were set to Away: this workspace was not heard from for a while. Go online to receive offers again.
        </Banner>
      ) : null}
      {profile ? (
        <p className="small status-line">
          <span>
            Chats: <strong>{profile.assigned}</strong> of {profile.capacity}
          </span>
          <Badge>{tierLabel[profile.tier]}</Badge>
          <span className="muted">Quality {Math.round(profile.qualityScore * 100)}%</span>
        </p>
      ) : (
        <Spinner label="Loading your workspace" />
      )}
    </Card>
  );
}
