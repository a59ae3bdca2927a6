import type { ReactNode } from 'react';
import { Banner } from './Banner.js';
import { Spinner } from './Spinner.js';

type ResourceStateProps = {
  resource: { data: unknown; error: string | null; missing: boolean };
  /** What the page needs, for the "not available" note, e.g. "GET /v1/agent/quality". */
  endpoint: string;
  label: string;
  children: ReactNode;
};

/** Loading, failed, or not on this server: every data page says which, the same way. */
export function ResourceState({ resource, endpoint, label, children }: ResourceStateProps) {
  if (resource.missing) {
    return (
      <Banner tone="info">
        Not available on this server yet: it needs <code>{endpoint}</code>.
      </Banner>
    );
  }
  return (
    <>
      {resource.error ? <Banner tone="danger" role="alert">{resource.error}</Banner> : null}
      {resource.data === null && !resource.error ? <Spinner label={`Loading ${label}`} /> : null}
      {resource.data !== null ? children : null}
    </>
  );
}
