/**
 * The Senedd's Record of Proceedings in its two languages. parlparse (pyscraper/wa/parse.py) writes
 * one file per language per day, `senedd/en/` and `senedd/cy/`, with the same items in the same
 * order and the same `<major>.<minor>` in both gids (`uk.org.publicwhip/senedd/<lang>/<date>.<major>.<minor>`).
 * In each file an item spoken in the other language carries `original_lang`, and one that has no
 * text in the file's language carries `lang` (its text is then the other language's, untranslated).
 *
 * Here the two files of a day become one set of records: one contribution per speech, whose text is
 * the language it was spoken in, with the other language's text linked as its translation. The
 * English gid names every item (permalinks do not move when the Welsh file arrives, or arrives
 * first). Pure.
 */
import { RECORD_LANGUAGES, type Contribution, type ParsedRecord, type RecordLanguage } from '../record';
import { toTwfyUrl } from './urls';

const SENEDD_GID = /^(uk\.org\.publicwhip\/senedd\/)(en|cy)(\/.+)$/;

/** The language of the file a Senedd gid belongs to, or null for any other gid. */
export function seneddGidLanguage(gid: string): RecordLanguage | null {
  return (SENEDD_GID.exec(gid)?.[2] as RecordLanguage | undefined) ?? null;
}

/** The English file's gid for an item of either file: the one id every Senedd item is stored under. Other gids unchanged. */
export function canonicalSeneddGid(gid: string): string {
  const m = SENEDD_GID.exec(gid);
  return m ? `${m[1]}en${m[3]}` : gid;
}

function languageOf(value: string | undefined): RecordLanguage | null {
  const v = value?.trim().toLowerCase();
  return (RECORD_LANGUAGES as readonly string[]).includes(v ?? '') ? (v as RecordLanguage) : null;
}

/**
 * One item of one language's file: the language its text is in (`lang`, else the file's) and the
 * language it was spoken in (`original_lang`, else the file's). Nothing when the item has no Senedd gid.
 */
export function seneddLanguagesOf(attrs: Record<string, string>): Pick<Contribution, 'language' | 'spokenLanguage'> {
  const file = attrs.id ? seneddGidLanguage(attrs.id) : null;
  if (!file) return {};
  return { language: languageOf(attrs.lang) ?? file, spokenLanguage: languageOf(attrs.original_lang) ?? file };
}

export interface SeneddDayFiles {
  /** Records of the day's English file (`senedd/en/`), when there is one. */
  en: ParsedRecord[] | null;
  /** Records of the day's Welsh file (`senedd/cy/`), when there is one. */
  cy: ParsedRecord[] | null;
}

/**
 * The day's records from its English and Welsh files (either may be missing): the English file's
 * records and order (the Welsh file's when it is alone), each speech once, in the language it was
 * spoken in, its translation linked. An item only one file has is kept, at the end of its record
 * (or as a record of its own), with a warning: a speech is never lost, nor stored twice.
 */
export function mergeSeneddDay(files: SeneddDayFiles): ParsedRecord[] {
  const base = (files.en ?? files.cy ?? []).map(withEnglishGids);
  const other = files.en && files.cy ? files.cy.map(withEnglishGids) : [];
  const partners = new Map<string, Contribution>();
  for (const r of other) for (const c of r.contributions) if (c.sourceId) partners.set(c.sourceId, c);

  const inBase = new Set<string>();
  const merged = base.map((r) => ({
    ...r,
    contributions: r.contributions.map((c) => {
      if (c.sourceId) inBase.add(c.sourceId);
      return linkTranslation(c, c.sourceId ? (partners.get(c.sourceId) ?? null) : null);
    }),
  }));
  if (!other.length) return merged;

  const recordAt = new Map<string, number>();
  merged.forEach((r, i) => r.sourceId && recordAt.set(r.sourceId, i));
  const missingLanguage = files.en ? 'English' : 'Welsh';
  for (const r of other) {
    // Items without a gid cannot be paired: the base file's copy stands for them.
    const extras = r.contributions.filter((c) => c.sourceId && !inBase.has(c.sourceId)).map((c) => ({ ...linkTranslation(c, null), answers: null }));
    const at = r.sourceId ? recordAt.get(r.sourceId) : undefined;
    if (at !== undefined) {
      if (!extras.length) continue;
      merged[at].contributions.push(...extras);
      merged[at].warnings.push(`${extras.length} contribution(s) are only in the Welsh file of this day, not in the ${missingLanguage} one`);
    } else if (r.sourceId && (extras.length || r.contributions.length === 0)) {
      merged.push({
        ...r,
        contributions: extras,
        warnings: [...r.warnings, `This item is only in the Welsh file of this day, not in the ${missingLanguage} one`],
      });
    }
  }
  return merged;
}

/**
 * One speech from its two copies: the text in the language it was spoken in, the other language's
 * as its translation. With one copy only, its text stands (a Welsh speech read from the English
 * file alone is its English translation, and says so: `language` en, `spokenLanguage` cy).
 */
function linkTranslation(c: Contribution, partner: Contribution | null): Contribution {
  if (!c.language) return c;
  const spoken = c.spokenLanguage ?? partner?.spokenLanguage ?? c.language;
  const copies = [c, partner].flatMap((x) => (x?.language ? [{ language: x.language, text: x.text }] : []));
  const original = copies.find((t) => t.language === spoken) ?? null;
  const translation = copies.find((t) => t.language !== spoken) ?? null;
  const shown = original ?? translation ?? { language: c.language, text: c.text };
  return { ...c, text: shown.text, language: shown.language, spokenLanguage: spoken, translation: original && translation ? translation : null };
}

/** A record of either file under the English file's gids (its own, its contributions', its division's place). */
function withEnglishGids(r: ParsedRecord): ParsedRecord {
  const sourceId = r.sourceId ? canonicalSeneddGid(r.sourceId) : undefined;
  const out: ParsedRecord = {
    ...r,
    contributions: r.contributions.map((c) => (c.sourceId ? { ...c, sourceId: canonicalSeneddGid(c.sourceId) } : c)),
    warnings: [...r.warnings],
  };
  if (sourceId) {
    out.sourceId = sourceId;
    out.sourceUrl = toTwfyUrl(sourceId, { date: r.date });
  }
  if (r.divisionDetails) {
    const { section, after } = r.divisionDetails.place;
    out.divisionDetails = {
      ...r.divisionDetails,
      place: { section: section && canonicalSeneddGid(section), after: after && canonicalSeneddGid(after) },
    };
  }
  return out;
}
