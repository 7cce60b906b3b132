/**
 * The 404 of /sittings/{date} for a day with no records or an address that is not a date,
 * answered by proxy.ts before the page renders (lib/http/not-found-page.ts says why).
 */
import { hasSittingDay } from '../db/proxy';
import { notFoundPage, SITTING_DAY_NOT_FOUND } from './not-found-page';
import { checkSittingDateParam } from './route-params';

const DAY_PATH = /^\/sittings\/([^/]+)\/?$/;

/** proxy.ts for GET /sittings/{date}: the 404 page, or null to let the page render the day. */
export async function answerSittingDayPage(pathname: string): Promise<Response | null> {
  const raw = DAY_PATH.exec(pathname)?.[1];
  if (raw === undefined) return null;
  const date = checkSittingDateParam(raw);
  if (date && (await hasSittingDay(date))) return null;
  return notFoundPage(SITTING_DAY_NOT_FOUND);
}
