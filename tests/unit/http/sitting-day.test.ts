import { describe, expect, it } from 'vitest';
import { checkSittingDateParam } from '@/lib/http/route-params';
import { NO_SITTING_DAY_HEADING, renderNoSittingDayPage } from '@/lib/http/sitting-day';

describe('/sittings/{date}', () => {
  it('takes only real calendar dates written YYYY-MM-DD', () => {
    expect(checkSittingDateParam('2007-11-26')).toBe('2007-11-26');
    expect(checkSittingDateParam('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2007-02-30', '2023-02-29', '26-11-2007', '2007-11-26x', 'yesterday', '']) expect(checkSittingDateParam(bad), bad).toBeNull();
  });

  it('the 404 page names the problem and links on, without scripts', () => {
    const html = renderNoSittingDayPage();
    expect(html).toContain(`<h1>${NO_SITTING_DAY_HEADING}</h1>`);
    expect(html).toContain('<a href="/sittings">');
    expect(html).not.toContain('<script');
  });
});
