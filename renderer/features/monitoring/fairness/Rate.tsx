import { formatValue } from '../monitoring-format';

/** A rate a group cannot have is "n/a", never 0. */
export function Rate({ value }: { value: number | null }) {
  if (value === null) {
    return (
      <span className="na" title="Undefined for this group">
        n/a
      </span>
    );
  }
  return <>{formatValue(value)}</>;
}
