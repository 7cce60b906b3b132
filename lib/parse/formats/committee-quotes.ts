/**
 * Quotations in a press release and who they are attributed to: "Chair of the X Committee, Dame
 * Diana Johnson MP, said: “…”" or "“…,” said Dame Diana Johnson MP, Chair of the X Committee."
 */
import type { Speaker } from '../record';
import { makeSpeaker } from '../shared/build';
import { looksLikePersonName, PEERAGE_TITLE, stripHonorifics } from '../shared/names';

export interface Quotation {
  start: number;
  end: number;
  /** End of the quotation and of an attribution that follows it ("…,” said NAME."). */
  through: number;
  speaker: Speaker;
}

const SAID_BEFORE = /(?:^|[.!?”"\n]\s*)([^.!?”"\n]{3,200}?),?\s+(?:said|says|added|commented|explained|warned|stated|continued|concluded)\s*:\s*$/;
const SAID_AFTER = /^,?\s*(?:said|says|added|commented|explained|warned|stated)\s+([^.!?\n“"]{3,200})(?:[.!?]|$)/;
const OFFICE = /\b(?:Chair|Chairman|Chairwoman|Member|Minister|Secretary|Committee|Leader|Spokesperson|President|Director|Commissioner)\b/;
const LEAD_IN = /^(?:Commenting|Speaking|Responding|Reacting|Launching|Welcoming|Announcing)\b/i;

/** Index just after the quotation that opens at `open`; multi-paragraph quotes reopen each paragraph. */
export function findQuoteEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + 20000);
  for (let i = open + 1; i < limit; i++) {
    const ch = text[i];
    if (ch === '”') return i + 1;
    if (ch === '"') {
      const reopening = /\s/.test(text[i - 1] ?? ' ') && /[\p{L}\p{N}‘'(]/u.test(text[i + 1] ?? '');
      if (!reopening) return i + 1;
    }
    if (ch === '\n' && text[i + 1] === '\n' && !/^\n+\s*[“"]/.test(text.slice(i, i + 8))) return i;
  }
  return limit;
}

/** "Chair of the X Committee, Dame Diana Johnson MP" (either order, lead-in clause allowed) → speaker. */
export function readAttribution(attribution: string): Speaker | null {
  const parts = attribution
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && !LEAD_IN.test(p));
  const isName = (p: string) => looksLikePersonName(stripHonorifics(p)) && !OFFICE.test(p.replace(PEERAGE_TITLE, ''));
  const nameAt = parts.findIndex(isName);
  if (nameAt >= 0) {
    const role = parts.filter((p, k) => k !== nameAt && OFFICE.test(p)).join(', ') || null;
    return makeSpeaker({ name: stripHonorifics(parts[nameAt]), role });
  }
  // "Committee Chair Dame Diana Johnson MP": an office run into the name
  const runIn =
    /^(.*?\b(?:Chair|Chairman|Chairwoman|[Mm]ember|Minister))\s+((?:(?:Dame|Sir|Lord|Baroness|Dr|Mr|Mrs|Ms)\s+[\p{Lu}][\p{L}'’-]+(?:\s+(?:of\s+)?[\p{Lu}][\p{L}'’-]+){0,3}|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3})(?:\s+MP)?)$/u.exec(
      parts.join(', '),
    );
  if (runIn && looksLikePersonName(stripHonorifics(runIn[2]))) return makeSpeaker({ name: stripHonorifics(runIn[2]), role: runIn[1] });
  return null;
}

/** Every attributed quotation in `text`, in order. Unattributed quotations stay in the narrative. */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const opening = /[“"]/g;
  for (let m = opening.exec(text); m; m = opening.exec(text)) {
    const start = m.index;
    const before = SAID_BEFORE.exec(text.slice(Math.max(0, start - 300), start));
    const atParagraphStart = start === 0 || text[start - 1] === '\n';
    if (!before && !atParagraphStart) continue;
    const end = findQuoteEnd(text, start);
    let speaker = before ? readAttribution(before[1]) : null;
    let through = end;
    if (!speaker) {
      const after = SAID_AFTER.exec(text.slice(end, end + 300));
      speaker = after ? readAttribution(after[1]) : null;
      if (after) through = end + after[0].length;
    }
    if (speaker) {
      found.push({ start, end, through, speaker });
      opening.lastIndex = through;
    }
  }
  return found;
}
