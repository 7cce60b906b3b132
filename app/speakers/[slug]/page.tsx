import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PersonVotes, type PersonVotesFilter } from '@/components/divisions/person-votes';
import { PersonRegister } from '@/components/speaker/person-register';
import { PersonContributionList, SpeakerContributionList } from '@/components/speaker/speaker-contribution-list';
import { SpeakerDescriptions } from '@/components/speaker/speaker-descriptions';
import { SpeakerPagination } from '@/components/speaker/speaker-pagination';
import { SpeakerResolution } from '@/components/speaker/speaker-resolution';
import { getPersonProfile, getSpeakerPage, listPersonVotes, type PersonProfile } from '@/lib/db/pages';
import type { SpeakerPageView } from '@/lib/db/pages';
import { getRegisterCoverage, type RegisterCoverage } from '@/lib/db/pages';
import { speakerPageParamsSchema, votesQuerySchema } from '@/lib/http/route-params';
import { EmailMeForm } from '@/components/alerts/email-me-form';
import { emptySearchRequest, toSearchParams } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

const PER_PAGE = 50;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

type Loaded =
  /** A printed name (Speaker), with the register person it was matched to when there is one to show. */
  | {
      kind: 'printed';
      speaker: SpeakerPageView;
      person: PersonProfile | null;
      showPerson: boolean;
      page: number;
      pages: number;
      query: Record<string, string>;
      coverage: RegisterCoverage | null;
    }
  /** No printed name has this slug, but a register person does: their page, across all printed names. */
  | { kind: 'person'; person: PersonProfile; page: number; pages: number; query: Record<string, string>; coverage: RegisterCoverage | null };

const pagesOf = (total: number) => Math.max(1, Math.ceil(total / PER_PAGE));

async function load({ params, searchParams }: Props): Promise<Loaded | null> {
  const q = await searchParams;
  const parsed = speakerPageParamsSchema.safeParse({ slug: (await params).slug, page: q.page, person: q.person, as: q.as });
  if (!parsed.success) return null;
  const { slug, page, person: wanted, as } = parsed.data;
  const profileOptions = { limit: PER_PAGE, offset: (page - 1) * PER_PAGE, withoutCommittees: true };
  const speaker = await getSpeakerPage(slug, page, PER_PAGE);
  if (!speaker) {
    const person = await getPersonProfile(slug, profileOptions);
    return person && person.slug === slug
      ? { kind: 'person', person, page, pages: pagesOf(person.contributions.total), query: {}, coverage: await getRegisterCoverage() }
      : null;
  }
  const persons = speaker.register.persons;
  const personId = persons.find((p) => p.id === wanted)?.id ?? (persons.length === 1 ? persons[0].id : null);
  const person = personId ? await getPersonProfile(personId, profileOptions) : null;
  const showPerson = !!person && as !== 'printed';
  const query: Record<string, string> = {};
  if (person && wanted === person.id) query.person = person.id;
  if (as) query.as = as;
  const coverage = person ? await getRegisterCoverage() : null;
  return { kind: 'printed', speaker, person, showPerson, page, pages: showPerson ? pagesOf(person!.contributions.total) : speaker.pages, query, coverage };
}

/**
 * A member alert: the search for everything said under these names, and the divisions voted in
 * under them (division voters are named by the register's name, so a person's alert adds it).
 */
function speakerAlertSearch(names: string[]): string {
  return new URLSearchParams(names.map((n) => ['speaker', n])).toString();
}

function searchFor(name: string, path: '/search' | '/search.atom'): string {
  const request = emptySearchRequest();
  return `${path}?${toSearchParams({ ...request, facets: { ...request.facets, speaker: [name] } }).toString()}`;
}

function speakerHref(slug: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString();
  return `/speakers/${slug}${qs ? `?${qs}` : ''}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const loaded = await load(props);
  if (!loaded) return { title: 'Not found' };
  if (loaded.kind === 'person') {
    const { person } = loaded;
    return {
      title: person.name,
      description: `${person.name} in the member register, and ${plural(person.contributions.total, 'contribution')} in the record we hold.`,
      alternates: { canonical: `/speakers/${person.slug}` },
    };
  }
  const { speaker, person } = loaded;
  return {
    title: speaker.name,
    description: `Everything ${speaker.name} said in the record we hold: ${plural(speaker.total, 'contribution')}${person ? `; ${person.name} in the member register` : ''}.`,
    alternates: { canonical: `/speakers/${speaker.slug}`, types: { 'application/atom+xml': searchFor(speaker.name, '/search.atom') } },
  };
}

export default async function SpeakerPage(props: Props) {
  const loaded = await load(props);
  if (!loaded || (loaded.page > 1 && loaded.page > loaded.pages)) notFound();
  const start = (loaded.page - 1) * PER_PAGE + 1;
  const votes = loaded.person ? await loadVotes(loaded.person, await props.searchParams) : null;

  if (loaded.kind === 'person') {
    const { person } = loaded;
    return (
      <div>
        <p className="text-sm uppercase tracking-wide text-stone-600">Person in the member register</p>
        <h1 className="mt-1 font-serif text-3xl font-bold">{person.name}</h1>
        <p className="mt-2 text-sm text-stone-700">
          {plural(person.contributions.total, 'contribution')} in the record we hold, under every name the sources printed for them.
        </p>
        <PersonRegister person={person} coverage={loaded.coverage} />
        {votes ? <PersonVotes name={person.name} personId={person.id} {...votes} /> : null}
        <section aria-labelledby="contributions-heading">
          <h2 id="contributions-heading" className="mb-3 font-semibold">
            All contributions, under every printed name, newest first
          </h2>
          <PersonContributionList contributions={person.contributions.items} start={start} showPrintedName={person.printedNames.length > 1} />
          <SpeakerPagination slug={person.slug} page={loaded.page} pages={loaded.pages} />
        </section>
        {person.printedNames.length ? (
          <EmailMeForm
            search={speakerAlertSearch([...new Set([...person.printedNames.map((p) => p.name), person.name])])}
            what={`when ${person.name} speaks or votes`}
          />
        ) : null}
      </div>
    );
  }

  const { speaker, person, showPerson } = loaded;
  const personQuery: Record<string, string> = loaded.query.person ? { person: loaded.query.person } : {};
  // the two lists differ only when the person was printed under other names too (or some of this name's contributions are someone else's)
  const listsDiffer = !!person && (person.printedNames.length > 1 || person.contributions.total !== speaker.total);
  return (
    <div>
      <p className="text-sm uppercase tracking-wide text-stone-600">Speaker</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{speaker.name}</h1>
      <p className="mt-2 text-sm text-stone-700">
        {plural(speaker.total, 'contribution')} under this name, as printed in the sources
        {person && person.contributions.total !== speaker.total ? `; ${person.contributions.total} in all under every name matched to ${person.name}` : ''}.{' '}
        <Link href={searchFor(speaker.name, '/search')} className="text-blue-800 underline">
          Search within {speaker.name}&rsquo;s contributions
        </Link>
        {' · '}
        <a href={searchFor(speaker.name, '/search.atom')} className="text-blue-800 underline">
          Atom feed
        </a>
      </p>
      <EmailMeForm search={speakerAlertSearch([speaker.name])} what={`when ${speaker.name} speaks`} />
      <SpeakerResolution name={speaker.name} slug={speaker.slug} register={speaker.register} shown={person?.id ?? null} />
      <section aria-labelledby="described-as" className="my-6">
        <h2 id="described-as" className="mb-2 font-semibold">
          Described in the record as
        </h2>
        <p className="mb-2 text-xs text-stone-600">As printed in the sources, beside the name.</p>
        <SpeakerDescriptions descriptions={speaker.descriptions} />
      </section>
      {person ? <PersonRegister person={person} coverage={loaded.coverage} /> : null}
      {person && votes ? <PersonVotes name={person.name} personId={person.id} {...votes} /> : null}
      <section aria-labelledby="contributions-heading">
        <h2 id="contributions-heading" className="mb-1 font-semibold">
          {showPerson
            ? `All contributions by ${person!.name}, under every printed name, newest first`
            : person
              ? `Contributions printed as “${speaker.name}”, newest first`
              : 'Contributions, newest first'}
        </h2>
        {person && (listsDiffer || !showPerson) ? (
          <p className="mb-3 text-sm">
            {showPerson ? (
              <Link href={speakerHref(speaker.slug, { ...personQuery, as: 'printed' })} className="text-blue-800 underline">
                Only those printed as &ldquo;{speaker.name}&rdquo; ({speaker.total})
              </Link>
            ) : (
              <Link href={speakerHref(speaker.slug, personQuery)} className="text-blue-800 underline">
                All of {person.name}&rsquo;s contributions, under every printed name ({person.contributions.total})
              </Link>
            )}
          </p>
        ) : (
          <div className="mb-3" />
        )}
        {showPerson ? (
          <PersonContributionList contributions={person!.contributions.items} start={start} showPrintedName={person!.printedNames.length > 1} />
        ) : (
          <SpeakerContributionList contributions={speaker.contributions} start={start} />
        )}
        <SpeakerPagination slug={speaker.slug} page={loaded.page} pages={loaded.pages} query={loaded.query} />
      </section>
    </div>
  );
}

/** The votes section's filters (vfrom, vto, vq): a value that does not check is ignored, as the other filters of this page. */
async function loadVotes(person: PersonProfile, q: Record<string, string | string[] | undefined>) {
  const parsed = votesQuerySchema.safeParse({ person: person.id, from: q.vfrom, to: q.vto, q: q.vq, page: '1', perPage: '100' });
  const f = parsed.success ? parsed.data : { from: undefined, to: undefined, q: undefined };
  const filter: PersonVotesFilter = { from: f.from ?? '', to: f.to ?? '', words: f.q ?? '' };
  const found = await listPersonVotes({ personId: person.id, from: f.from, to: f.to, words: f.q?.split(/\s+/).filter(Boolean), page: 1, perPage: 100 });
  return { votes: found.votes, total: found.total, filter };
}
