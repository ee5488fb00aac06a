import type { ModelStage } from '@shared/domain';

/** A version's MLflow stage, coloured the same everywhere (text always says the stage). */
export function StageBadge({ stage }: { stage: ModelStage }) {
  return <span className={`ml-badge ml-stage-${stage.toLowerCase()}`}>{stage}</span>;
}

export function AliasChip({ alias }: { alias: string }) {
  return <span className="ml-alias-chip">@{alias}</span>;
}
