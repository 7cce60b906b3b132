/**
 * What an alert has found since its last delivery. A search or member alert runs its own search —
 * the same plan and filter builder as /search — narrowed to the records of documents stored since
 * its watermark and already indexed, and keeps the contributions not sent for it before. A member
 * alert's search also lists the divisions the member voted in (the speaker filter matches their
 * voters), each with the member's vote. A question
 * alert looks in Postgres for the answer to its question.
 */
import { filterUnsent, findQuestionState, listRecordIdsStoredSince, type SavedAlert } from '../db/store';
import { describeVote } from '../format';
import { addMemberVotes } from '../search/member-votes';
import { searchContributions, type SearchHit } from '../search/run-search';
import { MAX_PER_PAGE } from '../search/search-params';
import { escapeHtml } from '../search/snippet';
import { describeAlert, type DigestItem, type DigestSection } from './compose';
import { alertLinks, type AlertContext } from './context';
import { toAlertSearchRequest } from './schemas';

/** Items listed per alert in one digest; the rest are counted with a link to the search. */
export const ITEMS_PER_ALERT = 20;
/** Record ids per search (the filter lists them; Meilisearch takes long lists, but not unbounded ones). */
const RECORDS_PER_SEARCH = 200;

export interface AlertFindings {
  section: DigestSection;
  /** Contributions the digest carries, recorded so they are never sent again for this alert. */
  contributionIds: string[];
  fired: boolean;
}

/** Question statuses (Record.questionStatus) that do not answer yet; null means the source gave none. */
const NOT_ANSWERED = new Set(['unanswered', 'holding', 'withdrawn']);

export async function findForQuestion(ctx: AlertContext, alert: SavedAlert): Promise<AlertFindings | null> {
  const question = await findQuestionState(ctx.db, alert.query);
  if (!question?.answers.length || (question.status && NOT_ANSWERED.has(question.status))) return null;
  const links = alertLinks(ctx.siteUrl);
  const items: DigestItem[] = question.answers.map((a) => ({
    url: links.contribution(a.id),
    title: question.title,
    speaker: a.speakerName,
    date: a.date,
    snippetHtml: escapeHtml(a.text.length > 600 ? `${a.text.slice(0, 599)}…` : a.text),
  }));
  return {
    section: { description: describeAlert('question', alert.query, question.title), items, more: 0, seeAllUrl: links.contribution(question.id) },
    contributionIds: question.answers.map((a) => a.id),
    fired: true,
  };
}

export async function findForSearch(ctx: AlertContext, alert: SavedAlert, since: Date): Promise<AlertFindings | null> {
  const checked = toAlertSearchRequest(alert.query);
  if (!checked.ok) {
    ctx.log?.(`alerts: alert ${alert.id} has a search that no longer reads (${checked.error}); skipped`);
    return null;
  }
  const recordIds = await listRecordIdsStoredSince(ctx.db, since);
  const hits: SearchHit[] = [];
  let total = 0;
  for (let i = 0; i < recordIds.length; i += RECORDS_PER_SEARCH) {
    const within = [{ anyOf: [{ field: 'record' as const, values: recordIds.slice(i, i + RECORDS_PER_SEARCH) }] }];
    const outcome = await searchContributions(
      ctx.search.client,
      ctx.search.indexName,
      { ...checked.request, sort: 'newest', perPage: MAX_PER_PAGE },
      { facets: [], within },
    );
    if (!outcome.ok) return null;
    hits.push(...outcome.result.hits);
    total += outcome.result.total - outcome.result.hits.length; // matches beyond the page
  }
  const unsent = new Set(
    await filterUnsent(
      ctx.db,
      alert.id,
      hits.map((h) => h.id),
    ),
  );
  const fresh = hits.filter((h) => unsent.has(h.id));
  if (!fresh.length) return null;
  const links = alertLinks(ctx.siteUrl);
  // A member alert's divisions (the speaker filter matches their voters) carry the member's vote.
  const listed = await addMemberVotes(ctx.db, fresh.slice(0, ITEMS_PER_ALERT), checked.request.facets.speaker);
  return {
    section: {
      description: describeAlert(alert.kind === 'member' ? 'member' : 'search', alert.query),
      items: listed.map((h) => ({
        url: links.hit(h),
        title: h.record.title,
        speaker: h.speaker.name,
        date: h.date,
        snippetHtml: h.snippet,
        ...(h.votes?.length ? { vote: h.votes.map((v) => describeVote(v, h.record.house)).join('; ') } : {}),
      })),
      more: fresh.length - listed.length + total,
      seeAllUrl: links.search(alert.query),
    },
    contributionIds: fresh.map((h) => h.id),
    fired: false,
  };
}
