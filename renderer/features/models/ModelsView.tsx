import { useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../kernel/store';
import { DatasetsPanel } from './datasets/DatasetsPanel';
import { DeploymentsPanel } from './deployments/DeploymentsPanel';
import { LineagePanel } from './LineagePanel';
import { useModelData } from './model-queries';
import { modelTabs, useModelsStore, type ModelTab } from './models-slice';
import { RegistryPanel } from './RegistryPanel';
import './models.css';

const tabLabels: Record<ModelTab, string> = { registry: 'Registry', deployments: 'Deployments', lineage: 'Lineage', datasets: 'Datasets' };

/** Datasets, the model registry, deployments and lineage: one sidebar entry, four tabs. */
export function ModelsView() {
  const workspaceId = useAppStore((s) => s.workspaceId);
  const tab = useModelsStore((s) => s.tab);
  const setTab = useModelsStore((s) => s.setTab);
  const data = useModelData(workspaceId);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const onKey = (event: KeyboardEvent) => {
    const i = modelTabs.indexOf(tab);
    const next =
      event.key === 'ArrowRight' ? modelTabs[(i + 1) % modelTabs.length]
      : event.key === 'ArrowLeft' ? modelTabs[(i + modelTabs.length - 1) % modelTabs.length]
      : event.key === 'Home' ? modelTabs[0]
      : event.key === 'End' ? modelTabs[modelTabs.length - 1]
      : null;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  if (!workspaceId) return null;
  return (
    <div className="view models-view">
      <header className="view-header">
        <h1>Models</h1>
        <p className="muted">Dataset versions, registered models and where each version runs — from experiment to endpoint.</p>
      </header>
      <div role="tablist" aria-label="Models area" className="ml-tabs" onKeyDown={onKey}>
        {modelTabs.map((t) => (
          <button
            key={t}
            ref={(el) => {
              tabRefs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`models-tab-${t}`}
            aria-controls={`models-panel-${t}`}
            aria-selected={tab === t}
            tabIndex={tab === t ? 0 : -1}
            className="ml-tab"
            onClick={() => setTab(t)}
          >
            {tabLabels[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`models-panel-${tab}`} aria-labelledby={`models-tab-${tab}`} className="ml-tab-panel">
        {data.loading ? (
          <p className="muted">Loading…</p>
        ) : tab === 'registry' ? (
          <RegistryPanel data={data} workspaceId={workspaceId} />
        ) : tab === 'deployments' ? (
          <DeploymentsPanel data={data} workspaceId={workspaceId} />
        ) : tab === 'lineage' ? (
          <LineagePanel data={data} />
        ) : (
          <DatasetsPanel data={data} workspaceId={workspaceId} />
        )}
      </div>
    </div>
  );
}
