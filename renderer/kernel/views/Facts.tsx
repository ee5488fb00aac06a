import type { ReactNode } from 'react';

/** Name/value pairs as a description list (a card's metric, owner, dataset …); the class lays them out. */
export function Facts({ facts, className }: { facts: readonly (readonly [term: string, value: ReactNode])[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
