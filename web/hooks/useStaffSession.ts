import { useCallback, useMemo, useState } from 'react';
import { ApiClient, staffSessionStore, toStaffSession, tokenUsable, type StaffSession } from '../client/index.js';

export type StaffSessionHandle = {
  session: StaffSession | null;
  api: ApiClient;
  login: (email: string, password: string) => Promise<StaffSession>;
  logout: () => void;
};

/** The signed-in agent or supervisor of one app, kept for the tab's life; an expired or refused token logs out. */
export function useStaffSession(app: 'agent' | 'console'): StaffSessionHandle {
  const store = useMemo(() => staffSessionStore(app), [app]);
  const [session, setSession] = useState<StaffSession | null>(() => {
    const stored = store.read();
    return stored && tokenUsable(stored, Date.now()) ? stored : null;
  });

  const logout = useCallback(() => {
    store.clear();
    setSession(null);
  }, [store]);

  const api = useMemo(() => new ApiClient({ getToken: () => store.read()?.token ?? null, onUnauthorized: logout }), [store, logout]);

  const login = useCallback(
    async (email: string, password: string) => {
      const next = toStaffSession(await api.loginStaff(email, password), Date.now());
      store.write(next);
      setSession(next);
      return next;
    },
    [api, store],
  );

  return { session, api, login, logout };
}
