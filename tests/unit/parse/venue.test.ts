/**
 * The venue of every record: from the day file's type for the shipped real ParlParse day files
 * (hansard/scrapedxml, one folder per kind of day file), from the sitting heading of copied pages,
 * else from kind and house.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@/lib/parse';
import type { Venue } from '@/lib/parse/record';
import { defaultVenue, isGrandCommitteeColumn, venueFromCue } from '@/lib/parse/venue';
import { itEach } from '../../support/cases';

const samples = join(__dirname, '../../../hansard/scrapedxml');
const texts = join(__dirname, '../../fixtures/text');

const FOLDER_VENUES: Record<string, Venue> = {
  debates: 'commons-chamber',
  westminhall: 'westminster-hall',
  standing: 'public-bill-committee',
  lordspages: 'lords-chamber',
  wrans: 'written-answers',
  lordswrans: 'written-answers',
  wms: 'written-statements',
  lordswms: 'written-statements',
};

const parseFile = (path: string) => parseDocument(readFileSync(path), { fileName: path }).records;

describe('venue of the shipped real day files', () => {
  for (const [folder, venue] of Object.entries(FOLDER_VENUES)) {
    for (const file of readdirSync(join(samples, folder))) {
      it(`${folder}/${file}: every record is ${venue}`, () => {
        const records = parseFile(join(samples, folder, file));
        expect(records.length).toBeGreaterThan(0);
        expect(new Set(records.map((r) => r.venue))).toEqual(new Set([venue]));
      });
    }
  }

  it('names the bill of a Public Bill Committee sitting, and no bill elsewhere', () => {
    const pbc = parseFile(join(samples, 'standing', 'standing2009-10-20_CHILDPOV_07-0_2009-10-29a.xml'));
    expect(new Set(pbc.map((r) => r.bill))).toEqual(new Set(['Child Poverty Bill']));
    const whall = parseFile(join(samples, 'westminhall', 'westminster2009-10-28a.xml'));
    expect(whall.every((r) => r.bill === undefined)).toBe(true);
  });

  it('keeps the column each contribution starts in, as printed', () => {
    const wrans = parseFile(join(samples, 'wrans', 'answers2009-10-29a.xml'));
    expect(wrans[0].contributions[0].column).toBe('483W');
    const whall = parseFile(join(samples, 'westminhall', 'westminster2009-10-28a.xml'));
    const first = whall[0].contributions[0];
    expect(first.sourceId).toBe('uk.org.publicwhip/westminhall/2009-10-28a.71.1');
    expect(first.column).toBe('71');
  });
});

describe('venue of copied pages', () => {
  it('reads Westminster Hall and Public Bill Committee from TheyWorkForYou sitting headings', () => {
    expect(parseFile(join(texts, 'twfy', 'westminster-hall-debate.txt'))[0].venue).toBe('westminster-hall');
    expect(parseFile(join(texts, 'twfy', 'public-bill-committee.txt'))[0].venue).toBe('public-bill-committee');
  });

  it('gives the seed pages the venue their kind and house say', () => {
    const seeds = join(__dirname, '../../../seeds');
    const venues = readdirSync(seeds)
      .sort()
      .map((f) => parseFile(join(seeds, f))[0].venue);
    // committee press release, Lords written question, Commons oral answers, Commons debate, Commons written question
    expect(venues).toEqual(['committee-publication', 'written-answers', 'commons-chamber', 'commons-chamber', 'written-answers']);
  });
});

describe('venue helpers', () => {
  itEach('maps printed sitting places and nothing else: %s → %s', venueFromCue, [
    ['Westminster Hall', 'westminster-hall'],
    ['the Grand Committee', 'lords-grand-committee'],
    ['a Public Bill Committee', 'public-bill-committee'],
    ['Lords Chamber', 'lords-chamber'],
    ['General Committees', null],
    [null, null],
  ]);

  it.each([
    ['debate', null, null],
    ['oral-answers', 'Lords', 'lords-chamber'],
    ['other', 'Commons', null],
  ] as const)('never guesses a chamber without a house: %s in %s → %s', (kind, house, venue) => {
    expect(defaultVenue(kind, house)).toBe(venue);
  });

  itEach('tells Grand Committee columns by their GC series: %s → %s', isGrandCommitteeColumn, [
    ['GC123', true],
    ['123', false],
    ['WA12', false],
  ]);
});
