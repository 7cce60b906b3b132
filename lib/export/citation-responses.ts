/**
 * GET /c/{id}/cite.json (CSL-JSON) and /c/{id}/cite.bib (BibTeX): one contribution as a
 * reference-manager entry. Moved ids 301 to the new id's file; removed ones 410; unknown 404.
 */
import 'server-only';
import { citationKey, toBibtexEntry, toCslItem } from '../cite';
import { getContributionLookup } from '../db/pages';
import { answerRetiredContribution } from '../http/permalink';
import { originFromRequest } from '../http/origin';
import { checkIdParam } from '../http/route-params';

export const CITATION_FORMATS = {
  csl: { file: 'cite.json', contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  bibtex: { file: 'cite.bib', contentType: 'application/x-bibtex; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

export async function respondWithCitation(req: Request, rawId: string, format: CitationFormat): Promise<Response> {
  const { file, contentType } = CITATION_FORMATS[format];
  const id = checkIdParam(rawId);
  const found = id ? await getContributionLookup(id) : ({ status: 'missing' } as const);
  if (found.status !== 'found') return answerRetiredContribution(found, req, (to) => `/c/${to}/${file}`);
  const { contribution, record } = found;
  const url = `${originFromRequest(req)}${contribution.url}`;
  const body = format === 'csl' ? `${JSON.stringify([toCslItem(record, contribution, url)], null, 2)}\n` : toBibtexEntry(record, contribution, url);
  const extension = format === 'csl' ? 'json' : 'bib';
  return new Response(body, {
    headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${citationKey(contribution)}.${extension}"` },
  });
}
