import { useEffect, useMemo } from 'react';
import { itemTypes, type ItemType } from '@shared/domain';
import { asOptions, SelectField } from '../../kernel/fields/SelectField';
import { FIELD_WORDS, type ImportedItem, type ItemWrite } from '@shared/import/agile';
import { getAction, runAction } from '../../kernel/actions/registry';
import { defineDialog, type DialogProps } from '../../kernel/dialogs/dialog-stack';
import { countActions, editedItems, importProblems, sourceNames, type ImportOutcome, type PreparedImport } from './agile-import';
import {
  closeAgileImport,
  pickAgileFile,
  runAgileImport,
  setStatusMapping,
  setTypeMapping,
  useAgileImport,
} from './agile-import-slice';
import { ImportChanges } from './ImportChanges';
import { ImportPreviewDialog, type ImportCount, type ImportProblemRow } from '../../kernel/import-preview/ImportPreviewDialog';

/** Rows of the item table in the preview; the counts above it cover the whole file. */
export const PREVIEW_ROWS = 100;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "Import from Jira or Linear CSV…": preview with editable mappings, one-transaction import, summary. */
/** Shown on the shell's dialog stack while an import is under way; it leaves the stack when the import closes. */
export function AgileImportDialog({ onClose }: DialogProps) {
  const state = useAgileImport();
  useEffect(() => {
    if (state.stage === 'closed') onClose();
  }, [state.stage, onClose]);
  if (state.stage === 'closed') return null;

  if (state.stage === 'refused') {
    return (
      <ImportPreviewDialog
        title="Import from Jira or Linear"
        open
        stage="refused"
        fileName={state.fileName || undefined}
        error={state.message}
        onClose={closeAgileImport}
        onPickAnother={() => void pickAgileFile()}
      />
    );
  }
  if (state.stage === 'done') return <AgileImportSummary prepared={state.prepared} outcome={state.outcome} />;
  return <AgileImportPreview />;
}

function AgileImportPreview() {
  const state = useAgileImport();
  const prepared = state.stage === 'preview' ? state.prepared : null;
  const edits = state.stage === 'preview' ? state.edits : null;
  const items = useMemo(() => (prepared && edits ? editedItems(prepared, edits) : []), [prepared, edits]);
  const problems = useMemo(() => (prepared ? importProblems(prepared) : { skipped: [], notes: [] }), [prepared]);
  if (state.stage !== 'preview' || !prepared) return null;

  const counts = countActions(items);
  const toWrite = counts.created + counts.updated;
  const tiles: ImportCount[] = [
    { label: 'to create', value: counts.created, tone: 'create' },
    { label: 'to update', value: counts.updated, tone: 'update' },
    { label: 'unchanged', value: counts.unchanged },
    { label: 'skipped', value: problems.skipped.length, tone: 'skip' },
  ];
  const rows: ImportProblemRow[] = [...problems.skipped, ...problems.notes].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const heading = [
    problems.skipped.length > 0 && `${plural(problems.skipped.length, 'row')} will be skipped`,
    problems.notes.length > 0 && `${plural(problems.notes.length, 'row')} will import with a value left out`,
  ].filter(Boolean).join('; ');
  const extras = prepared.plan.sprints.length + prepared.plan.members.length;
  return (
    <ImportPreviewDialog
      title={`Import from ${sourceNames[prepared.source]}`}
      open
      fileName={prepared.fileName}
      counts={tiles}
      problems={rows}
      problemsHeading={heading}
      busy={state.busy}
      error={state.error}
      importLabel={toWrite === 0 && extras === 0 ? 'Import (no changes)' : `Import ${plural(toWrite, 'item')}`}
      onImport={() => void runAgileImport()}
      onClose={closeAgileImport}
    >
      <div className="import-mappings">
        <StatusMappingTable prepared={prepared} edits={state.edits.statuses} disabled={state.busy} />
        <TypeMappingTable prepared={prepared} edits={state.edits.types} disabled={state.busy} />
      </div>
      {extras > 0 && <CreatedAlongside prepared={prepared} />}
      <ImportChanges prepared={prepared} items={items} />
      <ItemSample prepared={prepared} items={items} />
    </ImportPreviewDialog>
  );
}

function StatusMappingTable({ prepared, edits, disabled }: { prepared: PreparedImport; edits: Record<string, string>; disabled: boolean }) {
  return (
    <section className="import-section" aria-labelledby="import-status-map">
      <h3 id="import-status-map">Statuses</h3>
      <table className="import-table import-map" aria-labelledby="import-status-map">
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col" className="num">Items</th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {prepared.statuses.map((s) => (
            <tr key={s.key}>
              <th scope="row">
                {s.source}
                {s.guessed && (
                  <span className="import-badge" title="No workspace status has this name; chosen from the file's status category or what the name suggests">
                    guessed
                  </span>
                )}
              </th>
              <td className="num">{s.count.toLocaleString()}</td>
              <td>
                <SelectField
                  aria-label={`Workspace status for ${s.source}`}
                  value={edits[s.key] ?? s.statusId}
                  disabled={disabled}
                  onChange={(id) => setStatusMapping(s.key, id)}
                  options={prepared.workflow.map((w) => [w.id, w.name] as const)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TypeMappingTable({ prepared, edits, disabled }: { prepared: PreparedImport; edits: Record<string, ItemType>; disabled: boolean }) {
  return (
    <section className="import-section" aria-labelledby="import-type-map">
      <h3 id="import-type-map">Types</h3>
      <table className="import-table import-map" aria-labelledby="import-type-map">
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col" className="num">Items</th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {prepared.types.map((t) => {
            // Linear has no issue types: its labels suggest one, so each suggestion gets its own row.
            const name = t.source === '(no type)' ? `no type, labels suggest ${t.type}` : t.source;
            return (
              <tr key={t.key}>
                <th scope="row">{t.source === '(no type)' ? <span className="muted">{name}</span> : name}</th>
                <td className="num">{t.count.toLocaleString()}</td>
                <td>
                  <SelectField
                    aria-label={`Item type for ${name}`}
                    value={edits[t.key] ?? t.type}
                    disabled={disabled}
                    onChange={(type) => setTypeMapping(t.key, type)}
                    options={asOptions(itemTypes)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function CreatedAlongside({ prepared }: { prepared: PreparedImport }) {
  const { sprints, members } = prepared.plan;
  return (
    <section className="import-section import-alongside" aria-labelledby="import-alongside">
      <h3 id="import-alongside">Also created</h3>
      <div className="import-alongside-grid">
        {sprints.length > 0 && (
          <div>
            <h4>{plural(sprints.length, 'sprint')}</h4>
            <ul className="import-chips">
              {sprints.map((s) => (
                <li key={s.row.id} title={s.datedBy}>
                  {s.row.name}
                  <span className="muted">
                    {' '}
                    {s.datesGuessed ? 'dates to set' : `${s.row.startDate} – ${s.row.endDate}`}
                    {s.row.state === 'completed' ? ', closed' : s.row.state === 'active' ? ', active' : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {members.length > 0 && (
          <div>
            <h4>{plural(members.length, 'member')}</h4>
            <ul className="import-chips">
              {members.map((m) => (
                <li key={m.row.id}>{m.row.name}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

const actionText = (w: ItemWrite) =>
  w.action === 'create' ? 'new' : w.action === 'update' ? `update: ${w.changes.map((f) => FIELD_WORDS[f]).join(', ')}` : 'unchanged';

function ItemSample({ prepared, items }: { prepared: PreparedImport; items: ItemWrite[] }) {
  const bySourceRef = useMemo(
    () => new Map<string, ImportedItem>(prepared.parsed.items.map((i) => [`${prepared.source}:${i.key}`, i])),
    [prepared],
  );
  const statusName = useMemo(() => new Map(prepared.workflow.map((w) => [w.id, w.name])), [prepared]);
  const shown = items.slice(0, PREVIEW_ROWS);
  return (
    <section className="import-section" aria-labelledby="import-items">
      <h3 id="import-items">
        Items{' '}
        <span className="muted">
          {items.length > shown.length
            ? `first ${shown.length.toLocaleString()} of ${items.length.toLocaleString()}`
            : plural(items.length, 'item')}
        </span>
      </h3>
      <div className="import-table-scroll" tabIndex={0} role="region" aria-label="Item sample, scrollable">
        <table className="import-table import-items" aria-label="Items to import">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Key</th>
              <th scope="col">Title</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Sprint</th>
              <th scope="col">Assignee</th>
              <th scope="col" className="num">Points</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => {
              const source = bySourceRef.get(w.sourceRef);
              return (
                <tr key={w.sourceRef} className={`action-${w.action}`}>
                  <td className="num muted">{source?.line ?? ''}</td>
                  <td className="import-key">{source?.key}</td>
                  <td className="import-title" title={w.row.title}>
                    {w.row.title}
                  </td>
                  <td>{w.row.type}</td>
                  <td>{statusName.get(w.row.status) ?? w.row.status}</td>
                  <td>{source?.sprints.at(-1) ?? ''}</td>
                  <td>{source?.assignee ?? ''}</td>
                  <td className="num">{w.row.estimate ?? ''}</td>
                  <td>
                    <span className={`import-action import-action-${w.action}`}>{actionText(w)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AgileImportSummary({ prepared, outcome }: { prepared: PreparedImport; outcome: ImportOutcome }) {
  const tiles: ImportCount[] = [
    { label: 'created', value: outcome.created, tone: 'create' },
    { label: 'updated', value: outcome.updated, tone: 'update' },
    { label: 'unchanged', value: outcome.unchanged },
    { label: 'skipped', value: outcome.skipped.length, tone: 'skip' },
    { label: outcome.sprints === 1 ? 'sprint created' : 'sprints created', value: outcome.sprints },
    { label: outcome.members === 1 ? 'member added' : 'members added', value: outcome.members },
  ];
  const rows = [...outcome.skipped, ...outcome.notes].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const heading = [
    outcome.skipped.length > 0 && `${plural(outcome.skipped.length, 'row')} skipped`,
    outcome.notes.length > 0 && `${plural(outcome.notes.length, 'row')} imported with a value left out`,
  ].filter(Boolean).join('; ');
  const backlog = getAction('nav.backlog');
  return (
    <ImportPreviewDialog
      title={`Imported from ${sourceNames[prepared.source]}`}
      open
      stage="done"
      fileName={prepared.fileName}
      counts={tiles}
      problems={rows}
      problemsHeading={heading}
      onClose={closeAgileImport}
    >
      <p className="muted">
        Importing {prepared.fileName} again updates these items instead of duplicating them, and only where the file
        changed since this import: your own edits stay. Undo takes the whole import back in one step.
      </p>
      {backlog && (
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              closeAgileImport();
              void runAction('nav.backlog');
            }}
          >
            Open the backlog
          </button>
        </p>
      )}
    </ImportPreviewDialog>
  );
}

export const agileImportDialog = defineDialog('agile-import', AgileImportDialog);
