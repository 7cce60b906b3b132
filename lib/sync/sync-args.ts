/**
 * The command line of `npm run sync` (docs: README, docs/contracts.md §4), checked with zod:
 * one line naming the option that is wrong. Pure: argv and the environment's defaults in, options out.
 */
import { z } from 'zod';
import { DAY_FILE_KINDS, type DayFileKind } from '../day-files';

export const DEFAULT_PARLDATA_SOURCE = 'rsync://data.theyworkforyou.com/parldata';

/** rsync reads an argument that begins with `-` as one of its options, wherever it stands. */
const notAnOption = z
  .string()
  .min(1)
  .refine((v) => !v.startsWith('-'), 'must not begin with "-" (rsync would read it as an option)');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const syncArgsSchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  kinds: z.array(z.enum(DAY_FILE_KINDS, { message: `must be among ${DAY_FILE_KINDS.join(',')}` })).min(1),
  source: notAnOption,
  'members-source': notAnOption,
  'dry-run': z.boolean(),
  'no-members': z.boolean(),
  bwlimit: z
    .string()
    .regex(/^\d+(\.\d+)?[KMG]?$/i, 'must be a rate rsync takes, e.g. 500 or 2M')
    .optional(),
  timeout: z.coerce.number().int().min(1).max(3600),
});

export interface SyncArgs {
  from: string | null;
  to: string | null;
  kinds: DayFileKind[];
  source: string;
  membersSource: string | null;
  dryRun: boolean;
  bwlimit: string | null;
  timeoutSeconds: number;
}

const FLAGS = new Set(['dry-run', 'no-members']);
const VALUES = new Set(['from', 'to', 'kinds', 'source', 'members-source', 'bwlimit', 'timeout']);

/** Throws an Error whose message is the one line to print. */
export function parseSyncArgs(argv: readonly string[], defaults: { source: string; membersSource: string }): SyncArgs {
  const raw: Record<string, unknown> = {
    kinds: DAY_FILE_KINDS.join(','),
    source: defaults.source,
    'members-source': defaults.membersSource,
    'dry-run': false,
    'no-members': false,
    timeout: '60',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    const [flag, inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2);
    if (!arg.startsWith('--') || (!FLAGS.has(flag) && !VALUES.has(flag))) throw new Error(`unknown argument ${arg}`);
    if (FLAGS.has(flag)) raw[flag] = true;
    else {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${flag} needs a value`);
      raw[flag] = value;
    }
  }
  raw.kinds = String(raw.kinds)
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const result = syncArgsSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`--${String(issue.path[0])}: ${issue.message}`);
  }
  const a = result.data;
  if (a.from && a.to && a.from > a.to) throw new Error('--from: must not be after --to');
  return {
    from: a.from ?? null,
    to: a.to ?? null,
    kinds: [...new Set(a.kinds)],
    source: a.source,
    membersSource: a['no-members'] ? null : a['members-source'],
    dryRun: a['dry-run'],
    bwlimit: a.bwlimit ?? null,
    timeoutSeconds: a.timeout,
  };
}
