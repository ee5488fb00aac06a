// Writes small MLflow file stores in the layout MLflow's FileStore documents (MLflow 2 and 3), for tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const tempDir = (prefix = 'sprintlab-mlflow-') => mkdtempSync(join(tmpdir(), prefix));

export function writeFiles(root: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const PARENT = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const CHILD = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const DELETED = 'cccccccccccccccccccccccccccccccc';
export const mlflow3Ids = { experiment: '417383520452474215', parent: PARENT, child: CHILD, deleted: DELETED, model: 'm-0123456789abcdef' };

/** An MLflow 3 store: a parent run with a sweep child, nested metric keys, a deleted run, a logged model and a registry. */
export function mlflow3Store(): Record<string, string> {
  const exp = mlflow3Ids.experiment;
  const run = (id: string, name: string, status: number, stage = 'active') =>
    `artifact_uri: file:///tmp/mlruns/${exp}/${id}/artifacts\nend_time: 1735689660000\nentry_point_name: ''\nexperiment_id: '${exp}'\nlifecycle_stage: ${stage}\nrun_id: ${id}\nrun_name: ${name}\nrun_uuid: ${id}\nsource_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: 1735689600000\nstatus: ${status}\ntags: []\nuser_id: ada\n`;
  return {
    '.trash/999/meta.yaml': "experiment_id: '999'\nlifecycle_stage: deleted\nname: old\n",
    [`${exp}/meta.yaml`]: `artifact_location: file:///tmp/mlruns/${exp}\ncreation_time: 1735689500000\nexperiment_id: '${exp}'\nlast_update_time: 1735689500000\nlifecycle_stage: active\nname: churn-model\n`,
    [`${exp}/tags/mlflow.note.content`]: 'Churn experiments',
    [`${exp}/${PARENT}/meta.yaml`]: run(PARENT, 'sweep-parent', 3),
    [`${exp}/${PARENT}/tags/mlflow.runName`]: 'sweep-parent',
    [`${exp}/${PARENT}/outputs/${mlflow3Ids.model}/meta.yaml`]: `destination_id: ${mlflow3Ids.model}\ndestination_type: MODEL_OUTPUT\nsource_id: ${PARENT}\nsource_type: RUN_OUTPUT\nstep: 0\n`,
    [`${exp}/${CHILD}/meta.yaml`]: run(CHILD, 'trial-1', 4),
    [`${exp}/${CHILD}/params/learning_rate`]: '0.01',
    [`${exp}/${CHILD}/params/optimizer/name`]: 'adam',
    [`${exp}/${CHILD}/tags/mlflow.parentRunId`]: PARENT,
    [`${exp}/${CHILD}/metrics/train/loss`]: '1735689600000 0.9 0\n1735689601000 0.5 1\n1735689602000 0.7 2\n1735689602000 0.7 2\n',
    [`${exp}/${CHILD}/metrics/val_auc`]: '1735689600000 0.61 0\n1735689601000 0.74 1\n1735689602000 0.72 2\n',
    [`${exp}/${DELETED}/meta.yaml`]: run(DELETED, 'oops', 5, 'deleted'),
    [`${exp}/models/${mlflow3Ids.model}/meta.yaml`]: `artifact_location: file:///tmp/mlruns/${exp}/models/${mlflow3Ids.model}/artifacts\ncreation_timestamp: 1735689650000\nexperiment_id: '${exp}'\nlast_updated_timestamp: 1735689650000\nmodel_id: ${mlflow3Ids.model}\nmodel_type: ''\nname: churn-xgb\nsource_run_id: ${PARENT}\nstatus: 2\n`,
    [`${exp}/models/${mlflow3Ids.model}/params/max_depth`]: '6',
    [`${exp}/models/${mlflow3Ids.model}/metrics/auc`]: `1735689650000 0.81 0 ${PARENT} holdout 3b5f\n`,
    'models/churn/meta.yaml': 'creation_timestamp: 1735689700000\ndescription: ""\nlast_updated_timestamp: 1735689800000\nname: churn\n',
    'models/churn/aliases/champion': '2',
    'models/churn/aliases/challenger': '1',
    'models/churn/version-1/meta.yaml': `creation_timestamp: 1735689700000\ncurrent_stage: Archived\ndescription: ''\nlast_updated_timestamp: 1735689700000\nname: churn\nrun_id: ${CHILD}\nsource: file:///tmp/mlruns/${exp}/${CHILD}/artifacts/model\nstatus: READY\nversion: 1\n`,
    'models/churn/version-2/meta.yaml': `creation_timestamp: 1735689800000\ncurrent_stage: Production\ndescription: ''\nlast_updated_timestamp: 1735689800000\nmodel_id: ${mlflow3Ids.model}\nname: churn\nrun_id: ''\nsource: models:/${mlflow3Ids.model}\nstatus: READY\nversion: 2\n`,
    'models/churn/version-3/meta.yaml': "current_stage: Deleted_Internal\nname: churn\nversion: 3\nstatus: READY\n",
  };
}
