import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeConfirmation, composeDigest, describeAlert, snippetToText, toOneLine } from '@/lib/alerts/compose';
import { isDue } from '@/lib/alerts/deliver';
import { createMailer, retryDelayMs, withoutAddresses } from '@/lib/alerts/mailer';
import { toAlertSearch, toSearchTarget } from '@/lib/alerts/schemas';
import { hashTokenParam, newToken } from '@/lib/alerts/tokens';
import type { AlertMessage } from '@/lib/db/store';
import { emptySearchRequest } from '@/lib/search/search-params';

const footer = { manageUrl: 'https://x.example/alerts/manage?token=M', unsubscribeUrl: 'https://x.example/alerts/unsubscribe?token=U' };
const dir = mkdtempSync(path.join(tmpdir(), 'alerts-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('alert searches', () => {
  it('are stored in one canonical form, so one search is one alert', () => {
    expect(toSearchTarget('?house=Commons&q=trafficking&page=3&perPage=50&sort=newest')).toEqual({
      ok: true,
      target: { kind: 'search', query: 'q=trafficking&house=Commons' },
    });
    expect(toSearchTarget('speaker=Vernon+Coaker')).toEqual({ ok: true, target: { kind: 'member', query: 'speaker=Vernon+Coaker' } });
  });

  it('refuse a search that would match everything, or that does not read, naming `search`', () => {
    expect(toSearchTarget('page=2')).toMatchObject({ ok: false, param: 'search' });
    expect(toSearchTarget('from=2024-02-30')).toMatchObject({ ok: false, param: 'search' });
    expect(toAlertSearch(emptySearchRequest())).toBeNull();
  });
});

describe('alert mail', () => {
  it('describes what an alert watches', () => {
    expect(describeAlert('search', 'q=trafficking&house=Commons')).toBe('Search: “trafficking”, house Commons');
    expect(describeAlert('member', 'speaker=Vernon+Coaker')).toBe('Everything said by Vernon Coaker, and their votes');
    expect(describeAlert('question', 'abcdefghijkm', 'Human Trafficking: Hotels')).toBe('The answer to the written question “Human Trafficking: Hotels”');
  });

  it('keeps subjects to one line whatever the query holds', () => {
    const description = describeAlert('search', new URLSearchParams({ q: 'x\r\nBcc: victim@example.org' }).toString());
    const mail = composeDigest({ sections: [{ description, items: [], more: 1, seeAllUrl: null }], ...footer });
    expect(mail.subject).toContain('Bcc: victim@example.org');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(toOneLine('a\u2028b\tc')).toBe('a b c');
  });

  it('makes the confirmation of fixed words: only our links differ between two of them', () => {
    const links = (t: string) => ({
      confirmUrl: `https://x.example/alerts/confirm?token=C${t}`,
      manageUrl: `https://x.example/m?token=M${t}`,
      unsubscribeUrl: `https://x.example/u?token=U${t}`,
    });
    const blank = (m: { subject: string; text: string; html: string }, t: string) =>
      JSON.stringify(m).replaceAll(`C${t}`, 'C').replaceAll(`M${t}`, 'M').replaceAll(`U${t}`, 'U');
    const one = composeConfirmation(links('one'));
    const two = composeConfirmation(links('two'));
    expect(one.text).toContain(links('one').confirmUrl);
    expect(one.html).toContain(`href="${links('one').confirmUrl}"`);
    expect(blank(one, 'one')).toBe(blank(two, 'two'));
  });

  it('escapes the record in HTML and keeps only <mark> from snippets', () => {
    const mail = composeDigest({
      sections: [
        {
          description: 'Search: “<b>”',
          items: [{ url: 'https://x.example/c/abc', title: 'A & B <script>', speaker: null, date: null, snippetHtml: 'the &lt;i&gt; <mark>word</mark>' }],
          more: 2,
          seeAllUrl: 'https://x.example/search?q=%3Cb%3E',
        },
      ],
      ...footer,
    });
    expect(mail.html).toContain('A &amp; B &lt;script&gt;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('<mark>word</mark>');
    expect(mail.html).toContain('Speaker not given');
    expect(mail.text).toContain('the <i> word');
    expect(mail.text).toContain('…and 2 more: https://x.example/search?q=%3Cb%3E');
    expect(mail.text).toContain(footer.unsubscribeUrl);
    expect(mail.subject).toBe('3 new for your alert: Search: “<b>”');
    expect(snippetToText('&amp;lt; <mark>x</mark>')).toBe('&lt; x');
  });

  it('is written as an .eml with one-click unsubscribe headers and no injected header', async () => {
    const mailer = createMailer({ from: 'Hansard search <alerts@x.example>', outboxDir: dir });
    const message = {
      id: '1',
      messageId: 'm1@x.example',
      email: 'reader@example.org',
      purpose: 'digest',
      subject: toOneLine('News\r\nBcc: victim@example.org'),
      text: 'body',
      html: '<p>body</p>',
      unsubscribeUrl: 'https://x.example/api/alerts/unsubscribe?token=U',
    } as AlertMessage;
    await mailer.send(message);
    const raw = readFileSync(path.join(dir, readdirSync(dir)[0]), 'utf8');
    expect(raw).toMatch(/^Message-ID: <m1@x\.example>$/m);
    expect(raw).toMatch(/^List-Unsubscribe: <https:\/\/x\.example\/api\/alerts\/unsubscribe\?token=U>$/m);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(raw).not.toMatch(/^Bcc:/im);
    mailer.close();
  });
});

describe('tokens, schedules and retries', () => {
  it('tokens carry 256 random bits and only their keyed hash is kept (the plain sha256 only to find tokens made before the key)', () => {
    const a = newToken();
    const b = newToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(hashTokenParam(a.token)?.keyed).toBe(a.hash);
    expect(hashTokenParam(a.token)?.legacy).not.toBe(a.hash);
    expect(a.hash).not.toContain(a.token);
    expect(hashTokenParam('short')).toBeNull();
  });

  it('a daily alert is due 24 hours after it last sent; an immediate one always', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(isDue({ frequency: 'daily', lastSentAt: null }, now)).toBe(true);
    expect(isDue({ frequency: 'daily', lastSentAt: new Date('2026-11-27T12:00:01Z') }, now)).toBe(false);
    expect(isDue({ frequency: 'daily', lastSentAt: new Date('2026-11-27T12:00:00Z') }, now)).toBe(true);
    expect(isDue({ frequency: 'immediate', lastSentAt: now }, now)).toBe(true);
  });

  it('SMTP errors are logged without the addresses they quote', () => {
    expect(withoutAddresses("Can't send mail - all recipients were rejected: 550 5.1.1 <reader@example.org>: Recipient address rejected")).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
    );
  });

  it('retries back off from a minute, doubling, to at most six hours', () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });
});
