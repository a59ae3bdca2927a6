import type { ApiClient } from '../../client/index.js';
import { Card } from '../../ui/index.js';
import { FairnessCard } from './FairnessCard.js';
import { FloorsCard } from './FloorsCard.js';
import { ToolPolicyCard } from './ToolPolicyCard.js';

/** Policy (what the assistant may do, the quality floors it is held to) and pay (how fairly the pool is paid). */
export function SettingsPage({ api }: { api: ApiClient }) {
  return (
    <>
      <ToolPolicyCard api={api} />
      <FloorsCard api={api} />
      <FairnessCard api={api} />
      <Card title="Pay rates">
        <p className="small muted">
          Pay rates (per conversation, standby per hour, surge bonus, the hourly floor, release notice) are the server's built-in defaults; there is no endpoint to read or
          change them yet. Each agent's pay is in their statement, and the figures above show how fairly it falls.
        </p>
      </Card>
    </>
  );
}
