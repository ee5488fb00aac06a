import { datasetName } from '@shared/models';
import type { DatasetVersion } from '@shared/domain';
import { useState } from 'react';
import { FormDialog } from '../../../kernel/dialogs/FormDialog';
import { defineDialog, type DialogProps } from '../../../kernel/dialogs/dialog-stack';
import { TextField } from '../../../kernel/fields/TextField';
import { useModelData } from '../model-queries';
import { saveDataset, type DatasetInput } from './dataset-commands';
import { toast } from '../../../kernel/feedback/toast';

const blank: DatasetInput = { name: '', version: '1', source: '', hash: '', rowCount: '', schemaNotes: '' };

const formOf = (d: DatasetVersion): DatasetInput => ({
  name: d.name,
  version: d.version,
  source: d.source,
  hash: d.hash ?? '',
  rowCount: d.rowCount === null ? '' : String(d.rowCount),
  schemaNotes: d.schemaNotes,
});

interface Props {
  workspaceId: string;
  /** The dataset version to edit; none adds one. */
  id?: string;
}

function DatasetDialog({ workspaceId, id, onClose: close }: Props & DialogProps) {
  const data = useModelData(workspaceId);
  const existing = id ? (data.datasetById.get(id) ?? null) : null;
  const [form, setForm] = useState<DatasetInput>(() => (existing ? formOf(existing) : blank));

  const set = (patch: Partial<DatasetInput>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    const saved = await saveDataset(workspaceId, existing, form);
    toast(`${existing ? 'Saved' : 'Added'} dataset ${datasetName(saved)}`, 'success');
    close();
  };

  return (
    <FormDialog
      title={existing ? `Edit ${datasetName(existing)}` : 'Add a dataset version'}
      open
      onClose={close}
      onSubmit={submit}
      submitLabel={existing ? 'Save dataset' : 'Add dataset'}
      wide
      noValidate
    >
      <div className="field-row">
        <TextField className="grow" label="Name" data-autofocus required value={form.name} placeholder="e.g. transactions" onChange={(name) => set({ name })} />
        <TextField label="Version" required value={form.version} onChange={(version) => set({ version })} />
        <TextField label="Row count" inputMode="numeric" value={form.rowCount} placeholder="e.g. 1200000" onChange={(rowCount) => set({ rowCount })} />
      </div>
      <TextField label="Source" value={form.source} placeholder="e.g. s3://lake/transactions/2024-06/ or a DVC path" onChange={(source) => set({ source })} />
      <TextField label="Hash" value={form.hash} placeholder="e.g. sha256:9f2c… or a DVC md5" onChange={(hash) => set({ hash })} />
      <label className="field">
        <span>Schema notes</span>
        <textarea value={form.schemaNotes} placeholder="Columns, label definition, known gaps…" onChange={(e) => set({ schemaNotes: e.target.value })} />
      </label>
    </FormDialog>
  );
}

export const datasetDialog = defineDialog<Props>('dataset', DatasetDialog);
