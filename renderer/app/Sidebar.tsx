import { featureViews } from './features';
import { viewSections, type ViewDef } from '../kernel/views/views';
import { useWorkspaces } from '../entities/workspaces/queries';
import { useAppStore } from '../kernel/store';
import { formatShortcut } from '../kernel/actions/shortcut';

export function Sidebar() {
  const workspaces = useWorkspaces() ?? [];
  const workspaceId = useAppStore((s) => s.workspaceId);
  const view = useAppStore((s) => s.view);
  const select = useAppStore((s) => s.selectWorkspace);
  const go = useAppStore((s) => s.go);
  const openDialog = useAppStore((s) => s.openDialog);
  const views = featureViews.filter((v) => !v.needsWorkspace || workspaceId);

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="logo" aria-hidden="true">◆</span> Sprintlab
      </div>
      <div className="field workspace-switcher">
        <label htmlFor="workspace-select">Workspace</label>
        <select
          id="workspace-select"
          value={workspaceId ?? ''}
          onChange={(e) => {
            if (e.target.value === '__new') openDialog('new-workspace');
            else {
              select(e.target.value || null);
              go('home');
            }
          }}
        >
          {!workspaceId && <option value="">No workspace</option>}
          {workspaces.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
          <option value="__new">+ New workspace…</option>
        </select>
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
                <span>{v.label}</span>
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
