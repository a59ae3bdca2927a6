import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isMissingEndpoint } from '../client/index.js';

export type Resource<T> = {
  data: T | null;
  error: string | null;
  /** The server has no such endpoint (an older server, or a feature not switched on). */
  missing: boolean;
  loading: boolean;
  reload: () => Promise<void>;
};

/**
 * Data a page reads once (and again on `reload`, or every `refreshMs` when given). The last good data stays
 * on screen while a reload runs or fails.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[], refreshMs?: number): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [loading, setLoading] = useState(true);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setData(await loadRef.current());
      setError(null);
      setMissing(false);
    } catch (caught) {
      if (isMissingEndpoint(caught)) setMissing(true);
      else setError(describeError(caught));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
    if (!refreshMs) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void reload();
    }, refreshMs);
    return () => clearInterval(timer);
  }, [reload, refreshMs, ...deps]);

  return { data, error, missing, loading, reload };
}
