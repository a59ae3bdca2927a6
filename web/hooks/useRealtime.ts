import { useEffect, useRef, useState } from 'react';
import { RealtimeClient, defaultSocketUrl, type ConnectionStatus } from '../client/index.js';

/**
 * One RealtimeClient for the life of the component (the app), and its connection status as state.
 * `getToken` and `onUnauthorized` are read through refs so callers may pass fresh closures each render.
 */
export function useRealtime(getToken: () => string | null, onUnauthorized?: () => void): { realtime: RealtimeClient; status: ConnectionStatus } {
  const tokenRef = useRef(getToken);
  const unauthorizedRef = useRef(onUnauthorized);
  tokenRef.current = getToken;
  unauthorizedRef.current = onUnauthorized;
  const [realtime] = useState(
    () => new RealtimeClient({ url: defaultSocketUrl(), getToken: () => tokenRef.current(), onUnauthorized: () => unauthorizedRef.current?.() }),
  );
  const [status, setStatus] = useState<ConnectionStatus>(realtime.status);
  useEffect(() => realtime.onStatus(setStatus), [realtime]);
  useEffect(() => {
    realtime.start();
    return () => realtime.close();
  }, [realtime]);
  return { realtime, status };
}
