import type { MonitoringData } from '../monitoring-queries';
import { versionName } from '../monitoring-queries';
import type { StoredFairnessReport } from './fairness-commands';
import { Rate } from './Rate';

/** Saved fairness reports, newest first; choosing one shows it. */
export function SavedFairnessReports({ reports, data, setViewing }: { reports: StoredFairnessReport[]; data: MonitoringData; setViewing(id: string): void }) {
  return (
    <section className="panel" aria-labelledby="fair-saved">
      <h2 id="fair-saved">Saved reports</h2>
      <table className="data-table">
        <caption className="sr-only">Saved fairness reports</caption>
        <thead>
          <tr>
            <th scope="col">Saved</th>
            <th scope="col">Report</th>
            <th scope="col">Model version</th>
            <th scope="col">Sensitive</th>
            <th scope="col" className="num">
              DP difference
            </th>
            <th scope="col" className="num">
              EO difference
            </th>
          </tr>
        </thead>
        <tbody>
          {[...reports].reverse().map((r) => (
            <tr key={r.id}>
              <td>{r.createdAt.replace('T', ' ').slice(0, 16)}</td>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => setViewing(r.id)}>
                  {r.name}
                </button>
              </th>
              <td>{versionName(data, r.modelVersionId)}</td>
              <td>{r.sensitiveColumn}</td>
              <td className="num">
                <Rate value={r.result?.demographicParityDifference ?? null} />
              </td>
              <td className="num">
                <Rate value={r.result?.equalizedOddsDifference ?? null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
