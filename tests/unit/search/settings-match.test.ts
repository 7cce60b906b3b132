import { describe, expect, it } from 'vitest';
import { settingsMatch } from '@/lib/search/index-admin';
import { VOTERS_ATTRIBUTE } from '@/lib/search/fields';
import { CONTRIBUTIONS_SETTINGS } from '@/lib/search/settings';

const rule = (patterns: string[], comparison: boolean) => ({
  attributePatterns: patterns,
  features: { facetSearch: false, filter: { equality: true, comparison } },
});

describe('settingsMatch (whether ensureIndex must update an index)', () => {
  it('takes granular filterable rules in any order, and names in any order', () => {
    const wanted = { filterableAttributes: [rule(['party', 'house'], false), rule(['day'], true)], sortableAttributes: ['day', 'position'] };
    const current = { filterableAttributes: [rule(['day'], true), rule(['party', 'house'], false)], sortableAttributes: ['position', 'day'] };
    expect(settingsMatch(current, wanted)).toBe(true);
  });

  it('sees a rule that differs in its operators, and plain names where rules are wanted', () => {
    const wanted = { filterableAttributes: [rule(['party'], false), rule(['day'], true)] };
    expect(settingsMatch({ filterableAttributes: [rule(['party'], true), rule(['day'], true)] }, wanted)).toBe(false);
    expect(settingsMatch({ filterableAttributes: ['day', 'party'] }, wanted)).toBe(false);
  });

  it('sees an index from before decision 023 as needing the new settings', () => {
    const before = {
      ...CONTRIBUTIONS_SETTINGS,
      filterableAttributes: (CONTRIBUTIONS_SETTINGS.filterableAttributes ?? []).flatMap((a) => (typeof a === 'string' ? [a] : a.attributePatterns)),
    };
    expect(settingsMatch(before, CONTRIBUTIONS_SETTINGS)).toBe(false);
    expect(settingsMatch(CONTRIBUTIONS_SETTINGS, CONTRIBUTIONS_SETTINGS)).toBe(true);
  });

  it("sees an index from before divisions' voters were filterable as needing the new settings", () => {
    const rules = (CONTRIBUTIONS_SETTINGS.filterableAttributes ?? []).filter((a) => typeof a !== 'string');
    expect(rules.some((r) => r.attributePatterns.includes(VOTERS_ATTRIBUTE))).toBe(true);
    const before = {
      ...CONTRIBUTIONS_SETTINGS,
      filterableAttributes: rules.map((r) => ({ ...r, attributePatterns: r.attributePatterns.filter((p) => p !== VOTERS_ATTRIBUTE) })),
    };
    expect(settingsMatch(before, CONTRIBUTIONS_SETTINGS)).toBe(false);
  });
});
