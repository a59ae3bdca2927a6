import { useEffect, useRef } from 'react';

/**
 * Runs `task` now and then every `intervalMs` while mounted, never two at once, and pauses while the tab is
 * hidden (no point refreshing what nobody sees). Changing `key` restarts it at once.
 */
export function usePolling(task: () => Promise<void>, intervalMs: number, key: unknown = null): void {
  const taskRef = useRef(task);
  taskRef.current = task;
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = async () => {
      if (stopped) return;
      if (document.visibilityState !== 'hidden') await taskRef.current().catch(() => undefined);
      if (!stopped) timer = setTimeout(tick, intervalMs);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [intervalMs, key]);
}
