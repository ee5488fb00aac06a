import { datasetName } from '@shared/models';
import { useEffect, useState } from 'react';
import { FormDialog } from '../../../kernel/dialogs/FormDialog';
import type { ModelData } from '../model-queries';
import { useModelsStore } from '../models-slice';
import { saveDataset, type DatasetInput } from './dataset-commands';
import { toast } from '../../../kernel/feedback/toast';

const blank: DatasetInput = { name: '', version: '1', source: '', hash: '', rowCount: '', schemaNotes: '' };

export function DatasetDialog({ data, workspaceId }: { data: ModelData; workspaceId: string }) {
  const dialog = useModelsStore((s) => s.dialog);
  const close = useModelsStore((s) => s.close);
  const isOpen = dialog?.kind === 'dataset';
  const existing = isOpen && dialog.id ? (data.datasetById.get(dialog.id) ?? null) : null;
  const [form, setForm] = useState<DatasetInput>(blank);

  useEffect(() => {
    if (!isOpen) return;
    setForm(
      existing
        ? { name: existing.name, version: existing.version, source: existing.source, hash: existing.hash ?? '', rowCount: existing.rowCount === null ? '' : String(existing.rowCount), schemaNotes: existing.schemaNotes }
        : blank,
    );
    // Fill the form when the dialog opens, not on every live update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isOpen, existing?.id]);

  const set = (patch: Partial<DatasetInput>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async () => {
    const saved = await saveDataset(workspaceId, existing, form);
    toast(`${existing ? 'Saved' : 'Added'} dataset ${datasetName(saved)}`, 'success');
    close();
  };

  return (
    <FormDialog
      title={existing ? `Edit ${datasetName(existing)}` : 'Add a dataset version'}
      open={isOpen}
      onClose={close}
      onSubmit={submit}
      submitLabel={existing ? 'Save dataset' : 'Add dataset'}
      wide
      noValidate
    >
      <div className="field-row">
        <label className="field grow">
          <span>Name</span>
          <input data-autofocus required value={form.name} placeholder="e.g. transactions" onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>Version</span>
          <input required value={form.version} onChange={(e) => set({ version: e.target.value })} />
        </label>
        <label className="field">
          <span>Row count</span>
          <input inputMode="numeric" value={form.rowCount} placeholder="e.g. 1200000" onChange={(e) => set({ rowCount: e.target.value })} />
        </label>
      </div>
      <label className="field">
        <span>Source</span>
        <input value={form.source} placeholder="e.g. s3://lake/transactions/2024-06/ or a DVC path" onChange={(e) => set({ source: e.target.value })} />
      </label>
      <label className="field">
        <span>Hash</span>
        <input value={form.hash} placeholder="e.g. sha256:9f2c… or a DVC md5" onChange={(e) => set({ hash: e.target.value })} />
      </label>
      <label className="field">
        <span>Schema notes</span>
        <textarea value={form.schemaNotes} placeholder="Columns, label definition, known gaps…" onChange={(e) => set({ schemaNotes: e.target.value })} />
      </label>
    </FormDialog>
  );
}
