/**
 * Reads a reference someone pasted — a question number (UIN), a Hansard citation in OSCOLA or the
 * forms people write, a TheyWorkForYou URL or gid, a Parliament written-question URL, or any other
 * source URL — into a structured Reference. Pure: no I/O. Text that is no reference gives null.
 *
 * Citations: `HC Deb 26 November 2007, vol 468, col 3`, `HL Deb 24 Feb 2021 c123`,
 * `HC Deb 26/11/07 c3W`, `HC Deb 28 October 2009, col 71WH`, `HL Deb 27 October 2009, col WA115`,
 * `PBC Deb (Bill 13) 29 October 2009, col 213`. The column's series letters say where: W / WA
 * written answers, WS written statements, WH Westminster Hall, GC Grand Committee.
 *
 * The devolved legislatures: a Scottish Parliament question reference (`S3W-28257`: session,
 * type, number), their citations as we print them (lib/cite.ts: "Scottish Parliament Official
 * Report 28 October 2009, col 20529"), TheyWorkForYou's `/sp/`, `/spwrans/`, `/ni/` and `/senedd/`
 * addresses, the Scottish Parliament's own Official Report pages (their address names the day, and
 * the `#Col` anchor the column) and the Senedd's Record of Proceedings (its `#C` anchor is the
 * contribution's number, the last part of parlparse's gid, pyscraper/wa/parse.py).
 */
import type { House, Venue } from '../parse/record';
import { findDate, toIsoDate } from '../parse/shared/dates';

export type Reference =
  /** A question or statement number as printed (upper-cased), with the date given beside it. */
  | { type: 'uin'; uin: string; date: string | null }
  | { type: 'citation'; house: House | null; venue: Venue | null; date: string; volume: string | null; column: number | null; bill: string | null }
  /** A ParlParse / TheyWorkForYou id, exactly. */
  | { type: 'gid'; gid: string }
  /** A Public Bill Committee sitting's TheyWorkForYou address names the end of its gids only. */
  | { type: 'gid-suffix'; prefix: string; suffix: string }
  /** Any other web address: the page a record was read from (Record.sourceUrl). */
  | { type: 'source-url'; url: string };

/** Longest reference we read; longer text is a search, not a reference. */
export const MAX_REFERENCE_LENGTH = 500;

const GID_PREFIX = 'uk.org.publicwhip/';
/**
 * A Senedd item is stored once, under its English file's gid (lib/parse/parlparse/senedd.ts): the
 * Welsh file's gid of it (`senedd/cy/…`, the same `<major>.<minor>`) leads to the same place.
 */
function englishSeneddGid(gid: string): string {
  return gid.startsWith(`${GID_PREFIX}senedd/cy/`) ? `${GID_PREFIX}senedd/en/${gid.slice(GID_PREFIX.length + 'senedd/cy/'.length)}` : gid;
}

/** A gid: its kind, then (sp-new committees, the Senedd's language) perhaps one more folder. */
const GID = /^uk\.org\.publicwhip\/[a-z]+(?:\/[a-z0-9-]+)?\/[A-Za-z0-9_.-]+$/;
/** TheyWorkForYou sections (URL path) → the kind segment of their gids. */
const TWFY_SECTIONS: Record<string, string> = {
  debates: 'debate',
  debate: 'debate',
  whall: 'westminhall',
  lords: 'lords',
  wrans: 'wrans',
  wms: 'wms',
  sp: 'spor',
  spwrans: 'spwa',
  ni: 'ni',
};
/** A Scottish Parliament question reference: session, type letters, number (S3W-28257, S6O-1234, S5F-00123). */
const SP_QUESTION = 'S\\d[A-Z]{1,2}-\\d{1,6}';
const UIN = new RegExp(`^(?:uin\\s*[:#]?\\s*)?((?:HL|HC|HCWS|HLWS)?\\d{1,7}|${SP_QUESTION})(?:\\s*[,;]?\\s*(?:tabled|answered|on|of)?\\s*(.+))?$`, 'i');

/** The reference `text` names, or null when it is not one we read. */
export function parseReference(text: string): Reference | null {
  const input = text.trim().replace(/\s+/g, ' ');
  if (!input || input.length > MAX_REFERENCE_LENGTH) return null;
  if (/^(?:https?:\/\/|www\.)/i.test(input)) return readUrl(input);
  if (GID.test(input)) return { type: 'gid', gid: englishSeneddGid(input) };
  return readCitation(input) ?? readDevolvedCitation(input) ?? readUin(input);
}

function readUin(input: string): Reference | null {
  const m = UIN.exec(input);
  if (!m) return null;
  const date = m[2] ? readDate(m[2]) : null;
  if (m[2] && !date) return null; // "7814 something": words after a number are a search
  return { type: 'uin', uin: m[1].toUpperCase(), date };
}

function readUrl(input: string): Reference | null {
  let url: URL;
  try {
    url = new URL(/^www\./i.test(input) ? `https://${input}` : input);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'theyworkforyou.com') return readTwfyUrl(url);
  if (host === 'scottish.parliament.uk' || host === 'parliament.scot') return readScottishParliamentUrl(url) ?? { type: 'source-url', url: url.toString() };
  if (SENEDD_HOSTS.has(host)) return readSeneddUrl(url) ?? { type: 'source-url', url: url.toString() };
  const question = /\/written-(?:questions|statements)\/detail\/(\d{4}-\d{2}-\d{2})\/([A-Za-z]{0,4}\d{1,7})\/?$/.exec(url.pathname);
  if (host.endsWith('parliament.uk') && question) return { type: 'uin', uin: question[2].toUpperCase(), date: readDate(question[1]) };
  return { type: 'source-url', url: url.toString() };
}

function readTwfyUrl(url: URL): Reference | null {
  const path = url.pathname.replace(/\/+$/, '');
  const section = TWFY_SECTIONS[path.replace(/^\//, '')];
  const id = url.searchParams.get('id') ?? url.searchParams.get('gid');
  if (section && id && /^[A-Za-z0-9_.-]+$/.test(id)) return { type: 'gid', gid: `${GID_PREFIX}${section}/${id}` };
  // TheyWorkForYou finds an SP written answer by its reference too: /spwrans/?spid=S3W-28257
  const spid = url.searchParams.get('spid');
  if (section === 'spwa' && spid && new RegExp(`^${SP_QUESTION}$`, 'i').test(spid)) return { type: 'uin', uin: spid.toUpperCase(), date: null };
  // Senedd gids carry the file's language (uk.org.publicwhip/senedd/en/…); an id without one is the English file's.
  const senedd = path === '/senedd' && id ? /^(?:(en|cy)\/)?([A-Za-z0-9_.-]+)$/.exec(id) : null;
  if (senedd) return { type: 'gid', gid: `${GID_PREFIX}senedd/en/${senedd[2]}` };
  // /pbc/2008-09/Child_Poverty_Bill/05-0_2009-10-27a.2.2 → gids …/standing/standing<date>_<BILL>_05-0_2009-10-27a.2.2
  const pbc = /^\/pbc\/[^/]+\/[^/]+\/([A-Za-z0-9_.-]+)$/.exec(path);
  if (pbc) return { type: 'gid-suffix', prefix: `${GID_PREFIX}standing/`, suffix: `_${pbc[1]}` };
  return { type: 'source-url', url: url.toString() };
}

/**
 * The Scottish Parliament's Official Report pages: …/officialReports/meetingsParliament/or-09/sor1028-02.htm#Col20529
 * (the chamber on 28 October 2009, column 20529); its written answers: …/pqa/wa-09/wa1026.htm (the day's answers).
 */
function readScottishParliamentUrl(url: URL): Reference | null {
  const chamber = /\/or-(\d{2})\/sor(\d{2})(\d{2})-\d+\.htm$/i.exec(url.pathname);
  const written = /\/wa-(\d{2})\/wa(\d{2})(\d{2})\.htm$/i.exec(url.pathname);
  const m = chamber ?? written;
  const date = m ? toIsoDate(1999 + ((+m[1] + 1) % 100), +m[2], +m[3]) : null;
  if (!date) return null;
  const column = chamber ? /^#Col(\d{1,6})$/i.exec(url.hash)?.[1] : undefined;
  return {
    type: 'citation',
    house: 'Scottish Parliament',
    venue: chamber ? 'scottish-parliament-chamber' : 'written-answers',
    date,
    volume: null,
    column: column ? Number(column) : null,
    bill: null,
  };
}

const SENEDD_HOSTS = new Set(['record.senedd.wales', 'cofnod.senedd.cymru', 'record.assembly.wales', 'cofnod.cynulliad.cymru']);

/** The Senedd's Record of Proceedings: /Plenary/5919#C253035, the anchor being the contribution's number, the end of its gid. */
function readSeneddUrl(url: URL): Reference | null {
  const contribution = /^\/Plenary\/\d{1,9}$/i.test(url.pathname) ? /^#C(\d{1,9})$/.exec(url.hash)?.[1] : undefined;
  return contribution ? { type: 'gid-suffix', prefix: `${GID_PREFIX}senedd/`, suffix: `.${contribution}` } : null;
}

/** Each devolved body's report as we cite it (lib/cite.ts); one name covers its chamber and committees, so no venue. */
const DEVOLVED_REPORTS: Array<{ name: RegExp; house: House }> = [
  { name: /^Scottish Parliament Official Report\b/i, house: 'Scottish Parliament' },
  { name: /^Northern Ireland Assembly Official Report\b/i, house: 'Northern Ireland Assembly' },
  { name: /^Senedd Record of Proceedings\b/i, house: 'Senedd' },
];

/**
 * "Scottish Parliament Official Report 28 October 2009, col 20529", "Northern Ireland Assembly
 * Official Report 12 October 2009", "Senedd Record of Proceedings 8 January 2020", and "Scottish
 * Parliament Written Answer S3W-28257, 26 October 2009" (a question reference with its date).
 */
function readDevolvedCitation(input: string): Reference | null {
  const written = /^Scottish Parliament Written Answers? (.+)$/i.exec(input);
  if (written) return readUin(written[1]);
  const report = DEVOLVED_REPORTS.find((r) => r.name.test(input));
  if (!report) return null;
  const [datePart, ...rest] = input.replace(report.name, '').split(',');
  const date = readDate(datePart);
  if (!date) return null;
  const column = /^\s*cols?\.?\s*(\d{1,6})\s*$/i.exec(rest.join(','));
  if (rest.length && !column) return null;
  return { type: 'citation', house: report.house, venue: null, date, volume: null, column: column ? Number(column[1]) : null, bill: null };
}

const CITATION = /^(HC|HL|PBC)\s+Deb\.?\s*(?:\(([^)]{1,120})\))?\s*(.*)$/i;
const VOLUME = /\bvol(?:ume)?\.?\s*(\d{1,4})\b/i;
/** "col 3", "cols 973-74", "c123", "c3W", "col 71WH", "col WA115", "col GC12", "3 WS". */
const COLUMN = /\b(?:cols?\.?|c\.?)\s*(WA|WS|GC)?\s*(\d{1,5})\s*(WH|WS|WA|W)?\b/i;
const SERIES_VENUES: Record<string, Venue> = {
  W: 'written-answers',
  WA: 'written-answers',
  WS: 'written-statements',
  WH: 'westminster-hall',
  GC: 'lords-grand-committee',
};

function readCitation(input: string): Reference | null {
  const m = CITATION.exec(input);
  if (!m) return null;
  const head = m[1].toUpperCase();
  const rest = m[3];
  // The date runs up to the volume or column ("26 November 2007, vol 468", "26/11/07 c3W").
  const datePart = rest.split(/,|\bvol(?:ume)?\b|\bcols?\b|\bc\.?\s*(?=[A-Z]{0,2}\d)/i)[0];
  const date = readDate(datePart);
  if (!date) return null;
  const afterDate = rest.slice(datePart.length);
  const column = COLUMN.exec(afterDate);
  const series = column ? (column[1] ?? column[3] ?? '').toUpperCase() : '';
  const house: House | null = head === 'HL' ? 'Lords' : 'Commons';
  let venue: Venue | null = series ? SERIES_VENUES[series] : head === 'HL' ? 'lords-chamber' : 'commons-chamber';
  if (head === 'PBC') venue = 'public-bill-committee';
  return {
    type: 'citation',
    house,
    venue,
    date,
    volume: VOLUME.exec(afterDate)?.[1] ?? null,
    column: column ? Number(column[2]) : null,
    bill: head === 'PBC' && m[2] ? m[2].trim() : null,
  };
}

/** "26 November 2007", "24 Feb 2021", "26/11/07", "26/11/2007", "2007-11-26" → YYYY-MM-DD. */
export function readDate(text: string): string | null {
  const t = text.trim().replace(/[.,;]+$/, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return toIsoDate(+iso[1], +iso[2], +iso[3]);
  const short = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (short) {
    const year = short[3].length === 4 ? +short[3] : +short[3] + (+short[3] < 50 ? 2000 : 1900);
    return toIsoDate(year, +short[2], +short[1]);
  }
  const found = findDate(t);
  // the whole text must be the date (a weekday before it is fine), not a date inside words
  return found && t.slice(found.index + found.matched.length).trim() === '' && /^(?:[A-Za-z]+day,?\s+)?$/.test(t.slice(0, found.index)) ? found.iso : null;
}
