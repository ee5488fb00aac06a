// Where and how to reach an MLflow tracking server, read as MLflow's own client reads it:
// MLFLOW_TRACKING_URI when no URL is given; MLFLOW_TRACKING_TOKEN as a bearer token, else
// MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD as HTTP basic auth.
import { CliError } from '../cli-error';

export interface MlflowServerFlags {
  json?: boolean;
  tokenEnv: string;
  experiment?: string[];
  history: boolean;
}

export interface MlflowServerAccess {
  baseUrl: string;
  token?: string;
  /** A full Authorization header value (basic auth), when there is no token. */
  authorization?: string;
}

export function mlflowServerFromEnv(url: string | undefined, flags: Pick<MlflowServerFlags, 'tokenEnv'>, env: NodeJS.ProcessEnv = process.env): MlflowServerAccess {
  const baseUrl = url ?? env.MLFLOW_TRACKING_URI;
  if (!baseUrl) throw new CliError('no MLflow server: give its URL or set MLFLOW_TRACKING_URI');
  if (!/^https?:\/\//i.test(baseUrl)) {
    throw new CliError(`${baseUrl}: not an http(s) tracking server URL (for a file store, use \`sprintlab import mlflow <mlruns-dir>\`)`);
  }
  const token = env[flags.tokenEnv] || undefined;
  if (token) return { baseUrl, token };
  const username = env.MLFLOW_TRACKING_USERNAME;
  const password = env.MLFLOW_TRACKING_PASSWORD;
  if (username && password) return { baseUrl, authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
  if (username || password) throw new CliError('set both MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD, or neither');
  return { baseUrl };
}
