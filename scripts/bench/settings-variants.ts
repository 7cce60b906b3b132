/**
 * The index variants `npm run bench:settings` builds and measures (decision 023): the index as it
 * was before that decision, each candidate change alone on top of it, and the index the app builds
 * now (CONTRIBUTIONS_SETTINGS with toSearchDocuments). Each variant is a whole IndexShape, so the
 * sweep builds it through the same code as `npm run reindex` (lib/ingest/index-documents.ts).
 */
import type { Settings } from 'meilisearch';
import type { IndexableRecord } from '../../lib/db/store';
import type { IndexShape } from '../../lib/ingest/index-documents';
import { slugify } from '../../lib/ids';
import { toSearchDocuments, type SearchDocument } from '../../lib/search/documents';
import { CONTRIBUTIONS_SETTINGS } from '../../lib/search/settings';

export interface SettingsVariant {
  name: string;
  /** What the variant changes and what a user would lose with it, in a line. */
  change: string;
  shape: IndexShape;
}

const now = CONTRIBUTIONS_SETTINGS;

/** The settings decision 023 changed, with their values before it. */
const BEFORE_023: Settings = {
  // Plain names: every filter operator on every attribute, so range structures for all of them.
  filterableAttributes: (now.filterableAttributes ?? []).flatMap((a) => (typeof a === 'string' ? [a] : a.attributePatterns)),
  typoTolerance: { ...now.typoTolerance, disableOnAttributes: [] },
};

/**
 * Each contribution's document before decision 023, which also stored three fields nothing reads:
 * the speaker's slug, the register person id, and the time — which rows no longer carry, so it
 * comes back as null here and the before figure undercounts by those few bytes.
 */
function toDocumentsBefore023(record: IndexableRecord): SearchDocument[] {
  return toSearchDocuments(record).map((d, i) => {
    const c = record.contributions[i];
    return { ...d, time: null, speakerSlug: d.speakerName ? slugify(d.speakerName) : null, personId: c.personId ?? null };
  });
}

/** The index before decision 023. */
export const BEFORE_SHAPE: IndexShape = { settings: { ...now, ...BEFORE_023 }, toDocuments: toDocumentsBefore023 };

const before = BEFORE_SHAPE.settings;

/** Each candidate alone on top of the index before decision 023. */
export function candidateVariants(): SettingsVariant[] {
  const variant = (name: string, change: string, settings: Partial<Settings>, toDocuments = BEFORE_SHAPE.toDocuments): SettingsVariant => ({
    name,
    change,
    shape: { settings: { ...before, ...settings }, toDocuments },
  });
  const searchable = before.searchableAttributes ?? [];
  return [
    variant(
      'proximity by attribute',
      'proximityPrecision byAttribute: words count as near when in the same attribute, whatever their distance (a quoted phrase too)',
      { proximityPrecision: 'byAttribute' },
    ),
    variant('no prefix search', 'prefixSearch disabled: the last word no longer matches longer words ("crime" → "crimes", a word being typed)', {
      prefixSearch: 'disabled',
    }),
    ...searchable
      .filter((a) => a !== 'text')
      .map((a) =>
        variant(`not searchable: ${a}`, `${a} no longer found by the words of a search`, { searchableAttributes: searchable.filter((s) => s !== a) }),
      ),
    variant('filters: equality only', 'no range structures (`<`, `TO`) except on day and dueDay; no facet search', {
      filterableAttributes: now.filterableAttributes,
    }),
    variant('not sortable: position', 'sort=newest/oldest can no longer put a day’s contributions in speaking order', {
      sortableAttributes: (before.sortableAttributes ?? []).filter((a) => a !== 'position'),
    }),
    variant(
      'unread fields dropped',
      'speakerSlug, personId and time no longer stored (no search, filter, sort, hit or export reads them from the index)',
      {},
      toSearchDocuments,
    ),
    variant('no typos on uins', 'typoTolerance.disableOnAttributes [uins]: a question number matches exactly', { typoTolerance: now.typoTolerance }),
    variant('maxValuesPerFacet 100', 'facet lists and year counts cut at 100 values (FACET_VALUES_CAP, 300, now)', {
      faceting: { ...before.faceting, maxValuesPerFacet: 100 },
    }),
  ];
}

/** The sweep's variants in the order built: before, each candidate, and the index the app builds now. */
export function settingsVariants(): SettingsVariant[] {
  return [
    { name: 'before', change: 'the index before decision 023', shape: BEFORE_SHAPE },
    ...candidateVariants(),
    {
      name: 'chosen',
      change: 'CONTRIBUTIONS_SETTINGS and toSearchDocuments as the app builds them now',
      shape: { settings: now, toDocuments: toSearchDocuments },
    },
  ];
}
