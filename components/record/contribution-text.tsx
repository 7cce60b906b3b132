import { paragraphs } from '@/lib/format';

/** A contribution's words, paragraph by paragraph. Text only: React escapes it. */
export function ContributionText({ text }: { text: string }) {
  return (
    <div className="prose-record font-serif text-[1.05rem] leading-relaxed">
      {paragraphs(text).map((p, i) => (
        <p key={i} className="whitespace-pre-line">
          {p}
        </p>
      ))}
    </div>
  );
}
