import { useId } from 'react';
import type { Presence } from '../client/index.js';

const choices: { value: Presence; label: string; hint: string }[] = [
  { value: 'available', label: 'Online', hint: 'Offers come to you' },
  { value: 'away', label: 'Away', hint: 'Keep your chats, no new offers' },
  { value: 'offline', label: 'Offline', hint: 'Done for now' },
];

export const presenceLabel = (presence: Presence): string => choices.find((c) => c.value === presence)?.label ?? presence;

type PresenceSwitchProps = { presence: Presence | null; busy: boolean; onChange: (presence: Presence) => void };

/** Online / Away / Offline as one radio group: arrow keys move between them, as in any radio group. */
export function PresenceSwitch({ presence, busy, onChange }: PresenceSwitchProps) {
  const name = useId();
  return (
    <fieldset className="presence" aria-busy={busy || undefined} disabled={presence === null}>
      <legend>Your status</legend>
      <div className="presence-options">
        {choices.map((choice) => (
          <label key={choice.value} className={`presence-option presence-${choice.value}`}>
            <input type="radio" name={name} value={choice.value} checked={presence === choice.value} disabled={busy} onChange={() => onChange(choice.value)} />
            <span className="presence-dot" aria-hidden="true" />
            <span>
              <span className="presence-label">{choice.label}</span>
              <span className="presence-hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
