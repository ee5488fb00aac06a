import type { WorkItem } from '@shared/domain';
import { useAppStore } from '../../../kernel/store';
import type { ViewId } from '../../../kernel/views/view-ids';
import { toast } from '../../../kernel/feedback/toast';
import { KeyInput } from './ItemRelations';

/** The view that lists each kind of linked entity ("risk:<id>" opens the risk register). */
const LINK_VIEWS: Partial<Record<string, ViewId>> = {
  risk: 'risks', experiment: 'experiments', run: 'runs', alert: 'alerts', model: 'models', modelVersion: 'models', dataset: 'models', deployment: 'models', monitor: 'monitors',
};

/** Links to other entities ("risk:<id>"), each a way to its view. */
export function ItemLinks({ item, onSave }: { item: WorkItem; onSave: (links: string[]) => Promise<boolean> }) {
  const go = useAppStore((s) => s.go);
  return (
    <section aria-labelledby="item-links-heading" className="ip-item-section">
      <h3 id="item-links-heading">Links</h3>
      {item.links.length ? (
        <ul className="ip-link-list">
          {item.links.map((link) => {
            const [entity, id] = link.includes(':') ? [link.slice(0, link.indexOf(':')), link.slice(link.indexOf(':') + 1)] : ['link', link];
            const view = LINK_VIEWS[entity];
            return (
              <li key={link}>
                {view ? (
                  <button type="button" className="link-button" title={`Go to ${view}`} onClick={() => go(view)}>
                    <span className="ip-link-entity">{entity}</span> {id}
                  </button>
                ) : (
                  <span>
                    <span className="ip-link-entity">{entity}</span> {id}
                  </span>
                )}
                <button type="button" className="icon-button" aria-label={`Remove link ${link}`} onClick={() => void onSave(item.links.filter((l) => l !== link))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No links to experiments, models, alerts or risks.</p>
      )}
      <KeyInput
        label="New link"
        placeholder="entity:id, e.g. risk:3f2a…"
        button="Add link"
        onSubmit={async (value) => {
          if (!/^[a-zA-Z]+:\S+$/.test(value)) {
            toast(`A link is written entity:id, e.g. risk:42 — “${value}” is not.`, 'error');
            return false;
          }
          return item.links.includes(value) ? true : onSave([...item.links, value]);
        }}
      />
    </section>
  );
}
