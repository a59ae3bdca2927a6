import { useCallback, useMemo, useState } from 'react';
import { sessionValue } from '../client/index.js';

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The conversations open side by side, kept for the tab's life so a reload restores them. */
export function useOpenChats(agentId: string): { ids: string[]; open: (id: string) => void; close: (id: string) => void } {
  const store = useMemo(() => sessionValue(`tandem.agent.${agentId}.open`, isIdList), [agentId]);
  const [ids, setIds] = useState<string[]>(() => store.read() ?? []);

  const update = useCallback(
    (change: (current: string[]) => string[]) =>
      setIds((current) => {
        const next = change(current);
        store.write(next);
        return next;
      }),
    [store],
  );

  const open = useCallback((id: string) => update((current) => (current.includes(id) ? current : [...current, id])), [update]);
  const close = useCallback((id: string) => update((current) => current.filter((x) => x !== id)), [update]);
  return { ids, open, close };
}
