/**
 * Stage 2: cuts the day's items into sections, one per major or minor heading, in document
 * order. A division becomes its own block, tied to the section it sits in. Question time starts
 * at `<oral-heading>` and lasts to the end of the day file, as TWFY marks it.
 */
import type { Attrs, DayItem, SpeechElement, Paragraph } from './sax-reader';

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
  | { kind: 'division'; attrs: Attrs; ayes: number | null; noes: number | null; section: Section | null };

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
      blocks.push({ kind: 'division', attrs: item.attrs, ayes: item.ayes, noes: item.noes, section: current });
    } else {
      if (!current) open(null, null);
      current!.speeches.push({ kind: item.kind, attrs: item.attrs, paragraphs: item.paragraphs });
    }
  }
  return blocks;
}
