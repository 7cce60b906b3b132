import Link from 'next/link';
import type { SpeakerView } from '@/lib/db/queries';

/** Name, then office or party and constituency, exactly as printed; says so when the source names no one. */
export function SpeakerLine({ speaker, department }: { speaker: SpeakerView; department?: string | null }) {
  const details = [speaker.role, [speaker.party, speaker.constituency].filter(Boolean).join(', ')].filter(Boolean);
  return (
    <div className="text-sm">
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
      {details.length ? <span className="text-stone-600"> — {details.join(' · ')}</span> : null}
    </div>
  );
}
