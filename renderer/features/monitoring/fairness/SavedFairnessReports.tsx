import type { MonitoringData } from '../monitoring-queries';
import { SavedReportsTable } from '../SavedReportsTable';
import type { StoredFairnessReport } from './fairness-commands';
import { Rate } from './Rate';

/** Saved fairness reports, newest first; choosing one shows it. */
export function SavedFairnessReports({ reports, data, setViewing }: { reports: StoredFairnessReport[]; data: MonitoringData; setViewing(id: string): void }) {
  return (
    <section className="panel" aria-labelledby="fair-saved">
      <h2 id="fair-saved">Saved reports</h2>
      <SavedReportsTable
        caption="Saved fairness reports"
        reports={reports}
        data={data}
        open={(r) => setViewing(r.id)}
        columns={[
          { header: 'Sensitive', cell: (r) => r.sensitiveColumn },
          { header: 'DP difference', numeric: true, cell: (r) => <Rate value={r.result?.demographicParityDifference ?? null} /> },
          { header: 'EO difference', numeric: true, cell: (r) => <Rate value={r.result?.equalizedOddsDifference ?? null} /> },
        ]}
      />
    </section>
  );
}
