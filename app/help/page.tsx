import type { Metadata } from 'next';
import Link from 'next/link';
import { FACET_VALUES_CAP } from '@/lib/search/fields';
import { SECTIONS } from '@/lib/search/query-syntax';

export const metadata: Metadata = { title: 'How to search' };

type Example = { query: string; explains: string };

/** Every rule of the search box (lib/search/query-syntax.ts), each with examples that run the search. */
const RULES: Array<{ heading: string; text: string; examples: Example[] }> = [
  {
    heading: 'Words',
    text: 'Every word must appear (in what was said, the speaker’s name or office, or the title). Small spelling mistakes are forgiven, and common words such as “the” and “Minister” are ignored when you give other words.',
    examples: [
      { query: 'trafficking sexual exploitation', explains: 'all three words' },
      { query: 'trafficing', explains: 'finds “trafficking” despite the typo' },
    ],
  },
  {
    heading: 'Exact phrases',
    text: 'Put a phrase in double quotes to find exactly those words in that order. Inside quotes, spelling must be exact.',
    examples: [{ query: '"modern slavery"', explains: 'the phrase, not the words apart' }],
  },
  {
    heading: 'Leaving words out',
    text: 'Put a minus sign directly before a word or phrase (no space), or write NOT before it, to leave out contributions that contain it.',
    examples: [
      { query: '"modern slavery" -children', explains: 'the phrase, but nothing that mentions children' },
      { query: 'trafficking NOT women', explains: 'the same with NOT' },
    ],
  },
  {
    heading: 'Either word',
    text: 'Write OR (in capitals) between words, phrases or fields to find contributions with either. Brackets group: (a OR b) c.',
    examples: [
      { query: 'brothel OR sauna', explains: 'either word' },
      { query: '(brothel OR sauna) police', explains: 'either word, and police' },
    ],
  },
  {
    heading: 'Speaker',
    text: 'speaker: with a name, or part of one (a surname is enough). Quote names with spaces.',
    examples: [
      { query: 'speaker:"Vernon Coaker"', explains: 'everything Vernon Coaker said' },
      { query: 'speaker:coaker trafficking', explains: 'by surname, with a word' },
      { query: 'trafficking -speaker:coaker', explains: 'everyone except him' },
    ],
  },
  {
    heading: 'Minister',
    text: 'minister: with a name, or part of one, finds what that person said while holding a government post.',
    examples: [{ query: 'minister:coaker trafficking', explains: 'Vernon Coaker as a minister, with a word' }],
  },
  {
    heading: 'Party, department, venue, Act',
    text: 'party:, department:, venue: and act: filter on the exact name shown in the filters beside the results. Quote names with spaces.',
    examples: [
      { query: 'party:Labour trafficking', explains: 'said by Labour members' },
      { query: 'department:"Home Office"', explains: 'questions to the Home Office' },
      { query: 'act:"Modern Slavery Act 2015"', explains: 'contributions that mention the Act' },
    ],
  },
  {
    heading: 'Written questions',
    text: 'status: filters written questions by where they stand: unanswered, holding, answered, corrected, withdrawn, or overdue (the day the answer was due has passed with no answer). A UIN finds its question. /questions lists them, soonest due first.',
    examples: [
      { query: 'status:overdue department:"Home Office"', explains: 'overdue questions to the Home Office' },
      { query: '7926', explains: 'the question with UIN 7926' },
    ],
  },
  {
    heading: 'Section',
    text: `section: limits to a part of the record, as on TheyWorkForYou: ${Object.keys(SECTIONS).join(', ')} (the Commons chamber, Westminster Hall, Public Bill Committees, the Lords, written answers, written statements).`,
    examples: [
      { query: 'section:lords trafficking', explains: 'in the House of Lords' },
      { query: 'section:whall trafficking', explains: 'debates in Westminster Hall' },
      { query: 'section:wrans trafficking', explains: 'written questions and their answers' },
    ],
  },
  {
    heading: 'References',
    text: 'Paste a question number, a Hansard citation, a TheyWorkForYou link or id, or a Parliament written-question link: a "Go to" link above the results leads to what it names. uin: finds a question by its number. /go?ref=… goes there directly.',
    examples: [
      { query: 'uin:7814', explains: 'written question 7814 and its answer' },
      { query: 'HC Deb 26 November 2007, vol 468, col 3', explains: 'an OSCOLA citation' },
    ],
  },
  {
    heading: 'Dates',
    text: 'date: takes a day (20071126 or 2007-11-26) or a range with two dots; either end may be left open. from: and to: set one end. The From and To boxes and the year links do the same.',
    examples: [
      { query: 'date:20071126', explains: 'one sitting day' },
      { query: 'trafficking 20070101..20071231', explains: 'during 2007' },
      { query: 'trafficking from:20210101', explains: 'since 2021' },
    ],
  },
];

const searchHref = (query: string) => `/search?${new URLSearchParams({ q: query }).toString()}`;

export default function HelpPage() {
  return (
    <article className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">How to search</h1>
      <p className="mt-2 text-stone-700">
        Type into the search box; with JavaScript on, results update as you type, and pressing <kbd>/</kbd> takes you back to the box. Every example below is a
        link that runs the search. You can combine all of these in one search.
      </p>
      {RULES.map((rule) => (
        <section key={rule.heading} className="mt-6" aria-labelledby={`help-${rule.heading}`}>
          <h2 id={`help-${rule.heading}`} className="font-serif text-xl font-semibold">
            {rule.heading}
          </h2>
          <p className="mt-1">{rule.text}</p>
          <ul className="mt-2 space-y-1">
            {rule.examples.map((example) => (
              <li key={example.query}>
                <Link href={searchHref(example.query)} className="font-mono text-blue-800 underline" data-example>
                  {example.query}
                </Link>{' '}
                <span className="text-stone-600">— {example.explains}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="mt-6" aria-labelledby="help-results">
        <h2 id="help-results" className="font-serif text-xl font-semibold">
          Results
        </h2>
        <p className="mt-1">
          The filters beside the results show how many matches each value has; choosing several values in one filter finds any of them, and filters of different
          kinds all apply.{' '}
          {`Each filter lists its most frequent values; the link below them (“All 57 speakers”) lists every value for your search, up to the top ${FACET_VALUES_CAP}.`}{' '}
          “One per debate” shows the best match in each debate or question. The chart above the results counts matches per year; select a bar to keep only that
          year, or split it by party.
        </p>
      </section>
    </article>
  );
}
