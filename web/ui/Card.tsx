import { useId, type ReactNode } from 'react';

export type CardProps = {
  title?: ReactNode;
  /** Heading level of the title, to keep the page outline right where the card sits. */
  level?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled section; the title labels the region for screen readers. */
export function Card({ title, level = 2, actions, className, children }: CardProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={title ? id : undefined}>
      {title || actions ? (
        <div className="card-title">
          {title ? <Heading id={id}>{title}</Heading> : <span />}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
