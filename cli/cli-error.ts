/** A failure the user caused (missing file, wrong format): printed without a stack, exit 2 by default. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
