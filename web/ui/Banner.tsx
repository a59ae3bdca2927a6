import type { ReactNode } from 'react';

/** A message strip. `alert` interrupts a screen reader (errors); `status` waits its turn. */
export function Banner({ tone = 'info', role = 'status', children }: { tone?: 'info' | 'warning' | 'danger' | 'success'; role?: 'status' | 'alert'; children: ReactNode }) {
  return (
    <div className={`banner banner-${tone}`} role={role}>
      {children}
    </div>
  );
}
