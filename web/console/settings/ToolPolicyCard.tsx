import { useState } from 'react';
import { describeError, type ApiClient, type ToolPolicyEntry } from '../../client/index.js';
import { useResource } from '../../hooks/index.js';
import { Badge, Banner, Card, ResourceState, SelectField } from '../../ui/index.js';

const modes: { value: ToolPolicyEntry['mode']; label: string }[] = [
  { value: 'ai', label: 'Assistant runs it' },
  { value: 'confirm', label: 'Customer confirms first' },
  { value: 'human_only', label: 'People only' },
];

/** An action (it changes the account) always needs at least the customer's confirmation: the server refuses less. */
const modesFor = (entry: ToolPolicyEntry) => (entry.kind === 'act' ? modes.filter((m) => m.value !== 'ai') : modes);

/** Which back-office tools the assistant may run alone, after the customer confirms, or never. */
export function ToolPolicyCard({ api }: { api: ApiClient }) {
  const policy = useResource(() => api.getToolPolicy(), [api]);
  const [saved, setSaved] = useState<ToolPolicyEntry[] | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const tools = saved ?? policy.data;

  const change = async (tool: string, mode: ToolPolicyEntry['mode']) => {
    try {
      setSaved(await api.setToolMode(tool, mode));
      setStatus({ tone: 'success', text: `${tool.replaceAll('_', ' ')}: ${modes.find((m) => m.value === mode)?.label.toLowerCase()}.` });
    } catch (caught) {
      setStatus({ tone: 'danger', text: describeError(caught) });
    }
  };

  return (
    <Card title="Assistant tool policy">
      <ResourceState resource={policy} endpoint="GET /v1/admin/tool-policy" label="the tool policy">
        {status ? <Banner tone={status.tone} role={status.tone === 'danger' ? 'alert' : 'status'}>{status.text}</Banner> : null}
        {tools ? (
          <table className="table">
            <caption className="visually-hidden">Back-office tools and who may run them</caption>
            <thead>
              <tr>
                <th scope="col">Tool</th>
                <th scope="col">What it does</th>
                <th scope="col">Mode</th>
              </tr>
            </thead>
            <tbody>
              {tools.map((t) => (
                <tr key={t.tool}>
                  <td data-label="Tool">
                    <span className="mono">{t.tool}</span> <Badge tone={t.kind === 'act' ? 'warning' : 'neutral'}>{t.kind === 'act' ? 'acts' : 'reads'}</Badge>
                  </td>
                  <td data-label="What it does" className="small">
                    {t.description}
                  </td>
                  <td data-label="Mode">
                    <SelectField className="policy-mode" label={`Mode of ${t.tool}`} hideLabel options={modesFor(t)} value={t.mode} onChange={(e) => void change(t.tool, e.target.value as ToolPolicyEntry['mode'])} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </ResourceState>
    </Card>
  );
}
