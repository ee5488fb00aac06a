import { useMemo, useState } from 'react';
import type { WorkItem } from '@shared/domain';
import { itemKey, sourceKey } from '@shared/work';
import { Modal } from '../../kernel/dialogs/Modal';
import type { DialogProps } from '../../kernel/dialogs/dialog-stack';
import { useCurrentWorkspace, useMembers } from '../workspaces/queries';
import { useSprints } from '../sprints/sprint-queries';
import { updateItems } from './item-commands';
import { useItemMap } from './item-queries';
import { attempt, ShowItem, type ItemPageProps } from './page/item-page-context';
import { DescriptionField, TitleField } from './page/ItemTextFields';
import { Dependencies, SubTasks } from './page/ItemRelations';
import { ItemLinks } from './page/ItemLinks';
import { ItemFields } from './page/ItemFields';
import { ItemHistory } from './page/ItemHistory';
import './item-page.css';

/** The item page: every field editable, its links and its history. Opened on the shell's dialog stack by `openItem`. */
export function ItemPage({ id, onClose }: { id: string } & DialogProps) {
  const [shownId, setShownId] = useState(id);
  const workspace = useCurrentWorkspace();
  const items = useItemMap(workspace?.id ?? null);
  const item = items.get(shownId);
  if (!workspace || !item) return null;
  const source = sourceKey(item.sourceRef);
  return (
    <Modal title={`${itemKey(workspace, item)}${source ? ` (${source})` : ''} · ${item.title}`} open onClose={onClose} wide>
      <ShowItem.Provider value={setShownId}>
        <ItemBody key={item.id} workspace={workspace} item={item} items={items} />
      </ShowItem.Provider>
    </Modal>
  );
}

function ItemBody({ workspace, item, items }: ItemPageProps) {
  const members = useMembers(workspace.id);
  const sprints = useSprints(workspace.id) ?? [];
  const byKey = useMemo(() => new Map([...items.values()].map((i) => [itemKey(workspace, i), i])), [items, workspace]);
  const edit = (patch: Partial<WorkItem>) => attempt(() => updateItems(workspace, [item], patch));

  return (
    <div className="ip-item-page">
      <div className="ip-item-main">
        <TitleField item={item} onSave={(title) => edit({ title })} />
        <DescriptionField item={item} onSave={(description) => edit({ description })} />
        <SubTasks workspace={workspace} item={item} items={items} />
        <Dependencies workspace={workspace} item={item} items={items} byKey={byKey} />
        <ItemLinks item={item} onSave={(links) => edit({ links })} />
        <ItemHistory workspace={workspace} item={item} items={items} members={members} sprints={sprints} />
      </div>
      <aside className="ip-item-side" aria-label="Fields">
        <ItemFields workspace={workspace} item={item} members={members} sprints={sprints} byKey={byKey} items={items} edit={edit} />
      </aside>
    </div>
  );
}
