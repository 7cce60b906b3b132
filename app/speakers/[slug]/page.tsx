import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { SpeakerContributionList } from '@/components/speaker/speaker-contribution-list';
import { SpeakerDescriptions } from '@/components/speaker/speaker-descriptions';
import { SpeakerPagination } from '@/components/speaker/speaker-pagination';
import { getSpeakerPage } from '@/lib/db/queries';
import { emptySearchRequest, toSearchParams } from '@/lib/search/search-params';

export const dynamic = 'force-dynamic';

const PER_PAGE = 50;

/** Slugs as lib/ids.ts `slugify` makes them; page 1-based (absent = 1). */
const speakerRouteSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v) || '1', z.coerce.number().int().min(1).max(10_000)),
});

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const parsed = speakerRouteSchema.safeParse({ slug: (await params).slug, page: (await searchParams).page });
  return parsed.success ? getSpeakerPage(parsed.data.slug, parsed.data.page, PER_PAGE) : null;
}

function searchFor(name: string, path: '/search' | '/search.atom'): string {
  const request = emptySearchRequest();
  return `${path}?${toSearchParams({ ...request, facets: { ...request.facets, speaker: [name] } }).toString()}`;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const speaker = await load(props);
  if (!speaker) return { title: 'Not found' };
  return {
    title: speaker.name,
    description: `Everything ${speaker.name} said in the record we hold: ${speaker.total} contribution${speaker.total === 1 ? '' : 's'}.`,
    alternates: { canonical: `/speakers/${speaker.slug}`, types: { 'application/atom+xml': searchFor(speaker.name, '/search.atom') } },
  };
}

export default async function SpeakerPage(props: Props) {
  const speaker = await load(props);
  if (!speaker || (speaker.page > 1 && speaker.page > speaker.pages)) notFound();
  return (
    <div>
      <p className="text-sm uppercase tracking-wide text-stone-600">Speaker</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{speaker.name}</h1>
      <p className="mt-2 text-sm text-stone-700">
        {speaker.total} contribution{speaker.total === 1 ? '' : 's'} under this name, as printed in the sources.{' '}
        <Link href={searchFor(speaker.name, '/search')} className="text-blue-800 underline">
          Search within {speaker.name}&rsquo;s contributions
        </Link>
        {' · '}
        <a href={searchFor(speaker.name, '/search.atom')} className="text-blue-800 underline">
          Atom feed
        </a>
      </p>
      <section aria-labelledby="described-as" className="my-6">
        <h2 id="described-as" className="mb-2 font-semibold">
          Described in the record as
        </h2>
        <SpeakerDescriptions descriptions={speaker.descriptions} />
      </section>
      <section aria-labelledby="contributions-heading">
        <h2 id="contributions-heading" className="mb-3 font-semibold">
          Contributions, newest first
        </h2>
        <SpeakerContributionList contributions={speaker.contributions} start={(speaker.page - 1) * speaker.perPage + 1} />
        <SpeakerPagination slug={speaker.slug} page={speaker.page} pages={speaker.pages} />
      </section>
    </div>
  );
}
