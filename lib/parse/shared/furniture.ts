/**
 * Page furniture: navigation, widgets, site noise and glossary boxes that copied pages carry
 * around the record. Removed line by line before a format parser reads the text.
 */

/** Whole lines that are never part of the record, whichever site they come from. */
const FURNITURE_LINES: RegExp[] = [
  /^skip to (?:main )?content$/i,
  /^(?:cookies?|cookie settings|accept (?:all )?(?:additional )?cookies|reject (?:all )?(?:additional )?cookies|manage cookies|we use cookies.*)$/i,
  /^alert me about (?:debates|written questions|written answers|statements|[\w ]{1,40}) like this$/i,
  /^(?:share|share this|share this (?:specific )?contribution|copy link|copy|link to this(?: speech)?(?::.*)?|in context|individually|email|e-?mail this|print|print this page|tweet|facebook|twitter|x|linkedin|whatsapp|back to top|top|menu|search|close|open|download text|download|view source|expand|collapse|show full text|hide full text|read more|see more|more|next|previous|next debate|previous debate|contents|subscribe|sign in|sign up|log in|register|feedback)$/i,
  /^(?:request free trial|request a free trial|free trial)$/i,
  /^reticulating splines\.*$/i,
  /^(?:loading|please wait)\.*$/i,
  /^(?:this page is|is this page useful\??|report a problem with this page|yes|no|thank you for your feedback)$/i,
  /^(?:watch|listen|watch live|watch this debate|parliamentlive\.tv)$/i,
  /^(?:hansard source|citation:?|\(citation:.*\))$/i,
  /^(?:votes? not yet cast|no votes? cast yet)$/i,
  /^you are here:?.*$/i,
  /^(?:a|an|the)?\s*['‘"]?named day['’"]? questions? only occur in the house of commons\b.*$/i,
  /^written questions allow members of parliament to ask government ministers\b.*$/i,
  /^historical written answers can be found in hansard\.?$/i,
  /^(?:reply|comment|annotate|add an annotation)$/i,
  // TheyWorkForYou's poll under a written answer and its pointer to WhatDoTheyKnow
  /^does this answer the above question\??$/i,
  /^\d+ (?:people|person) thinks? (?:so|not)$/i,
  /^would you like to ask a question like this yourself\?.*$/i,
  // download links under an answer: "Answer attachments" and "Police funding tables (Excel SpreadSheet, 45.2 KB)"
  /^(?:answer|question|statement) attachments?$/i,
  /^.{1,200}\((?:PDF|Word|Excel|CSV|ODS|ODT|Microsoft)[^()]{0,40},\s*[\d.,]+\s*[KMG]B\)$/i,
  // Parallel Parliament's debate pages: links under each speaker and above the debate, and the age of the page
  /^-\s*Hansard(?:\s*-)+(?:\s*Excerpts)?$/i,
  /^(?:Read (?:Full debate|Hansard Text|Debate Ministerial Extracts)\s*)+$/i,
  /^\((?:\d+ (?:years?|months?|weeks?|days?|hours?|minutes?),?\s*)+ago\)$/i,
  // navigation bars of older parliament.uk pages: "Previous Section | Back to Table of Contents | Lords Hansard Home Page |"
  /^\|?(?:\s*(?:Previous|Next)(?: Section| Page)?|\s*Back to (?:Table of Contents|Contents|top)|\s*(?:Lords|Commons) Hansard Home Page|\s*Home|\s*Contents|\s*Index)\s*(?:\|(?:\s*(?:Previous|Next)(?: Section| Page)?|\s*Back to (?:Table of Contents|Contents|top)|\s*(?:Lords|Commons) Hansard Home Page|\s*Home|\s*Contents|\s*Index)\s*)*\|?$/i,
];

/**
 * Trailing widget text glued to a real line ("(asked on …) - View Source", "with...Request free trial").
 * Found by its words first; the separator before them is trimmed by hand, because a pattern that
 * starts with `\s*` backtracks over every run of spaces (a line of 3,000 spaces took 30 s).
 */
const INLINE_FURNITURE: Array<{ words: RegExp; separator?: RegExp }> = [
  { words: /View Source\s*$/i, separator: /[-–—|]$/ },
  { words: /Request (?:a )?free trial\s*$/i, separator: /(?:\.\.\.|…)$/ },
  { words: /Reticulating Splines\.*\s*$/i },
];

function stripInlineFurniture(line: string): string {
  let out = line;
  for (const { words, separator } of INLINE_FURNITURE) {
    const found = words.exec(out);
    if (!found) continue;
    out = out.slice(0, found.index).trimEnd();
    if (separator) out = out.replace(separator, '').trimEnd();
  }
  return out;
}

/** True when the whole (trimmed) line is page furniture. */
export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  return FURNITURE_LINES.some((re) => re.test(t));
}

/** Navigation that closes a page: what follows it (the next debate's title, related links) is not the record. */
const CLOSING_NAVIGATION = /^(?:previous|next) (?:debate|section|page|article|question)$|^related (?:debates|content|questions)$/i;

/** Lines without the navigation block after the page's last sentence ("Next debate" / "Prisons Update"). */
function cutClosingNavigation(lines: string[]): string[] {
  let lastSentence = -1;
  lines.forEach((l, k) => {
    if (l.trim().length > 40 && /[.?!:”"’)]$/.test(l.trim())) lastSentence = k;
  });
  const cut = lines.findIndex((l, k) => k > lastSentence && CLOSING_NAVIGATION.test(l.trim()));
  return cut > 0 ? lines.slice(0, cut) : lines;
}

/** Removes furniture lines and trailing widget text; keeps blank lines so paragraphs survive. */
export function stripFurniture(text: string): string {
  return cutClosingNavigation(text.split('\n'))
    .map((line) => {
      if (!line.trim()) return '';
      if (isFurnitureLine(line) || !/[\p{L}\p{N}]/u.test(line)) return null;
      const out = stripInlineFurniture(line);
      return out.trim() ? out : null;
    })
    .filter((l): l is string => l !== null)
    .join('\n');
}

/** Glossary boxes of Parliament's written-question pages: a heading and its explanation → a flag. */
const GLOSSARY: Array<{ flag: string; heading: RegExp; explanation: RegExp }> = [
  // the older parliament.uk list printed a marker ("[N]"), a "Close" button and a quoted term
  { flag: 'named-day', heading: /^(?:named day|\[N\])$/i, explanation: /^['‘"]?named day['’"]? questions only occur\b/i },
  { flag: 'registered-interest', heading: /^(?:registered interest|\[R\])$/i, explanation: /^indicates that a relevant interest has been declared\.?$/i },
  { flag: 'grouped', heading: /^grouped questions?$/i, explanation: /^(?:this|these) questions? (?:was|were) grouped\b/i },
  { flag: 'holding-answer', heading: /^holding answer$/i, explanation: /^a holding answer (?:is|was)\b/i },
  { flag: 'corrected', heading: /^correct(?:ed|ion)(?: answer)?$/i, explanation: /^(?:this|the) answer (?:has been|was) corrected\b/i },
  { flag: 'withdrawn', heading: /^withdrawn$/i, explanation: /^(?:this|the) question (?:has been|was) withdrawn\b/i },
];

/** Finds glossary boxes, returns their flags and the text without them. */
export function extractGlossaryFlags(lines: string[]): { flags: string[]; lines: string[] } {
  const flags: string[] = [];
  const kept: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    const box = GLOSSARY.find((g) => g.heading.test(t) || g.explanation.test(t));
    if (box) {
      if (!flags.includes(box.flag)) flags.push(box.flag);
      continue;
    }
    kept.push(line);
  }
  return { flags, lines: kept };
}
