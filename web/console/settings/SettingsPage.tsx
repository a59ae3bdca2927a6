import type { ApiClient } from '../../client/index.js';
import { FairnessCard } from './FairnessCard.js';
import { FloorsCard } from './FloorsCard.js';
import { PayRatesCard } from './PayRatesCard.js';
import { ToolPolicyCard } from './ToolPolicyCard.js';

/** Policy (what the assistant may do, the quality floors it is held to) and pay (how fairly the pool is paid). */
export function SettingsPage({ api }: { api: ApiClient }) {
  return (
    <>
      <ToolPolicyCard api={api} />
      <FloorsCard api={api} />
      <FairnessCard api={api} />
      <PayRatesCard api={api} />
    </>
  );
}
