import type { FairnessResult } from '@shared/monitoring';
import { formatValue } from '../monitoring-format';
import { FairnessRatesChart } from './FairnessRatesChart';
import { Rate } from './Rate';

/** Per-group rates and the between-group gaps, as Fairlearn defines them. */
export function FairnessResultView({ result, limit }: { result: FairnessResult; limit: number }) {
  const metric = (label: string, value: number | null, gap: boolean) => (
    <div className={`stat ${gap && value !== null && value > limit ? 'over' : ''}`}>
      <span className="stat-value">
        <Rate value={value} />
      </span>
      <span className="stat-label">
        {label}
        {gap && value !== null && value > limit ? ` — over the ${limit} limit` : ''}
      </span>
    </div>
  );
  return (
    <>
      <div className="fair-metrics" aria-label="Fairness metrics">
        {metric('Demographic parity difference', result.demographicParityDifference, true)}
        {metric('Demographic parity ratio', result.demographicParityRatio, false)}
        {metric('Equalized odds difference', result.equalizedOddsDifference, true)}
        {metric('Equalized odds ratio', result.equalizedOddsRatio, false)}
        {metric('Equal opportunity difference', result.equalOpportunityDifference, false)}
      </div>
      <figure className="fair-chart-figure">
        <FairnessRatesChart result={result} limit={limit} />
        <figcaption className="muted">Shaded: the parity band, as wide as the gap limit ({limit}) and centred between the lowest and highest group. A red dot lies outside it: that rate's gap is over the limit.</figcaption>
      </figure>
      <table className="data-table rates-table">
        <caption>Rates per group</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col" className="num">
              n
            </th>
            <th scope="col" className="num">
              Selection rate
            </th>
            <th scope="col" className="num">
              TPR
            </th>
            <th scope="col" className="num">
              FPR
            </th>
            <th scope="col" className="num">
              Precision
            </th>
            <th scope="col" className="num">
              Accuracy
            </th>
          </tr>
        </thead>
        <tbody>
          {result.groups.map((g) => (
            <tr key={g.group}>
              <th scope="row">{g.group}</th>
              <td className="num">{g.n}</td>
              <td className="num">{formatValue(g.selectionRate)}</td>
              <td className="num">
                <Rate value={g.tpr} />
              </td>
              <td className="num">
                <Rate value={g.fpr} />
              </td>
              <td className="num">
                <Rate value={g.precision} />
              </td>
              <td className="num">{formatValue(g.accuracy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.warnings.length > 0 && (
        <div className="warning" role="note" aria-label="Warnings">
          <ul className="problem-list">
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
