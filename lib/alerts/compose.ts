/**
 * The words of alert mail, as plain text and HTML: the confirmation (fixed words and links only),
 * and the digest (one per address per run). Pure: links and items come in, subject and bodies go
 * out. Everything from the record or the user is escaped before it reaches HTML, and the subject is
 * one line.
 */
import { escapeHtml } from '../search/snippet';
import type { AlertKind } from '../db/store';

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export interface DigestItem {
  /** Absolute permalink of the contribution (/c/{id}). */
  url: string;
  title: string;
  speaker: string | null;
  date: string | null;
  /** Escaped HTML with <mark> around matches (lib/search/snippet.ts). */
  snippetHtml: string;
  /** A division on a member alert: how the member voted, in words (plain text, escaped here). */
  vote?: string;
}

export interface DigestSection {
  description: string;
  items: DigestItem[];
  /** Matches beyond those listed. */
  more: number;
  /** Where to see them all (absolute), or null (a question's answer). */
  seeAllUrl: string | null;
}

export interface FooterLinks {
  manageUrl: string;
  unsubscribeUrl: string;
}

const SITE_NAME = 'Hansard search';

/** One header-safe line: control characters (CR/LF above all) become spaces, at most `max` characters. */
export function toOneLine(text: string, max = 150): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** What an alert watches, in words: “trafficking”, house Commons. */
export function describeAlert(kind: AlertKind, query: string, questionTitle?: string | null): string {
  if (kind === 'question') return `The answer to the written question “${toOneLine(questionTitle ?? query, 120)}”`;
  const params = new URLSearchParams(query);
  if (kind === 'member') return `Everything said by ${params.getAll('speaker').join(' or ')}, and their votes`;
  const parts: string[] = [];
  const q = params.get('q');
  if (q) parts.push(`“${toOneLine(q, 120)}”`);
  for (const [key, value] of params) if (key !== 'q') parts.push(`${key} ${toOneLine(value, 60)}`);
  return `Search: ${parts.join(', ')}`;
}

/** The snippet as plain text: marks dropped, entities read back. */
export function snippetToText(snippetHtml: string): string {
  return snippetHtml
    .replace(/<\/?mark>/g, '')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

function footerText(links: FooterLinks): string {
  return `—\nYour alerts (see or delete them): ${links.manageUrl}\nUnsubscribe from all of them: ${links.unsubscribeUrl}\n`;
}

function footerHtml(links: FooterLinks): string {
  return `<hr><p style="font-size:small"><a href="${escapeHtml(links.manageUrl)}">Your alerts</a> (see or delete them) · <a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe from all of them</a></p>`;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:40em">${body}</body></html>`;
}

/**
 * The confirmation: fixed words and our links only. Anyone can type any address into the form, so
 * nothing the requester wrote (words searched, names) goes into this mail: what was asked for is
 * shown on our site, behind the link, and confirmed there by a button.
 */
export function composeConfirmation(a: { confirmUrl: string } & FooterLinks): ComposedMail {
  const subject = `Confirm your ${SITE_NAME} alert`;
  const text =
    `Someone — we hope you — asked ${SITE_NAME} to email this address when new debates, questions or answers match a search.\n\n` +
    `To see what was asked for and start the alert, open this link (it works for 7 days):\n${a.confirmUrl}\n\n` +
    `If it was not you, ignore this message: nothing more will be sent for it.\n\n${footerText(a)}`;
  const html = page(
    subject,
    `<p>Someone — we hope you — asked ${SITE_NAME} to email this address when new debates, questions or answers match a search.</p>` +
      `<p><a href="${escapeHtml(a.confirmUrl)}">See what was asked for and start the alert</a> (the link works for 7 days).</p>` +
      `<p>If it was not you, ignore this message: nothing more will be sent for it.</p>${footerHtml(a)}`,
  );
  return { subject, text, html };
}

/** Who: the member's vote on a division, else the speaker. */
function itemWho(item: DigestItem): string {
  return item.vote ?? item.speaker ?? 'Speaker not given';
}

function itemLine(item: DigestItem): string {
  return `${itemWho(item)} · ${item.date ?? 'date not given'} · ${item.title}`;
}

export function composeDigest(a: { sections: DigestSection[] } & FooterLinks): ComposedMail {
  const count = a.sections.reduce((n, s) => n + s.items.length + s.more, 0);
  const subject = toOneLine(
    a.sections.length === 1 ? `${count} new for your alert: ${a.sections[0].description}` : `${count} new for your ${a.sections.length} ${SITE_NAME} alerts`,
  );
  const text = a.sections
    .map((s) => {
      const items = s.items.map((i) => `* ${itemLine(i)}\n  ${snippetToText(i.snippetHtml)}\n  ${i.url}`).join('\n\n');
      const more = s.more > 0 ? `\n\n…and ${s.more} more${s.seeAllUrl ? `: ${s.seeAllUrl}` : ''}` : '';
      return `${s.description}\n${'='.repeat(Math.min(s.description.length, 70))}\n\n${items}${more}`;
    })
    .join('\n\n\n');
  const html = page(
    subject,
    a.sections
      .map((s) => {
        const items = s.items
          .map(
            (i) =>
              `<li><p><strong>${escapeHtml(itemWho(i))}</strong> · ${escapeHtml(i.date ?? 'date not given')} · ${escapeHtml(i.title)}</p><p>${i.snippetHtml}</p><p><a href="${escapeHtml(i.url)}">${escapeHtml(i.url)}</a></p></li>`,
          )
          .join('');
        const more = s.more > 0 ? `<p>…and ${s.more} more${s.seeAllUrl ? `: <a href="${escapeHtml(s.seeAllUrl)}">see them all</a>` : ''}</p>` : '';
        return `<h2>${escapeHtml(s.description)}</h2><ul>${items}</ul>${more}`;
      })
      .join(''),
  );
  return { subject, text: `${text}\n\n${footerText(a)}`, html: html.replace('</body>', `${footerHtml(a)}</body>`) };
}
