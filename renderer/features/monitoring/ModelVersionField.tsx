import { SelectField } from '../../kernel/fields/SelectField';
import { versionName, type MonitoringData } from './monitoring-queries';

/** "Model version" select shared by monitors, drift and fairness reports (empty value = none). */
export function ModelVersionField({ data, value, onChange, className = 'field', showStage = false }: {
  data: Pick<MonitoringData, 'models' | 'versionById' | 'versions'>;
  value: string;
  onChange: (versionId: string) => void;
  className?: string;
  showStage?: boolean;
}) {
  const options = [['', '— none —'] as const, ...data.versions.map((v) => [v.id, `${versionName(data, v.id)}${showStage && v.stage !== 'None' ? ` (${v.stage})` : ''}`] as const)];
  return (
    <label className={className}>
      <span>Model version</span>
      <SelectField value={value} onChange={onChange} options={options} />
    </label>
  );
}
