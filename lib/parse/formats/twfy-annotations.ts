/**
 * Readers' annotations that TheyWorkForYou interleaves with the record ("… Submitted by NAME
 * Continue reading"): not contributions, so they are cut out of the speech they follow.
 */
import { collapseSpaces } from '../shared/text';

const SIGNATURE = /(?:^|\s)Submitted by\s.{1,100}?\s*Continue reading\.?$/i;

interface Para {
  text: string;
  /** Blank lines before the paragraph: an annotation is set off by more than one. */
  gapBefore: number;
}

function toParagraphs(lines: string[]): Para[] {
  const paras: Para[] = [];
  let gap = 0;
  let current: string[] = [];
  const flush = () => {
    if (current.length) paras.push({ text: current.join('\n'), gapBefore: paras.length ? gap : 0 });
    current = [];
  };
  for (const line of lines) {
    const t = collapseSpaces(line);
    if (!t) {
      if (current.length) {
        flush();
        gap = 0;
      }
      gap++;
    } else current.push(t);
  }
  flush();
  return joinSplitSignatures(paras);
}

/** "Submitted by NAME" and "Continue reading" copied as two paragraphs are one signature. */
function joinSplitSignatures(paras: Para[]): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const previous = out[out.length - 1];
    if (previous && /^Continue reading\.?$/i.test(p.text) && /(?:^|\s)Submitted by\s.{1,100}$/i.test(previous.text.replace(/\n/g, ' '))) {
      previous.text = `${previous.text} ${p.text}`;
    } else out.push(p);
  }
  return out;
}

/** The paragraphs of a speech without any reader's annotation. */
export function removeAnnotations(lines: string[]): string[] {
  const paras = toParagraphs(lines);
  const drop = new Set<number>();
  paras.forEach((p, k) => {
    const joined = p.text.replace(/\n/g, ' ');
    if (!SIGNATURE.test(joined)) return;
    drop.add(k);
    // The signature alone on its paragraph: the annotation is what precedes it, back to the wider gap.
    if (!joined.replace(SIGNATURE, '').trim()) {
      let start = k - 1;
      for (let s = k - 1; s >= 1; s--) {
        if (paras[s].gapBefore >= 2) {
          start = s;
          break;
        }
      }
      if (start >= 1 || (start === 0 && /(?:\.\.\.|…)$/.test(paras[0].text))) for (let s = Math.max(start, 0); s < k; s++) drop.add(s);
    }
  });
  return paras.filter((_, k) => !drop.has(k)).map((p) => p.text.replace(/\n/g, ' '));
}
