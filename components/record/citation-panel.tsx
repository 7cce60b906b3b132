import { CopyButton } from './copy-button';

/**
 * "Cite this": the permanent link and the OSCOLA citation as visible, selectable text (so it
 * works without JavaScript), copy buttons once JavaScript runs, and reference-manager downloads.
 */
export function CitationPanel({ permalink, citation, downloads }: { permalink: string; citation: string; downloads: { csl: string; bibtex: string } }) {
  return (
    <section aria-labelledby="cite-this" className="my-6 rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 id="cite-this" className="mb-2 font-semibold">
        Cite this
      </h2>
      <dl className="grid grid-cols-[max-content_1fr] items-baseline gap-x-4 gap-y-2">
        <CopyableRow term="Link" testId="permalink" text={permalink} copyLabel="Copy link" code />
        <CopyableRow term="Citation (OSCOLA)" testId="citation" text={citation} copyLabel="Copy citation" />
        <dt className="text-stone-600">Download</dt>
        <dd className="flex gap-4">
          <a href={downloads.csl} download className="text-blue-800 underline">
            CSL-JSON
          </a>
          <a href={downloads.bibtex} download className="text-blue-800 underline">
            BibTeX
          </a>
        </dd>
      </dl>
    </section>
  );
}

/** A row of the panel: selectable text (a link in code type) and its copy button. */
function CopyableRow({ term, testId, text, copyLabel, code = false }: { term: string; testId: string; text: string; copyLabel: string; code?: boolean }) {
  const Text = code ? 'code' : 'span';
  return (
    <>
      <dt className="text-stone-600">{term}</dt>
      <dd className="flex flex-wrap items-baseline gap-2">
        <Text data-testid={testId} className={code ? 'select-all break-all' : 'select-all'}>
          {text}
        </Text>
        <CopyButton text={text} label={copyLabel} />
      </dd>
    </>
  );
}
