import type { ErrorCode } from '@shared/sync/protocol';
import type { z } from 'zod';

/** A refusal with an HTTP status, a stable code the client can act on, and extra fields for that code. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Validates one part of a request with zod; the first problems name the field, e.g. "ops.3.hlc: expected a clock value". */
export function parseOr400<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
  code: ErrorCode = 'bad_request',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${[where, ...issue.path.map(String)].join('.')}: ${issue.message}`);
  throw new HttpError(400, code, problems.join('; '));
}
