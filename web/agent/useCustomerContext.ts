import { useCallback, useEffect, useState } from 'react';
import { describeError, isApiError, type ApiClient, type CustomerContext } from '../client/index.js';

export type CustomerContextHandle = {
  context: CustomerContext | null;
  loading: boolean;
  error: string | null;
  /** The customer has no account in the back office (e.g. an anonymous visitor). */
  noAccount: boolean;
  reload: () => Promise<void>;
};

/**
 * The customer's account for the person handling the conversation. Read once when it becomes readable and
 * again on request or after an action: every read is written to the tool audit, so it is not polled.
 */
export function useCustomerContext(api: ApiClient, conversationId: string, enabled: boolean): CustomerContextHandle {
  const [context, setContext] = useState<CustomerContext | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noAccount, setNoAccount] = useState(false);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setContext(await api.getCustomerContext(conversationId));
      setError(null);
      setNoAccount(false);
    } catch (caught) {
      if (isApiError(caught, 'not_found')) setNoAccount(true);
      else setError(describeError(caught));
    } finally {
      setLoading(false);
    }
  }, [api, conversationId]);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);

  return { context, loading, error, noAccount, reload };
}
