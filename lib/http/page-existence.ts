/**
 * proxy.ts for GET /d/{id} and /speakers/{slug}: the 404 page (lib/http/not-found-page.ts) when
 * the address names nothing we hold, 301 from a written question's copy from another source to the
 * API record that stands for it (docs/decisions/015), or null to let the page render. A malformed
 * id or slug is 404 without asking the database.
 */
import { getSupersedingQuestionRecordId, hasRecord, hasSpeakerSlug } from '../db/proxy';
import { notFoundPage, RECORD_NOT_FOUND, SPEAKER_NOT_FOUND } from './not-found-page';
import { movedPermanently } from './permalink';
import { checkIdParam, speakerPageParamsSchema } from './route-params';

const RECORD_PATH = /^\/d\/([^/]+)\/?$/;
const SPEAKER_PATH = /^\/speakers\/([^/]+)\/?$/;

export async function answerRecordPage(url: URL): Promise<Response | null> {
  const raw = RECORD_PATH.exec(url.pathname)?.[1];
  if (raw === undefined) return null;
  const id = checkIdParam(raw);
  if (!id || !(await hasRecord(id))) return notFoundPage(RECORD_NOT_FOUND);
  const home = await getSupersedingQuestionRecordId(id);
  return home ? movedPermanently(`/d/${home}${url.search}`, url) : null;
}

export async function answerSpeakerPage(pathname: string): Promise<Response | null> {
  const raw = SPEAKER_PATH.exec(pathname)?.[1];
  if (raw === undefined) return null;
  const slug = speakerPageParamsSchema.shape.slug.safeParse(raw);
  return slug.success && (await hasSpeakerSlug(slug.data)) ? null : notFoundPage(SPEAKER_NOT_FOUND);
}
