/**
 * ParlParse / TheyWorkForYou XML day files, written section by section: Commons debates (with
 * oral question time), Westminster Hall, Lords (with starred questions), Commons and Lords written
 * answers, and written ministerial statements. Ids follow ParlParse's gid scheme so that every
 * contribution id is unique and stable for a given seed.
 */
import type { Member, MemberPool } from './members';
import type { Rng } from './prng';
import type { Vocabulary } from './vocabulary';

export const XML_KINDS = ['debates', 'westminster', 'daylord', 'answers', 'lordswrans', 'ministerial'] as const;
export type XmlKind = (typeof XML_KINDS)[number];

export interface DayFile {
  fileName: string;
  /** Sections as text, produced lazily so that only one is in memory at a time. */
  chunks: Iterable<string>;
  /** Called after `chunks` is drained: contributions and records written. */
  counts(): { contributions: number; records: number };
}

export interface XmlContext {
  rng: Rng;
  vocab: Vocabulary;
  members: MemberPool;
}

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE publicwhip
[
<!ENTITY mdash   "&#8212;">
<!ENTITY ndash   "&#8211;">
<!ENTITY pound   "&#163;">
<!ENTITY nbsp    "&#160;">
]>

<publicwhip scrapeversion="a" latest="yes">
`;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/£/g, '&pound;').replace(/—/g, '&mdash;');
}

/**
 * One day file of `kind` for `date`, holding about `contributions` contributions.
 * `prefix` keeps gids unique when several files share a date and kind (not used by ParlParse itself).
 */
export function createDayFile(kind: XmlKind, date: string, contributions: number, ctx: XmlContext): DayFile {
  const { gid, sections } = DAY_FILE_WRITERS[kind];
  const writer = new SectionWriter(`uk.org.publicwhip/${gid}/${date}a`, ctx, kind === 'lordswrans' ? 500_000 : 100_000);
  function* chunks() {
    yield HEADER;
    if (kind === 'debates') yield writer.heading('oral-heading', 'ORAL ANSWERS TO QUESTIONS');
    let i = 0;
    while (writer.contributions < contributions) yield sections(writer, i++);
    yield '</publicwhip>\n';
  }
  return { fileName: `${kind}${date}a.xml`, chunks: chunks(), counts: () => ({ contributions: writer.contributions, records: writer.records }) };
}

class SectionWriter {
  contributions = 0;
  records = 0;
  private col = 1;
  private item = 0;
  private uin: number;
  private minute = 0;

  constructor(
    private readonly gidBase: string,
    readonly ctx: XmlContext,
    uinBase = 100_000,
  ) {
    // Commons and Lords written answers share the wrans gid namespace: disjoint uin ranges keep ids unique.
    this.uin = uinBase + ctx.rng.int(0, 300_000);
  }

  private gid(): string {
    if (this.item > 2 + (this.col % 4)) {
      this.col++;
      this.item = 0;
    }
    return `${this.gidBase}.${this.col}.${this.item++}`;
  }

  private time(): string {
    this.minute = Math.min(this.minute + this.ctx.rng.int(0, 3), 8 * 60);
    const m = 14 * 60 + 30 + this.minute;
    return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
  }

  heading(tag: 'oral-heading' | 'major-heading' | 'minor-heading', text: string, gid = this.gid()): string {
    if (tag !== 'oral-heading') this.records += tag === 'minor-heading' ? 1 : 0;
    return `<${tag} id="${gid}" nospeaker="true" colnum="${this.col}">\n\t${text}\n</${tag}>\n\n`;
  }

  /** A speech (or ques/reply) with the given paragraphs; `attrs` adds e.g. oral-qnum or speakeroffice. */
  speech(member: Member, paragraphs: string[], opts: { tag?: 'speech' | 'ques' | 'reply'; gid?: string; attrs?: string; pAttrs?: string } = {}): string {
    const tag = opts.tag ?? 'speech';
    const gid = opts.gid ?? this.gid();
    const pidBase = gid.slice(gid.lastIndexOf('/') + 11);
    this.contributions++;
    const ps = paragraphs.map((p, i) => `\t<p pid="${pidBase}/${i + 1}"${i === 0 && opts.pAttrs ? ' ' + opts.pAttrs : ''}>${escapeXml(p)}</p>\n`).join('');
    const time = tag === 'speech' ? ` time="${this.time()}"` : '';
    return `<${tag} id="${gid}" speakerid="${member.ref}" speakername="${escapeXml(member.name)}"${opts.attrs ? ' ' + opts.attrs : ''} colnum="${this.col}"${time}>\n${ps}</${tag}>\n\n`;
  }

  nextUin(): number {
    return (this.uin += this.ctx.rng.int(1, 40));
  }

  gidFor(suffix: string): string {
    return `${this.gidBase}.${suffix}`;
  }

  paragraphs(min: number, max: number): string[] {
    const { rng, vocab } = this.ctx;
    const n = rng.chance(0.6) ? min : rng.int(min, max);
    return Array.from({ length: n }, () => vocab.paragraph(rng, rng.int(1, 4)));
  }
}

type SectionMaker = (w: SectionWriter, index: number) => string;

const upper = (s: string) => s.toUpperCase();

function distinctMember(rng: Rng, pool: Member[], not: Member[]): Member {
  for (;;) {
    const m = rng.pick(pool);
    if (!not.includes(m) || pool.length <= not.length) return m;
  }
}

/** Oral questions: question, minister's answer, then supplementary question / answer pairs. */
function questionTime(w: SectionWriter, house: 'commons' | 'lords'): string {
  const { rng, vocab, members } = w.ctx;
  const pool = house === 'commons' ? members.commons : members.lords;
  const minister = rng.pick(pool);
  const asker = distinctMember(rng, pool, [minister]);
  const title = rng.pick(vocab.titles);
  let out = house === 'commons' ? w.heading('minor-heading', escapeXml(title)) : w.heading('major-heading', `${escapeXml(title)} &mdash; <i>Question</i>`);
  if (house === 'lords') w.records++;
  const opening = house === 'lords' ? `To ask Her Majesty's Government ${vocab.sentence(rng).replace(/^\w/, (c) => c.toLowerCase())}` : vocab.sentence(rng);
  out += w.speech(asker, [opening], house === 'commons' ? { attrs: `oral-qnum="${rng.int(1, 30)}"`, pAttrs: `qnum="${w.nextUin()}"` } : {});
  out += w.speech(minister, w.paragraphs(1, 2), { attrs: `speakeroffice="${escapeXml(rng.pick(vocab.offices))}"` });
  for (let s = rng.int(1, 5); s > 0; s--) {
    out += w.speech(distinctMember(rng, pool, [minister]), w.paragraphs(1, 2));
    out += w.speech(minister, w.paragraphs(1, 2));
  }
  return out;
}

/** A debate: a heading and a run of speeches by members of one House. */
function debate(w: SectionWriter, house: 'commons' | 'lords', minor: boolean): string {
  const { rng, vocab, members } = w.ctx;
  const pool = house === 'commons' ? members.commons : members.lords;
  const title = escapeXml(rng.pick(vocab.titles));
  let out = minor ? w.heading('minor-heading', title) : w.heading('major-heading', title);
  if (!minor) w.records++;
  const speakers = Array.from({ length: rng.int(3, 8) }, () => rng.pick(pool));
  for (let s = rng.int(4, 24); s > 0; s--) {
    const p = w.paragraphs(1, 3);
    if (house === 'lords') p[0] = `My Lords, ${p[0].replace(/^\w/, (c) => c.toLowerCase())}`;
    out += w.speech(rng.pick(speakers), p);
  }
  return out;
}

/** A written question group: department heading now and then, subject, one to three questions, one reply. */
function writtenAnswer(w: SectionWriter, index: number, house: 'commons' | 'lords'): string {
  const { rng, vocab, members } = w.ctx;
  const pool = house === 'commons' ? members.commons : members.lords;
  let out = '';
  const uin = w.nextUin();
  if (index % 12 === 0) out += w.heading('major-heading', escapeXml(upper(rng.pick(vocab.departments))), w.gidFor(`${uin}.mh`));
  out += w.heading('minor-heading', escapeXml(rng.pick(vocab.titles)), w.gidFor(`${uin}.h`));
  const asker = rng.pick(pool);
  const questions = rng.chance(0.75) ? 1 : rng.int(2, 3);
  for (let q = 0; q < questions; q++) {
    const opener = house === 'lords' ? "To ask Her Majesty's Government" : rng.pick(vocab.questionOpeners);
    const text = `${opener} ${vocab.sentence(rng).replace(/^\w/, (c) => c.toLowerCase())}`;
    out += w.speech(asker, [text], { tag: 'ques', gid: w.gidFor(`${uin}.q${q}`), pAttrs: `qnum="${uin + q}"` });
  }
  out += w.speech(distinctMember(rng, pool, [asker]), w.paragraphs(1, 4), { tag: 'reply', gid: w.gidFor(`${uin}.r0`) });
  return out;
}

/** A written ministerial statement: department, title, one long statement. */
function ministerialStatement(w: SectionWriter, index: number): string {
  const { rng, vocab, members } = w.ctx;
  let out = '';
  if (index % 4 === 0) out += w.heading('major-heading', escapeXml(upper(rng.pick(vocab.departments))));
  out += w.heading('minor-heading', escapeXml(rng.pick(vocab.titles)));
  out += w.speech(rng.pick(members.commons), w.paragraphs(3, 8), { attrs: `speakeroffice="${escapeXml(rng.pick(vocab.offices))}"` });
  return out;
}

/** Each kind of day file: its gid namespace and the sections it is made of. */
const DAY_FILE_WRITERS: Record<XmlKind, { gid: string; sections: SectionMaker }> = {
  debates: {
    gid: 'debate',
    sections: (w, i) => {
      if (i < 8) return (i === 0 ? w.heading('major-heading', escapeXml(upper(w.ctx.rng.pick(w.ctx.vocab.departments)))) : '') + questionTime(w, 'commons');
      return debate(w, 'commons', false);
    },
  },
  westminster: { gid: 'westminhall', sections: (w) => debate(w, 'commons', true) },
  daylord: { gid: 'lords', sections: (w, i) => (i < 4 ? questionTime(w, 'lords') : debate(w, 'lords', false)) },
  answers: { gid: 'wrans', sections: (w, i) => writtenAnswer(w, i, 'commons') },
  lordswrans: { gid: 'wrans', sections: (w, i) => writtenAnswer(w, i, 'lords') },
  ministerial: { gid: 'wms', sections: (w, i) => ministerialStatement(w, i) },
};
