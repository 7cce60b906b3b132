/**
 * The API client against a stand-in speaking HTTP on loopback (tests/support/wq-api-stand-in.ts):
 * retries on 429 (Retry-After honoured) and 500, timeouts, a malformed body, a refused request,
 * and the spacing between requests. Waits go through an injected sleep, so nothing here is timed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createQuestionsApiClient, parseRetryAfter, QuestionsApiError } from '@/lib/questions/api-client';
import { recordedDetailValue, recordedListValues } from '../../support/wq-api-data';
import { startWqApiStandIn, type StandIn } from '../../support/wq-api-stand-in';

let api: StandIn;
beforeAll(async () => {
  api = await startWqApiStandIn([...recordedListValues(), recordedDetailValue()]);
});
afterAll(() => api.close());
beforeEach(() => api.clearFaults());

function client(overrides: Partial<Parameters<typeof createQuestionsApiClient>[0]> = {}) {
  const waits: number[] = [];
  const retries: string[] = [];
  const c = createQuestionsApiClient({
    baseUrl: api.url,
    minIntervalMs: 0,
    backoffMs: 1000,
    retries: 3,
    sleep: async (ms) => void waits.push(ms),
    onRetry: (e) => retries.push(e.reason),
    ...overrides,
  });
  return { c, waits, retries };
}

describe('questions API client', () => {
  it('pages through a list with skip/take and reads a whole question', async () => {
    const { c } = client();
    const first = await c.listQuestions({ tabledWhenFrom: '2024-01-05', tabledWhenTo: '2024-01-05', skip: 0, take: 15 });
    const rest = await c.listQuestions({ tabledWhenFrom: '2024-01-05', tabledWhenTo: '2024-01-05', skip: 15, take: 15 });
    expect(first.totalResults).toBe(21);
    expect(first.values).toHaveLength(15);
    expect(rest.values).toHaveLength(6);
    const whole = (await c.getQuestion(1679416)) as { answerText: string };
    expect(whole.answerText).toMatch(/in due course\.<\/p>$/);
  });

  it('waits as Retry-After says on 429, then succeeds', async () => {
    const { c, waits, retries } = client();
    api.queueFaults({ status: 429, retryAfter: '7' });
    const page = await c.listQuestions({ take: 1 });
    expect(page.values).toHaveLength(1);
    expect(retries).toEqual(['HTTP 429']);
    expect(waits).toEqual([7000]);
  });

  it('backs off exponentially on 500s and gives up after its retries with one clear error', async () => {
    const { c, waits } = client();
    api.queueFaults({ status: 500 }, { status: 503 });
    await c.listQuestions({ take: 1 });
    expect(waits).toEqual([1000, 2000]);

    api.failWhen('/api/writtenquestions/questions', { status: 500 });
    const error = await c.listQuestions({ take: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionsApiError);
    expect((error as QuestionsApiError).kind).toBe('unreachable');
    expect((error as Error).message).toMatch(/HTTP 500, after 4 attempts$/);
  });

  it('retries a request that gets no answer in time', async () => {
    const { c, retries } = client({ timeoutMs: 200 });
    api.queueFaults({ hang: true });
    const page = await c.listQuestions({ take: 2 });
    expect(page.values).toHaveLength(2);
    expect(retries).toEqual(['no answer in 0.2 s']);
  });

  it('reports a malformed body without retrying, naming the URL', async () => {
    const { c, retries } = client();
    api.queueFaults({ malformed: true });
    const error = (await c.listQuestions({ take: 1 }).catch((e: unknown) => e)) as QuestionsApiError;
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/\/api\/writtenquestions\/questions\?take=1&sessionStatus=Any: the answer is not JSON/);
    expect(retries).toEqual([]);
  });

  it('does not retry a refused request (404)', async () => {
    const { c, retries } = client();
    const error = (await c.getQuestion(999).catch((e: unknown) => e)) as QuestionsApiError;
    expect(error.kind).toBe('refused');
    expect(retries).toEqual([]);
  });

  it('spaces requests by minIntervalMs', async () => {
    const { c, waits } = client({ minIntervalMs: 60_000 });
    await c.listQuestions({ take: 1 });
    await c.listQuestions({ take: 1 });
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 18:00:10 GMT', Date.parse('2026-11-28T18:00:00Z'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
