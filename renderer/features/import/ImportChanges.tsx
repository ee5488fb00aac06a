import { changeWords, FIELD_WORDS, type ItemWrite } from '@shared/import/agile';
import { sourceKey } from '@shared/work';
import type { PreparedImport } from './agile-import';

/** How many changed items the preview spells out; the counts above cover the rest. */
const LISTED = 50;

const itemLabel = (w: ItemWrite) => `${sourceKey(w.sourceRef) ?? w.sourceRef} ${w.row.title}`;

/**
 * A re-import's changes in words: which fields of which items the file changed since the last
 * import (and whether that overrides an edit made here), and which local edits stay.
 */
export function ImportChanges({ prepared, items }: { prepared: PreparedImport; items: readonly ItemWrite[] }) {
  const updated = items.filter((w) => w.action === 'update');
  const kept = items.filter((w) => w.kept.length > 0);
  if (updated.length === 0 && kept.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-changes">
      <h3 id="import-changes">What changes</h3>
      {updated.length > 0 ? (
        <ul className="import-changes" aria-label="Changes from the file">
          {updated.slice(0, LISTED).map((w) => (
            <li key={w.sourceRef}>
              <strong>{itemLabel(w)}</strong>:{' '}
              {w.changes
                .map((field) => {
                  const words = changeWords(field, w.before?.[field], w.row[field], prepared.names);
                  return w.overridden.includes(field) ? `${words} (replaces your change)` : words;
                })
                .join('; ')}
            </li>
          ))}
          {updated.length > LISTED && <li className="muted">and {updated.length - LISTED} more items</li>}
        </ul>
      ) : (
        <p>The file changed nothing since the last import.</p>
      )}
      {kept.length > 0 && (
        <p className="muted" aria-label="Local changes kept">
          Your changes stay on {kept.length} item{kept.length === 1 ? '' : 's'}, because the file did not change those fields since the last import:{' '}
          {kept
            .slice(0, 10)
            .map((w) => `${sourceKey(w.sourceRef) ?? w.sourceRef} (${w.kept.map((f) => FIELD_WORDS[f]).join(', ')})`)
            .join(', ')}
          {kept.length > 10 ? ` and ${kept.length - 10} more` : ''}.
        </p>
      )}
    </section>
  );
}
