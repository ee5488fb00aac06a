import { useMemo, useState, type FormEvent } from 'react';
import type { DeckKind, Member, WorkItem, Workspace } from '@shared/domain';
import { deckKinds } from '@shared/domain';
import { buildDeck, deckLabels } from '@shared/meetings';
import { itemKey } from '@shared/work';
import { Modal } from '../../kernel/dialogs/Modal';
import { SelectField } from '../../kernel/fields/SelectField';
import { toast } from '../../kernel/feedback/toast';
import { useItems } from '../../entities/items/item-queries';
import { useSprints } from '../../entities/sprints/sprint-queries';
import { createSession } from './poker-commands';
import { myMemberId, usePokerStore } from './poker-slice';

type ItemFilter = 'unestimated' | 'sprint' | 'open';
const filterOptions = [['unestimated', 'Open items without an estimate'], ['sprint', 'Items of the chosen sprint'], ['open', 'All open items']] as const;

function matching(items: readonly WorkItem[], workspace: Workspace, filter: ItemFilter, sprintId: string): WorkItem[] {
  const done = new Set(workspace.workflow.filter((status) => status.category === 'done').map((status) => status.id));
  const open = items.filter((item) => !done.has(item.status) && item.type !== 'epic');
  const chosen = filter === 'unestimated' ? open.filter((item) => item.estimate === null) : filter === 'sprint' ? open.filter((item) => item.sprintId === (sprintId || null)) : open;
  return [...chosen].sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
}

/** The facilitator picks the items (through a filter, then one by one) and the deck. */
export function NewPokerDialog({ workspace, members }: { workspace: Workspace; members: Member[] }) {
  const open = usePokerStore((s) => s.newSessionOpen);
  const { setNewSessionOpen, openSession } = usePokerStore.getState();
  const items = useItems(workspace.id);
  const sprints = (useSprints(workspace.id) ?? []).filter((sprint) => sprint.state !== 'completed');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DeckKind>('fibonacci');
  const [deckText, setDeckText] = useState('');
  const [sprintId, setSprintId] = useState('');
  const [filter, setFilter] = useState<ItemFilter>('unestimated');
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [facilitatorId, setFacilitatorId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const candidates = useMemo(() => matching(items ?? [], workspace, filter, sprintId), [items, workspace, filter, sprintId]);
  const chosen = candidates.filter((item) => !left.has(item.id));
  const facilitator = facilitatorId || myMemberId(workspace.id) || members[0]?.id || '';

  const close = () => {
    setNewSessionOpen(false);
    setError(null);
  };
  const toggle = (id: string) => setLeft((set) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const deck = buildDeck(kind, deckText);
    if (!deck.ok) return setError(`Deck: ${deck.message}`);
    if (!chosen.length) return setError('Choose at least one item to estimate');
    if (!facilitator) return setError('Add a member to the workspace first: a session needs a facilitator');
    const session = await createSession(workspace, {
      title: title.trim() || `Estimation ${new Date().toISOString().slice(0, 10)}`, deck: deck.deck, itemIds: chosen.map((item) => item.id),
      sprintId: sprintId || null, facilitatorId: facilitator,
    });
    toast(`Planning poker "${session.title}" started with ${chosen.length} items`, 'success');
    setTitle('');
    setLeft(new Set());
    close();
    openSession(session.id);
  }

  return (
    <Modal title="New planning-poker session" open={open} onClose={close} wide>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>Title</span>
          <input data-autofocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Sprint 12 estimation" />
        </label>
        <div className="field-row">
          <label className="field grow">
            <span>Deck</span>
            <SelectField value={kind} onChange={setKind} options={deckKinds.map((k) => [k, deckLabels[k]] as const)} />
          </label>
          <label className="field grow">
            <span>Sprint</span>
            <SelectField value={sprintId} onChange={setSprintId} options={[['', 'No sprint'], ...sprints.map((s) => [s.id, s.name] as const)]} />
          </label>
          <label className="field grow">
            <span>Facilitator</span>
            <SelectField value={facilitator} onChange={setFacilitatorId} options={members.map((m) => [m.id, m.name] as const)} />
          </label>
        </div>
        {(kind === 'custom' || kind === 'tshirt') && (
          <label className="field">
            <span>{kind === 'tshirt' ? 'Sizes and their points (leave empty for XS=1, S=2, M=3, L=5, XL=8, XXL=13)' : 'Cards, smallest first: numbers, or label=points'}</span>
            <input value={deckText} onChange={(e) => setDeckText(e.target.value)} placeholder={kind === 'tshirt' ? 'S=1, M=3, L=5, XL=8' : '1, 2, 4, 8, 16'} />
          </label>
        )}
        <label className="field">
          <span>Items</span>
          <SelectField value={filter} onChange={setFilter} options={filterOptions} />
        </label>
        <fieldset className="poker-pick">
          <legend>{chosen.length} of {candidates.length} items chosen</legend>
          {candidates.length === 0 && <p className="muted">No item matches: change the filter, or add items to the backlog first.</p>}
          <ul>
            {candidates.map((item) => (
              <li key={item.id}>
                <label>
                  <input type="checkbox" checked={!left.has(item.id)} onChange={() => toggle(item.id)} />
                  <span className="poker-key">{itemKey(workspace, item)}</span> {item.title}
                  {item.estimate !== null && <span className="muted"> · {item.estimate} pts now</span>}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {error && <p className="error" role="alert">{error}</p>}
        <div className="modal-footer">
          <button type="button" className="button" onClick={close}>Cancel</button>
          <button type="submit" className="button primary">Start session</button>
        </div>
      </form>
    </Modal>
  );
}
