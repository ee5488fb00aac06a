import { z } from 'zod';

/** Everything the server reads from its environment, validated once at start with a clear message. */
const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'expected a port number')
    .transform(Number)
    .pipe(z.number().max(65_535))
    .default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./.sprintlab-server'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected postgres://user:password@host:port/database')
    .optional(),
  ADMIN_TOKEN: z.string().optional(),
  RATE_LIMIT_PER_MIN: z
    .string()
    .regex(/^\d+$/, 'expected a whole number (0 turns rate limiting off)')
    .transform(Number)
    .default(1_200),
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .transform((v) => v === '1' || v === 'true')
    .default(false),
  LOG: z
    .enum(['0', '1', 'true', 'false'])
    .transform((v) => v === '1' || v === 'true')
    .default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
});
export type ServerConfig = z.infer<typeof envSchema>;

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  // Empty variables count as unset, the way shells and compose files usually mean them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`bad server configuration: ${problems}`);
}
