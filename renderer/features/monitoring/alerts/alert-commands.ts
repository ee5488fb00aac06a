import type { Alert } from '@shared/domain';
import { mutate } from '../../../kernel/history/history';
import { updateChanges } from '../../../data/write-path';

export async function acknowledgeAlert(workspaceId: string, alert: Alert): Promise<void> {
  await mutate(`Acknowledge alert ${alert.title}`, workspaceId, updateChanges('alerts', alert.id, { acknowledged: true }));
}

/** Resolving closes the alert; the same source can raise a new one if the problem comes back. */
export async function resolveAlert(workspaceId: string, alert: Alert): Promise<void> {
  await mutate(`Resolve alert ${alert.title}`, workspaceId, updateChanges('alerts', alert.id, { resolved: true, acknowledged: true }));
}
