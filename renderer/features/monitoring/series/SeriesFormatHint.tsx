/** What a metrics file must hold, with an example a user can copy (shown before a file is chosen). */
export function SeriesFormatHint({ open }: { open: boolean }) {
  return (
    <details className="hint series-hint" open={open}>
      <summary>Expected format</summary>
      <p>
        A CSV file with a header row, or a JSON array of objects. One row per value: a <strong>time</strong> (ISO 8601 such as <code>2024-06-01T12:00:00Z</code> or{' '}
        <code>2024-06-01</code>, or a Unix timestamp in seconds or milliseconds), the <strong>value</strong> (a number), and optionally the <strong>metric</strong>{' '}
        name and a <strong>segment</strong> (region, cohort). The columns are found by their names and values; you can change the choice.
      </p>
      <pre aria-label="Example file">{`timestamp,metric,value,segment
2024-06-01T00:00:00Z,accuracy,0.93,eu
2024-06-02T00:00:00Z,accuracy,0.91,eu`}</pre>
    </details>
  );
}
