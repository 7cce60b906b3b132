import Link from 'next/link';
import type { SpeakerPageRegister } from '@/lib/db/pages';
import { REGISTER_ATTRIBUTION } from './register-format';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Reasons({ reasons }: { reasons: string[] }) {
  if (!reasons.length) return null;
  return (
    <ul className="ml-5 list-disc text-xs text-stone-700">
      {reasons.map((r) => (
        <li key={r}>{r}</li>
      ))}
    </ul>
  );
}

/**
 * Whom the member register matched a printed name to, said plainly: one person, several (by date),
 * or nobody, with the resolver's reasons. `shown` is the person the page shows, if any.
 */
export function SpeakerResolution({ name, slug, register, shown }: { name: string; slug: string; register: SpeakerPageRegister; shown: string | null }) {
  const { persons, outcomes } = register;
  const resolved = outcomes.find((o) => o.status === 'resolved');
  const others = outcomes.filter((o) => o.status !== 'resolved');
  return (
    <section aria-labelledby="resolution-heading" className="my-6 rounded border border-stone-300 bg-stone-50 p-4 text-sm">
      <h2 id="resolution-heading" className="mb-1 font-semibold">
        Who this is, per the member register
      </h2>
      {persons.length === 1 && resolved ? (
        <>
          <p>
            {others.length ? `${plural(resolved.contributions, 'contribution')} printed as` : 'The printed name'} &ldquo;{name}&rdquo;{' '}
            {others.length ? 'were' : 'was'} matched to one person in the register: <strong>{persons[0].name}</strong>.
          </p>
          <Reasons reasons={resolved.reasons} />
        </>
      ) : persons.length > 1 ? (
        <>
          <p>
            The printed name &ldquo;{name}&rdquo; was matched to {persons.length} different people in the register, depending on the date:
          </p>
          <ul className="ml-5 list-disc">
            {persons.map((p) => (
              <li key={p.id}>
                {p.id === shown ? (
                  <strong>{p.name} (shown below)</strong>
                ) : (
                  <Link href={`/speakers/${slug}?person=${encodeURIComponent(p.id)}`} className="text-blue-800 underline">
                    {p.name}
                  </Link>
                )}{' '}
                — {plural(p.contributions, 'contribution')}
              </li>
            ))}
          </ul>
          {resolved ? <Reasons reasons={resolved.reasons} /> : null}
        </>
      ) : null}
      {others.map((o) => (
        <div key={o.status} className="mt-2">
          <p>
            {o.status === 'ambiguous'
              ? `${plural(o.contributions, 'contribution')} printed as “${name}” could not be matched to one person: several members fit.`
              : o.status === 'unknown'
                ? `${plural(o.contributions, 'contribution')} printed as “${name}” matched nobody in the register.`
                : `${plural(o.contributions, 'contribution')} printed as “${name}” have not been checked against the register (they were stored before it was used).`}
          </p>
          <Reasons reasons={o.reasons} />
        </div>
      ))}
      {!outcomes.length ? <p>No contribution under this name has been checked against the register.</p> : null}
      <p className="mt-2 text-xs text-stone-600">Matched by name, house and date against the member register. {REGISTER_ATTRIBUTION.text}.</p>
    </section>
  );
}
