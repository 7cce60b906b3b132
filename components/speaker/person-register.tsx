import Link from 'next/link';
import type { PersonProfile } from '@/lib/db/pages';
import { slugify } from '@/lib/ids';
import type { RegisterCoverage } from '@/lib/db/pages';
import { describeRegisterSource, formatRegisterDate, openOfficeEnd, REGISTER_ATTRIBUTION } from './register-format';

const KIND_LABELS: Record<string, string> = {
  ministerial: 'Post (1997–2010 list)',
  governmentpost: 'Government post',
  oppositionpost: 'Opposition post',
  parliamentarypost: 'Parliamentary post',
  committee: 'Committee',
};

const cell = 'py-1 pr-4';

/** A register table's column heads; the last column has no right padding, like its cells. */
function ColumnHeads({ names }: { names: string[] }) {
  return (
    <thead className="text-stone-600">
      <tr>
        {names.map((name, i) => (
          <th key={name} scope="col" className={i < names.length - 1 ? `${cell} font-normal` : 'py-1 font-normal'}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Attribution for every fact in the section: they come from the register, not from the sources. */
export function RegisterAttribution({ coverage }: { coverage: RegisterCoverage | null }) {
  const from = coverage ? describeRegisterSource(coverage.source) : null;
  return (
    <p className="text-xs text-stone-600">
      From the member register, not from the sources we hold.{' '}
      {coverage && from ? (
        <>
          Register data to {formatRegisterDate(coverage.dataTo) ?? 'an unknown date'}, from{' '}
          {from.href ? (
            <a href={from.href} className="text-blue-800 underline">
              {from.label}
            </a>
          ) : (
            from.label
          )}
          .{' '}
          {coverage.officesKnownUntil
            ? `Office data to ${formatRegisterDate(coverage.officesKnownUntil)}. `
            : 'The register does not say how far its office data goes. '}
        </>
      ) : null}
      {REGISTER_ATTRIBUTION.text} (
      <a href={REGISTER_ATTRIBUTION.licence} className="text-blue-800 underline">
        licence
      </a>
      ,{' '}
      <a href={REGISTER_ATTRIBUTION.source} className="text-blue-800 underline">
        source
      </a>
      ); offices from data.parliament.uk, Open Parliament Licence v3.0.
      {!from || from.bundled ? ' Seats: Commons 1992–2015 and 2017–19, Lords to February 2015.' : ''}
    </p>
  );
}

/** A register person: names, seats and posts with their dates, and the names our sources printed for them. */
export function PersonRegister({ person, coverage, headingLevel = 2 }: { person: PersonProfile; coverage: RegisterCoverage | null; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const forms = [
    ...new Set(
      person.nameForms.map((n) => (n.from || n.to ? `${n.name} (${formatRegisterDate(n.from) ?? '…'} – ${formatRegisterDate(n.to) ?? '…'})` : n.name)),
    ),
  ];
  const ids = Object.entries(person.identifiers).filter(([, v]) => v);
  return (
    <section aria-labelledby="register-heading" className="my-6 rounded border border-stone-300 bg-white p-4" data-register-person={person.id}>
      <H id="register-heading" className="font-semibold">
        In the member register: {person.name}
      </H>
      <RegisterAttribution coverage={coverage} />

      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-600">Name forms</dt>
        <dd>{forms.join(' · ') || '—'}</dd>
        <dt className="text-stone-600">Printed in our sources as</dt>
        <dd>
          {person.printedNames.length
            ? person.printedNames.map((p, i) => (
                <span key={p.name}>
                  {i ? ' · ' : ''}
                  <Link href={`/speakers/${slugify(p.name)}`} className="text-blue-800 underline">
                    {p.name}
                  </Link>{' '}
                  ({p.contributions})
                </span>
              ))
            : 'no contribution we hold is matched to this person'}
        </dd>
        <dt className="text-stone-600">Register id</dt>
        <dd>
          {person.id}
          {ids.length ? ` (${ids.map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`).join(', ')})` : ''}
        </dd>
      </dl>

      <Sub id="seats-heading" className="mt-4 font-semibold">
        Seats
      </Sub>
      {person.memberships.length ? (
        <table aria-labelledby="seats-heading" className="w-full text-left text-sm">
          <ColumnHeads names={['House', 'Name', 'Party', 'Constituency', 'From', 'To']} />
          <tbody>
            {person.memberships.map((m, i) => (
              <tr key={i} className="border-t border-stone-200 align-top">
                <td className={cell}>{m.house}</td>
                <td className={cell}>{m.name}</td>
                <td className={cell}>{m.party ?? '—'}</td>
                <td className={cell}>{m.constituency ?? '—'}</td>
                <td className={cell}>{formatRegisterDate(m.start)}</td>
                <td className="py-1">{formatRegisterDate(m.end) ?? 'no end date in the register'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm italic text-stone-600">The register lists no seat.</p>
      )}

      <Sub id="offices-heading" className="mt-4 font-semibold">
        Offices, newest first
      </Sub>
      {person.offices.length ? (
        <table aria-labelledby="offices-heading" className="w-full text-left text-sm">
          <ColumnHeads names={['Office', 'Department', 'Kind', 'From', 'To']} />
          <tbody>
            {person.offices.map((o, i) => (
              <tr key={i} className="border-t border-stone-200 align-top" data-government={o.government ? 'true' : 'false'}>
                <td className={cell}>
                  {o.title}
                  {o.government ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950">Government</span> : null}
                </td>
                <td className={cell}>{o.department ?? '—'}</td>
                <td className={cell}>{o.government ? 'Government post' : (KIND_LABELS[o.kind] ?? o.kind)}</td>
                <td className={cell}>{formatRegisterDate(o.start)}</td>
                <td className="py-1">{formatRegisterDate(o.end) ?? openOfficeEnd(o.kind, coverage?.officesKnownUntil ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm italic text-stone-600">The register lists no office.</p>
      )}
    </section>
  );
}
