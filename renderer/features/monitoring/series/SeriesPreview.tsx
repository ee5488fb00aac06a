import type { Monitor } from '@shared/domain';
import type { ParsedSeriesPoint, SeriesParseResult } from '@shared/monitoring';
import { formatValue } from '../monitoring-format';

const PREVIEW_ROWS = 8;
const PROBLEMS_SHOWN = 20;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The first rows that will be imported, and the rows that will be skipped, by line. */
export function SeriesPreview({ monitor, points, problems }: { monitor: Monitor; points: readonly ParsedSeriesPoint[]; problems: SeriesParseResult['problems'] }) {
  return (
    <>
      <p className="preview-count" role="status">
        {plural(points.length, 'value')} ready
        {problems.length ? `, ${plural(problems.length, 'row')} skipped` : ''}
      </p>
      <table className="data-table">
        <caption className="sr-only">First rows to import</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">Metric</th>
            <th scope="col">Segment</th>
          </tr>
        </thead>
        <tbody>
          {points.slice(0, PREVIEW_ROWS).map((p, i) => (
            <tr key={i}>
              <td>{p.timestamp.replace('T', ' ').slice(0, 16)}</td>
              <td className="num">{formatValue(p.value)}</td>
              <td>{p.metric ?? monitor.metric}</td>
              <td>{p.segment ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {points.length > PREVIEW_ROWS && <p className="muted">… and {points.length - PREVIEW_ROWS} more.</p>}
      {problems.length > 0 && (
        <div className="warning">
          <strong>Skipped rows</strong>
          <ul className="problem-list" aria-label="Problems">
            {problems.slice(0, PROBLEMS_SHOWN).map((p) => (
              <li key={p.line}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
          {problems.length > PROBLEMS_SHOWN && <p>… and {problems.length - PROBLEMS_SHOWN} more.</p>}
        </div>
      )}
    </>
  );
}
