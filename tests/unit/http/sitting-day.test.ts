import { describe, expect, it } from 'vitest';
import { checkSittingDateParam } from '@/lib/http/route-params';

describe('/sittings/{date}', () => {
  it('takes only real calendar dates written YYYY-MM-DD', () => {
    expect(checkSittingDateParam('2007-11-26')).toBe('2007-11-26');
    expect(checkSittingDateParam('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2007-02-30', '2023-02-29', '26-11-2007', '2007-11-26x', 'yesterday', '']) expect(checkSittingDateParam(bad), bad).toBeNull();
  });
});
