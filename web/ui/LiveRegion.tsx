/**
 * Text for screen readers only, announced when it changes. Keep it mounted and change its text: a region that
 * appears together with its content is often not announced.
 */
export function LiveRegion({ text, politeness = 'polite' }: { text: string; politeness?: 'polite' | 'assertive' }) {
  return (
    <div className="visually-hidden" aria-live={politeness} aria-atomic="true">
      {text}
    </div>
  );
}
