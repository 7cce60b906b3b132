import Link from 'next/link';
import type { RegisterOfficeView, SpeakerView } from '@/lib/db/pages';
import { formatRegisterDate, openOfficeEnd, sameOffice } from '@/components/speaker/register-format';

function describeOffice(o: RegisterOfficeView, officesKnownUntil: string | null): string {
  const since = formatRegisterDate(o.start);
  const facts = [
    o.government ? 'government post' : null,
    since ? `from ${since}` : null,
    o.beyondRegister ? `${openOfficeEnd(o.kind, officesKnownUntil)}; whether it was still held on this date is beyond the register` : null,
  ].filter(Boolean);
  return `${o.title}${o.department ? `, ${o.department}` : ''}${facts.length ? ` (${facts.join(', ')})` : ''}`;
}

/**
 * Name, then office or party and constituency, exactly as printed; says so when the source names no one.
 * Printed values stay primary: the member register only fills a party or seat the source left out, and
 * adds its posts for that date when they differ from the printed office, each marked as the register's.
 * Spans only: this sits inside a heading in the reading view. `officesKnownUntil`: where the loaded
 * register's office data ends (getRegisterOfficesKnownUntil), for a post it holds open.
 */
export function SpeakerLine({
  speaker,
  department,
  officesKnownUntil,
}: {
  speaker: SpeakerView;
  department?: string | null;
  officesKnownUntil: string | null;
}) {
  const details = [speaker.role, [speaker.party, speaker.constituency].filter(Boolean).join(', ')].filter(Boolean);
  const reg = speaker.register?.status === 'resolved' ? speaker.register : null;
  const filled = reg ? [speaker.party ? null : reg.party, speaker.constituency ? null : reg.constituency].filter(Boolean).join(', ') : '';
  const offices = reg && !(speaker.role && reg.offices.some((o) => sameOffice(speaker.role!, o.title))) ? reg.offices.slice(0, 3) : [];
  return (
    <span className="block text-sm" data-speaker-line="">
      {speaker.name ? (
        speaker.slug ? (
          <Link href={`/speakers/${speaker.slug}`} className="font-semibold text-ink underline-offset-2 hover:underline">
            {speaker.name}
          </Link>
        ) : (
          <span className="font-semibold">{speaker.name}</span>
        )
      ) : (
        <span className="font-semibold italic text-stone-600">{department ? `Answered for ${department}` : 'Speaker not named in the source'}</span>
      )}
      {details.length ? <span className="font-normal text-stone-600"> — {details.join(' · ')}</span> : null}
      {filled ? (
        <span className="font-normal text-stone-600" data-from-register="">
          {details.length ? ' · ' : ' — '}
          {filled} <span className="text-xs italic">(from the member register)</span>
        </span>
      ) : null}
      {offices.length ? (
        <span className="block text-xs font-normal text-stone-700" data-from-register="">
          {speaker.role ? 'The member register, for this date, has a different post: ' : 'Post on this date, from the member register: '}
          {offices.map((o) => describeOffice(o, officesKnownUntil)).join('; ')}.
        </span>
      ) : null}
    </span>
  );
}
