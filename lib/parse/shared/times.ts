/** Clock times as printed ("2:30 pm", "2.30pm", "14:30", "12 noon") → "HH:MM" (24-hour). */

/** Source of a regex matching one printed time of day. */
export const TIME_PATTERN = '(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?|(\\d{1,2})[:.](\\d{2})(?![\\d.:])|(12\\s+)?(noon|midnight))';

export interface FoundTime {
  hhmm: string;
  index: number;
  matched: string;
}

function hhmm(hours: number, minutes: number): string | null {
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function timeFromMatch(m: RegExpExecArray): string | null {
  if (m[3]) {
    const h = Number(m[1]);
    if (h < 1 || h > 12) return null;
    const pm = m[3].toLowerCase() === 'p';
    return hhmm((h % 12) + (pm ? 12 : 0), Number(m[2] ?? 0));
  }
  if (m[4]) return hhmm(Number(m[4]), Number(m[5]));
  return m[7].toLowerCase() === 'noon' ? '12:00' : '00:00';
}

/** The first valid time of day in `text`, or null. */
export function findTime(text: string): FoundTime | null {
  const re = new RegExp(`\\b${TIME_PATTERN}`, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = timeFromMatch(m);
    if (t) return { hhmm: t, index: m.index, matched: m[0] };
  }
  return null;
}

/** A string that is nothing but one time of day → "HH:MM", else null. */
export function parseTime(text: string): string | null {
  const m = new RegExp(`^\\s*${TIME_PATTERN}\\s*$`, 'i').exec(text);
  return m ? timeFromMatch(m) : null;
}
