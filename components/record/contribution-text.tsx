import type { ContributionLanguages } from '@/lib/db/pages';
import { paragraphs } from '@/lib/format';

const LANGUAGE_NAMES: Record<'en' | 'cy', string> = { en: 'English', cy: 'Welsh' };

/**
 * A contribution's words, paragraph by paragraph. Text only: React escapes it. A Senedd speech
 * (`languages`) shows the words as spoken, marked with their language (`lang`, for screen readers
 * and hyphenation), and offers its translation in a <details> that opens without JavaScript.
 */
export function ContributionText({ text, languages = null }: { text: string; languages?: ContributionLanguages | null }) {
  if (!languages) return <Paragraphs text={text} />;
  const { translation } = languages;
  return (
    <div>
      <p className="mb-1 text-xs text-stone-600">
        {languages.text === languages.spoken
          ? `Spoken in ${LANGUAGE_NAMES[languages.spoken]}`
          : `Spoken in ${LANGUAGE_NAMES[languages.spoken]}; the ${LANGUAGE_NAMES[languages.spoken]} words are not in our copy of this day yet, so its ${LANGUAGE_NAMES[languages.text]} translation is shown`}
      </p>
      <Paragraphs text={text} lang={languages.text} />
      {translation ? (
        <details className="mt-3 rounded border border-stone-200 bg-stone-50 px-3 py-2">
          <summary className="cursor-pointer text-sm text-blue-800">{LANGUAGE_NAMES[translation.language]} translation</summary>
          <Paragraphs text={translation.text} lang={translation.language} />
        </details>
      ) : null}
    </div>
  );
}

function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <div className="prose-record font-serif text-[1.05rem] leading-relaxed" lang={lang}>
      {paragraphs(text).map((p, i) => (
        <p key={i} className="whitespace-pre-line">
          {p}
        </p>
      ))}
    </div>
  );
}
