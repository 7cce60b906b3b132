import { describe, expect, it } from 'vitest';
import { describeRegisterSource } from '../../../components/speaker/register-format';

describe('describeRegisterSource', () => {
  it('a URL is shown and linked as it is', () => {
    const url = 'https://raw.githubusercontent.com/mysociety/parlparse/master/members/';
    expect(describeRegisterSource(url)).toEqual({ label: url, href: url, bundled: false });
  });

  it('the bundled file is named, not its path on the server', () => {
    const d = describeRegisterSource('/srv/app/lib/members/data/register.json');
    expect(d).toMatchObject({ bundled: true, href: null });
    expect(d.label).not.toContain('/srv');
  });

  it('a folder shows only its last part', () => {
    const d = describeRegisterSource('/home/someone/private/members/');
    expect(d.label).toContain('“members”');
    expect(d.label).not.toContain('someone');
  });
});
