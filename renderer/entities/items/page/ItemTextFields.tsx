import { useEffect, useState } from 'react';
import type { WorkItem } from '@shared/domain';
import { Markdown } from '../../../kernel/views/Markdown';

/** The title, saved on Enter or when the field loses focus; an empty title is put back. */
export function TitleField({ item, onSave }: { item: WorkItem; onSave: (title: string) => void }) {
  const [title, setTitle] = useState(item.title);
  useEffect(() => setTitle(item.title), [item.title]);
  const save = () => {
    const next = title.trim();
    if (!next) setTitle(item.title);
    else if (next !== item.title) onSave(next);
  };
  return (
    <label className="field">
      <span>Title</span>
      <input
        className="ip-item-title-input"
        value={title}
        data-autofocus
        onChange={(e) => setTitle(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </label>
  );
}

/** The description: Markdown shown, edited in a textarea on demand. */
export function DescriptionField({ item, onSave }: { item: WorkItem; onSave: (text: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.description);
  return (
    <section aria-labelledby="item-description-heading" className="ip-item-section">
      <div className="ip-item-section-head">
        <h3 id="item-description-heading">Description</h3>
        {!editing && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setText(item.description);
              setEditing(true);
            }}
          >
            Edit description
          </button>
        )}
      </div>
      {editing ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (text !== item.description) onSave(text);
            setEditing(false);
          }}
        >
          <label className="field">
            <span>Description (Markdown)</span>
            <textarea value={text} rows={8} autoFocus onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="submit" className="button primary">
              Save description
            </button>
            <button type="button" className="button ghost" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : item.description.trim() ? (
        <Markdown text={item.description} />
      ) : (
        <p className="muted">No description yet.</p>
      )}
    </section>
  );
}
