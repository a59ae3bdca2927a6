/** A spinner; with a label it is a status for screen readers, without one it is decoration. */
export function Spinner({ label = 'Loading' }: { label?: string }) {
  if (!label) return <span className="spinner" aria-hidden="true" />;
  return (
    <span role="status">
      <span className="spinner" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
