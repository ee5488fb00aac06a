import { healthLabel, type Health } from '@shared/reports';

export function HealthBadge({ health, small }: { health: Health; small?: boolean }) {
  return <span className={`rp-badge rp-badge-${health.replace(' ', '-')}${small ? ' rp-badge-small' : ''}`}>{healthLabel(health)}</span>;
}
