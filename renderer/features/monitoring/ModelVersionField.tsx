import { versionName, type MonitoringData } from './monitoring-queries';

/** "Model version" select shared by monitors, drift and fairness reports (empty value = none). */
export function ModelVersionField({ data, value, onChange, className = 'field', showStage = false }: {
  data: Pick<MonitoringData, 'models' | 'versionById' | 'versions'>;
  value: string;
  onChange: (versionId: string) => void;
  className?: string;
  showStage?: boolean;
}) {
  return (
    <label className={className}>
      <span>Model version</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">— none —</option>
        {data.versions.map((v) => (
          <option key={v.id} value={v.id}>
            {versionName(data, v.id)}
            {showStage && v.stage !== 'None' ? ` (${v.stage})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
