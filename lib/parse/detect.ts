/**
 * Which text format a document is in, from cues each site prints. Scored rather than first-match
 * so that a page quoting another format's phrase is not misread.
 */

export const TEXT_FORMATS = ['twfy', 'hansard', 'written-question', 'written-statement', 'parallel-parliament', 'committee-release', 'generic'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const CUES: Record<Exclude<TextFormat, 'generic'>, Array<[RegExp, number]>> = {
  twfy: [
    [/^Photo of \S/m, 3],
    [/[–—-]\s*in the House of (?:Commons|Lords) (?:at .{1,12} )?on \d/i, 4],
    [/[–—-]\s*in (?:Westminster Hall|an? (?:Public Bill|General|Delegated Legislation) Committee|(?:the )?Grand Committee) (?:at .{1,12} )?on \d/i, 4],
    [/^Alert me about debates like this$/im, 3],
    [/Submitted by .{1,80}Continue reading/i, 2],
    [/\btheyworkforyou\b/i, 2],
    [/\bwritten (?:question|statement)\s*[–—-]\s*(?:answered|made) on\b/i, 4],
  ],
  hansard: [
    [/^Volume \d+:?\s*debated on\b/im, 6],
    [/\bhansard\.parliament\.uk\b/i, 2],
    // pages copied without the volume line still have Hansard's speaker lines and question-time intro
    [
      /^(?:T?\d{1,3}\.\s+)?[\p{Lu}][\p{L}'’. -]{2,60} \([^()]{2,60}\) \((?:Lab|Con|LD|SNP|DUP|PC|Ind|Green|Reform|SDLP|UUP|Alliance|CB|Lab\/Co-op|Non-Afl|Bp)\)$/mu,
      3,
    ],
    [/^The .{3,80} was asked\s*[—–-]+$/m, 3],
    // Parallel Parliament's copy of a debate: "NAME Portrait NAME (Seat) (Party)" then "- Hansard - - - Excerpts"
    [/^-\s*Hansard(?:\s*-)+(?:\s*Excerpts)?$/m, 5],
    [/^.{3,80} Portrait .{3,250}\)$/m, 1],
  ],
  'written-question': [
    [/^Question for .{2,120}$/m, 3],
    [/\bUIN\s+(?:HL)?\d+,?\s*tabled on\b/i, 5],
    [/^Answered on\s*$/m, 2],
    [/^Answered by\s*$/m, 1],
    [/^Asked by\s*$/m, 1],
    // the older parliament.uk list: "Asked on: 08 May 2019" … "Answered on: 22 May 2019"
    [/^Asked on:\s*\d/m, 3],
    [/^Answered on:\s*\d/m, 2],
    [/questions-statements\.parliament\.uk/i, 2],
  ],
  'written-statement': [
    [/^Statement UIN:?\s*(?:HC|HL)WS\s?\d+$/im, 5],
    [/^Statement made by\b/im, 3],
    [/^Statement made(?: on)?:?\s+\d/im, 2],
  ],
  'parallel-parliament': [
    [/\(asked on [^)]{6,40}\)/i, 5],
    [/^Question to the .{2,120}:\s*$/m, 3],
    [/This question was answered on\b/i, 3],
    [/^.{3,80} Portrait$/m, 2],
    [/^Asked by:\s/m, 2],
    [/\bparallelparliament\b/i, 2],
  ],
  'committee-release': [
    [/Request (?:a )?free trial/i, 2],
    [/\b(?:Chair|Chairman|Chairwoman|member) of the [\p{Lu}][^,\n]{2,80} Committee,[^,\n]{3,80}, said:/iu, 4],
    [/, (?:Chair|Chairman|Chairwoman|[Mm]ember) of the (?:[\p{Lu}][^,\n]{2,80} )?Committee,? said:/u, 4],
    [/^(?:Commons|Lords|Joint) Select Committee$/m, 3],
    [
      /\b(?:the|The) [\p{Lu}][\p{L} ,'&-]{2,60} Committee (?:has|have|will publish|finds|found|warns|warned|says|said|recommends|calls|is calling|concludes|urges|publishes|today)\b/u,
      3,
    ],
    [/[”"],?\s+said\s+[^.\n“”"]{3,120}?\b(?:Chair|Chairman|Chairwoman|[Mm]ember) of the\b[^.\n]{2,80}\bCommittee\b/u, 4],
    [/\bCommittee (?:[Mm]ember|Chair|Chairman|Chairwoman) (?:(?:Dame|Sir|Lord|Baroness|Dr|Mr|Mrs|Ms)\s+)?[\p{Lu}][^,\n]{2,60},? said:/u, 3],
    [/\b[Pp]ress (?:notice|release)\b/, 2],
    [/\bcommittee of (?:MPs|peers)\b/i, 2],
    [/\bReport findings\b|\bNotes to editors\b|\bThe Committee recommends\b/i, 2],
  ],
};

/** The detected format; "generic" when no format's cues reach the threshold. */
export function detectFormat(text: string): TextFormat {
  let best: TextFormat = 'generic';
  let bestScore = 0;
  for (const format of Object.keys(CUES) as Array<keyof typeof CUES>) {
    const score = CUES[format].reduce((sum, [re, weight]) => sum + (re.test(text) ? weight : 0), 0);
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return bestScore >= 4 ? best : 'generic';
}
