import { describe, expect, it } from 'vitest';
import { DAY_FILE_KINDS } from '../../../lib/day-files';
import { toMilliseconds } from '../../../lib/env';
import { parseSyncArgs } from '../../../lib/sync/sync-args';

const defaults = { source: 'rsync://data.theyworkforyou.com/parldata', membersSource: 'https://example.org/members/' };

describe('parseSyncArgs', () => {
  it('defaults: every kind, every date, the default source and members source', () => {
    expect(parseSyncArgs([], defaults)).toEqual({
      from: null,
      to: null,
      kinds: [...DAY_FILE_KINDS],
      source: defaults.source,
      membersSource: defaults.membersSource,
      dryRun: false,
      bwlimit: null,
      timeoutSeconds: 60,
    });
  });

  it("reads every option, as `--name value` or `--name=value`, after npm's `--`", () => {
    const args = parseSyncArgs(
      [
        '--',
        '--from',
        '2009-10-26',
        '--to=2009-10-29',
        '--kinds',
        'debates,wms',
        '--source',
        '/srv/parldata',
        '--members-source',
        '/srv/members',
        '--bwlimit',
        '500K',
        '--timeout',
        '30',
        '--dry-run',
      ],
      defaults,
    );
    expect(args).toEqual({
      from: '2009-10-26',
      to: '2009-10-29',
      kinds: ['debates', 'wms'],
      source: '/srv/parldata',
      membersSource: '/srv/members',
      dryRun: true,
      bwlimit: '500K',
      timeoutSeconds: 30,
    });
    expect(parseSyncArgs(['--no-members'], defaults).membersSource).toBeNull();
  });

  it.each([
    [['--from', '26/10/2009'], '--from: must be YYYY-MM-DD'],
    [['--kinds', 'debates,hansard'], '--kinds: must be among'],
    [['--kinds', ''], '--kinds:'],
    [['--from', '2009-10-29', '--to', '2009-10-26'], '--from: must not be after --to'],
    [['--bwlimit', 'fast'], '--bwlimit: must be a rate'],
    [['--timeout', '0'], '--timeout:'],
    [['--source'], '--source needs a value'],
    [['--colour'], 'unknown argument --colour'],
    [['debates'], 'unknown argument debates'],
    // rsync would read these as its own options (--rsh runs a command)
    [['--source', '-e'], '--source: must not begin with "-" (rsync would read it as an option)'],
    [['--source=--rsh=touch /tmp/x'], '--source: must not begin with "-"'],
    [['--members-source', '--version'], '--members-source: must not begin with "-"'],
  ])('%j is refused with one line naming the option', (argv, message) => {
    expect(() => parseSyncArgs(argv, defaults)).toThrow(message);
  });
});

describe('SYNC_INTERVAL', () => {
  it('reads a number and a unit', () => {
    expect([toMilliseconds('90s'), toMilliseconds('30m'), toMilliseconds('24h'), toMilliseconds('7d')]).toEqual([90_000, 1_800_000, 86_400_000, 604_800_000]);
  });
});
