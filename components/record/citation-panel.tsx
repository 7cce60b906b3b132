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
        <dt className="text-stone-600">Link</dt>
        <dd className="flex flex-wrap items-baseline gap-2">
          <code data-testid="permalink" className="select-all break-all">
            {permalink}
          </code>
          <CopyButton text={permalink} label="Copy link" />
        </dd>
        <dt className="text-stone-600">Citation (OSCOLA)</dt>
        <dd className="flex flex-wrap items-baseline gap-2">
          <span data-testid="citation" className="select-all">
            {citation}
          </span>
          <CopyButton text={citation} label="Copy citation" />
        </dd>
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
