/**
 * A stand-in for Parliament's Written Questions API on 127.0.0.1 (a port the OS picks): real HTTP,
 * answering list and detail requests from question values (tests/support/wq-api-data.ts) the way
 * the API does: date filters (tabled / answered / corrected, inclusive, by day), house,
 * includeWithdrawn (withdrawn questions are left out unless asked for), skip/take (take 20 by
 * default), members only with expandMember=true, and texts cut in lists as the real list cuts them
 * (our recording of a real list answer, ../shared/data/wq-api/questions-tabled-2024-01-05.json: 5 of
 * its 20 questions end mid-word at exactly 255 characters, no mark; every long answer is 255
 * characters + "..."). Items are listed in the order they were added, newest first (`addQuestions`
 * puts new ones in front, as a list sorted by newest would): the real order is not documented.
 * Faults are queued by the test: the next N requests answer 429 / 500 / a malformed body / a page
 * whose `results` is null (the description allows it).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Raw = Record<string, unknown>;
export type Fault = { status: number; retryAfter?: string } | { malformed: true } | { hang: true } | { nullResults: true };

export interface StandIn {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  setQuestions(values: Raw[]): void;
  setStatements(values: Raw[]): void;
  /** Puts new questions in front of the list, as Parliament adding answers while a run reads. */
  addQuestions(values: Raw[]): void;
  /** Called before each list request is answered (path + query): a test adds items between pages here. */
  beforeList: ((pathAndQuery: string) => void) | null;
  /** The next requests answer with these faults, one each, before normal answers resume. */
  queueFaults(...faults: Fault[]): void;
  clearFaults(): void;
  /** Requests whose path+query contains `match` answer with `fault` (every time). */
  failWhen(match: string, fault: Fault): void;
  close(): Promise<void>;
}

/** Where the real list cuts: `questionText` at 255 characters without a mark, answers and statements at 255 + "...". */
const LIST_CUT = 255;
const MEMBER_FIELDS = ['askingMember', 'answeringMember', 'correctingMember'];

const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : null);

function inRange(value: unknown, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const d = day(value);
  return !!d && (!from || d >= from) && (!to || d <= to);
}

function shape(value: Raw, { list, expand }: { list: boolean; expand: boolean }): Raw {
  const out: Raw = { ...value };
  if (!expand) for (const f of MEMBER_FIELDS) out[f] = null;
  for (const field of ['answerText', 'text']) {
    const text = out[field];
    if (list && typeof text === 'string' && text.length > LIST_CUT) out[field] = `${text.slice(0, LIST_CUT)}...`;
  }
  if (list && typeof out.questionText === 'string') out.questionText = out.questionText.slice(0, LIST_CUT);
  return out;
}

const item = (value: Raw) => ({ value, links: [{ rel: 'self', href: `/Questions/${value.id}`, method: 'GET' }] });

export async function startWqApiStandIn(initial: Raw[] = [], initialStatements: Raw[] = []): Promise<StandIn> {
  let questions = initial;
  let statements = initialStatements;
  const faults: Fault[] = [];
  const standing: Array<{ match: string; fault: Fault }> = [];
  const requests: string[] = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    requests.push(url.pathname + url.search);
    const fault = faults.shift() ?? standing.find((s) => (url.pathname + url.search).includes(s.match))?.fault;
    if (fault && 'hang' in fault) return; // never answers: the client's timeout must act
    if (fault && 'malformed' in fault) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"totalResults": 3, "results": [{"value": {"id": 1');
      return;
    }
    if (fault && 'nullResults' in fault) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"totalResults": 3, "results": null}');
      return;
    }
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/problem+json', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
      res.end(JSON.stringify({ title: 'stand-in fault', status: fault.status }));
      return;
    }
    const q = url.searchParams;
    const expand = q.get('expandMember') === 'true';
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));

    const detail = /^\/api\/writtenquestions\/questions\/(\d+)$/.exec(url.pathname);
    if (detail) {
      const found = questions.find((v) => String(v.id) === detail[1]);
      return found ? send(200, item(shape(found, { list: false, expand }))) : send(404, { title: 'Not Found', status: 404 });
    }
    // The description gives this endpoint a search result of one item, not an item.
    const statementDetail = /^\/api\/writtenstatements\/statements\/(\d+)$/.exec(url.pathname);
    if (statementDetail) {
      const found = statements.find((v) => String(v.id) === statementDetail[1]);
      return found ? send(200, { totalResults: 1, results: [item(shape(found, { list: false, expand }))] }) : send(404, { title: 'Not Found', status: 404 });
    }
    stand.beforeList?.(url.pathname + url.search);
    const skip = Number(q.get('skip') ?? 0);
    const take = Number(q.get('take') ?? 20);
    // A Bicameral item belongs to both Houses' lists.
    const house = (v: Raw) => !q.get('house') || q.get('house') === 'Bicameral' || v.house === 'Bicameral' || v.house === q.get('house');
    if (url.pathname === '/api/writtenstatements/statements') {
      const made = statements.filter((v) => inRange(v.dateMade, q.get('madeWhenFrom'), q.get('madeWhenTo')) && house(v));
      return send(200, { totalResults: made.length, results: made.slice(skip, skip + take).map((v) => item(shape(v, { list: true, expand }))) });
    }
    if (url.pathname !== '/api/writtenquestions/questions') return send(404, { title: 'Not Found', status: 404 });

    const matching = questions.filter(
      (v) =>
        inRange(v.dateTabled, q.get('tabledWhenFrom'), q.get('tabledWhenTo')) &&
        inRange(v.dateAnswered, q.get('answeredWhenFrom'), q.get('answeredWhenTo')) &&
        inRange(v.dateAnswerCorrected, q.get('correctedWhenFrom'), q.get('correctedWhenTo')) &&
        house(v) &&
        (q.get('includeWithdrawn') === 'true' || v.isWithdrawn !== true) &&
        (!q.get('uIN') || v.uin === q.get('uIN')),
    );
    send(200, { totalResults: matching.length, results: matching.slice(skip, skip + take).map((v) => item(shape(v, { list: true, expand }))) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stand: StandIn = {
    url: `http://127.0.0.1:${port}`,
    requests,
    beforeList: null,
    setQuestions: (values) => (questions = values),
    setStatements: (values) => (statements = values),
    addQuestions: (values) => (questions = [...values, ...questions]),
    queueFaults: (...f) => faults.push(...f),
    failWhen: (match, fault) => standing.push({ match, fault }),
    clearFaults: () => {
      faults.length = 0;
      standing.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return stand;
}
