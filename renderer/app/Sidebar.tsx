import { featureViews } from './features';
import { viewSections, type ViewDef } from '../kernel/views/views';
import { useWorkspaces } from '../entities/workspaces/queries';
import { useAppStore } from '../kernel/store';
import { formatShortcut } from '../kernel/actions/shortcut';
import { runAction } from '../kernel/actions/registry';
import { SelectField } from '../kernel/fields/SelectField';

/** The switcher's last entry, which opens the new-workspace dialog instead of switching. */
const NEW = '__new';

export function Sidebar() {
  const workspaces = useWorkspaces() ?? [];
  const workspaceId = useAppStore((s) => s.workspaceId);
  const view = useAppStore((s) => s.view);
  const select = useAppStore((s) => s.selectWorkspace);
  const go = useAppStore((s) => s.go);
  const views = featureViews.filter((v) => !v.needsWorkspace || workspaceId);

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="logo" aria-hidden="true">◆</span> Sprintlab
      </div>
      <div className="field workspace-switcher">
        <label htmlFor="workspace-select">Workspace</label>
        <SelectField
          id="workspace-select"
          value={workspaceId}
          onChange={(chosen) => {
            if (chosen === NEW) void runAction('workspace.new');
            else {
              select(chosen);
              go('home');
            }
          }}
          options={[...(workspaceId ? [] : [[null, 'No workspace'] as const]), ...workspaces.map((w) => [w.id, w.name] as const), [NEW, '+ New workspace…']]}
        />
      </div>
      {[undefined, ...viewSections].map((section) => {
        const inSection = views.filter((v) => v.section === section);
        if (!inSection.length) return null;
        const item = (v: ViewDef) => {
          const index = featureViews.indexOf(v);
          return (
            <li key={v.id}>
              <button
                type="button"
                className={view === v.id ? 'nav-item active' : 'nav-item'}
                aria-current={view === v.id ? 'page' : undefined}
                onClick={() => go(v.id)}
              >
                <span className="nav-label">
                  {v.label}
                  {v.badge && (
                    <>
                      {' '}
                      <v.badge />
                    </>
                  )}
                </span>
                {index < 9 && <kbd aria-hidden="true">{formatShortcut(`Alt+${index + 1}`)}</kbd>}
              </button>
            </li>
          );
        };
        return section ? (
          <section key={section} className="nav-section" aria-label={section}>
            <h2 className="nav-heading">{section}</h2>
            <ul className="nav-list">{inSection.map(item)}</ul>
          </section>
        ) : (
          <ul key="top" className="nav-list">
            {inSection.map(item)}
          </ul>
        );
      })}
    </nav>
  );
}
