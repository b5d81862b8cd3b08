import { z } from 'zod';

const DEV_SESSION_SECRET = 'parity-development-secret-change-me-in-production';

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/parity'),
    REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z.string().min(1).default('parity'),
    PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Parity <no-reply@parity.local>'),
    SESSION_SECRET: z.string().min(32).default(DEV_SESSION_SECRET),
    SESSION_TTL_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().optional(),
    /** Behind a reverse proxy or ingress: trust X-Forwarded-For so rate limits see the real client address. */
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    ARGON2_MEMORY_KIB: z.coerce.number().int().min(19_456).default(19_456),
    ARGON2_TIME_COST: z.coerce.number().int().min(2).default(2),
    /** Where uploaded files are kept: a local directory (default) or an S3-compatible bucket. */
    STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
    STORAGE_DIR: z.string().default('.data/files'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    WORKER_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).default(25_000),
    /** A job's lock; a worker that dies mid-job leaves it stalled this long before another worker takes it over. */
    WORKER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(8),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(50_000),
    /**
     * The platform's Ed25519 private key (a JWK as JSON) that signs Open Badges credentials and status lists.
     * Required in production; elsewhere a stable development key is derived from SESSION_SECRET.
     */
    CREDENTIAL_SIGNING_KEY: z.string().min(1).optional(),
    /**
     * The keys coaching notes are encrypted with (AES-256-GCM): a JSON object of key id → base64 of 32 random bytes,
     * e.g. {"2027-01":"…"}. Old keys stay listed until `npm run notes:rekey` has re-encrypted their notes (see
     * docs/coaching-note-keys.md). Required in production; elsewhere a stable development key is derived from
     * SESSION_SECRET.
     */
    NOTES_ENCRYPTION_KEYS: z.string().min(1).optional(),
    /** Which of NOTES_ENCRYPTION_KEYS encrypts new notes (required with it). */
    NOTES_ENCRYPTION_KEY_ID: z.string().min(1).max(64).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === 'production' && value.SESSION_SECRET === DEV_SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SESSION_SECRET'],
        message: 'must be set to a random value of at least 32 characters in production',
      });
    }
    if (value.NODE_ENV === 'production' && !value.CREDENTIAL_SIGNING_KEY) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['CREDENTIAL_SIGNING_KEY'],
        message: 'must be set to a private Ed25519 JWK (JSON, or base64url of it) in production',
      });
    }
    if (value.NODE_ENV === 'production' && !value.NOTES_ENCRYPTION_KEYS) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['NOTES_ENCRYPTION_KEYS'],
        message: 'must be set to a JSON object of key id → base64 32-byte key in production',
      });
    }
    if (value.NOTES_ENCRYPTION_KEYS && !value.NOTES_ENCRYPTION_KEY_ID) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['NOTES_ENCRYPTION_KEY_ID'],
        message: 'must name the key of NOTES_ENCRYPTION_KEYS that encrypts new notes',
      });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;
