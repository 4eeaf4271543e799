import { z } from 'zod';

const optionalList = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

/** Every setting the services read from the environment, validated at start-up. */
export const ConfigSchema = z.object({
  DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Extra gazetteer files to load at start, besides those imported into DATA_DIR. */
  GAZETTEER_FILES: optionalList,
  /** Largest accepted HTTP request body, in bytes (an article body is at most 1,000,000 characters). */
  MAX_REQUEST_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  KAFKA_BROKERS: optionalList,
  /** Prefix of every topic and consumer group name, so deployments can share a cluster. */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[\w.-]*$/, 'letters, digits, ".", "_" and "-" only').default(''),
  EVENTSTORE_URL: z
    .string()
    .regex(/^(esdb|esdb\+discover|kurrentdb|kdb):\/\//, 'must be an esdb:// (or kurrentdb://) connection string')
    .optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string').optional(),
  /** PostgreSQL schema of the read models. */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a lower-case SQL identifier').default('incident_ledger'),
});
export type AppConfig = z.infer<typeof ConfigSchema>;

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

/** Parses the environment; a bad value stops the process with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}
