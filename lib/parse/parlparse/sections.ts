/**
 * Stage 2: cuts the day's items into sections, one per major or minor heading, in document
 * order. A division becomes its own block, tied to the section it sits in. Question time starts
 * at `<oral-heading>` and lasts to the end of the day file, as TWFY marks it.
 */
import type { Attrs, DayItem, DivisionItem, SpeechElement, Paragraph } from './sax-reader';

export interface Heading {
  id: string | null;
  text: string;
  attrs: Attrs;
}

export interface SpeechEntry {
  kind: SpeechElement;
  attrs: Attrs;
  paragraphs: Paragraph[];
}

export interface Section {
  /** The heading that opened this section (major or minor); null for text before any heading. */
  heading: Heading | null;
  major: Heading | null;
  minor: Heading | null;
  /** Under an `<oral-heading>`. */
  oral: boolean;
  speeches: SpeechEntry[];
}

export type Block =
  | { kind: 'section'; section: Section }
  | (DivisionItem & {
      section: Section | null;
      /** The `id` of the last speech before the division in its section: where it sits in the debate. */
      afterSourceId: string | null;
      /** The motion's words (`pwmotiontext`) printed before the division in its section, when the file marks them. */
      motion: string | null;
    });

/** How far back a division looks for the motion it decides. */
const MOTION_LOOKBACK = 40;
/**
 * `pwmotiontext` marks quotations as well as motions; a motion opens with the words that move or
 * put it ("I beg to move…", "That…", "Question put…"). "The House divided" is the result, not the question.
 */
const DIVIDED = /\b(?:House|Committee|Lords?) divided\b/i;
const MOTION_OPENING = /^(?:I beg to move|That\b|Motion made|Question put|Amendment proposed)/i;

export function splitSections(items: DayItem[]): Block[] {
  const blocks: Block[] = [];
  let major: Heading | null = null;
  let oral = false;
  let current: Section | null = null;

  const open = (heading: Heading | null, minor: Heading | null) => {
    current = { heading, major, minor, oral, speeches: [] };
    blocks.push({ kind: 'section', section: current });
  };

  for (const item of items) {
    if (item.kind === 'heading') {
      const heading: Heading = { id: item.attrs.id ?? null, text: item.text, attrs: item.attrs };
      if (item.level === 'oral') oral = true;
      else if (item.level === 'major') {
        major = heading;
        open(heading, null);
      } else open(heading, heading);
    } else if (item.kind === 'division') {
      const section = current as Section | null;
      const speeches = section ? section.speeches : [];
      blocks.push({ ...item, section, afterSourceId: speeches.at(-1)?.attrs.id ?? null, motion: motionBefore(speeches) });
    } else {
      if (!current) open(null, null);
      current!.speeches.push({ kind: item.kind, attrs: item.attrs, paragraphs: item.paragraphs });
    }
  }
  return blocks;
}

/** The last motion text in the speeches before a division (nearest first, a bounded look back). */
function motionBefore(speeches: SpeechEntry[]): string | null {
  for (let i = speeches.length - 1; i >= Math.max(0, speeches.length - MOTION_LOOKBACK); i--) {
    const paragraphs = speeches[i].paragraphs;
    const start = paragraphs.findIndex((p) => p.motion && MOTION_OPENING.test(p.text));
    if (start < 0) continue;
    const words: string[] = [];
    for (let j = start; j < paragraphs.length && paragraphs[j].motion && !DIVIDED.test(paragraphs[j].text); j++) words.push(paragraphs[j].text);
    return words.join('\n\n');
  }
  return null;
}
