/**
 * proxy.ts for GET /d/{id} and /speakers/{slug}: the 404 page (lib/http/not-found-page.ts) when
 * the address names nothing we hold, or null to let the page render. A malformed id or slug is
 * 404 without asking the database.
 */
import { hasRecord, hasSpeakerSlug } from '../db/proxy';
import { notFoundPage, RECORD_NOT_FOUND, SPEAKER_NOT_FOUND } from './not-found-page';
import { checkIdParam, speakerPageParamsSchema } from './route-params';

const RECORD_PATH = /^\/d\/([^/]+)\/?$/;
const SPEAKER_PATH = /^\/speakers\/([^/]+)\/?$/;

export async function answerRecordPage(pathname: string): Promise<Response | null> {
  const raw = RECORD_PATH.exec(pathname)?.[1];
  if (raw === undefined) return null;
  const id = checkIdParam(raw);
  return id && (await hasRecord(id)) ? null : notFoundPage(RECORD_NOT_FOUND);
}

export async function answerSpeakerPage(pathname: string): Promise<Response | null> {
  const raw = SPEAKER_PATH.exec(pathname)?.[1];
  if (raw === undefined) return null;
  const slug = speakerPageParamsSchema.shape.slug.safeParse(raw);
  return slug.success && (await hasSpeakerSlug(slug.data)) ? null : notFoundPage(SPEAKER_NOT_FOUND);
}
