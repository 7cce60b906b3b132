/**
 * Speakers for the generated corpus: real members who sat through the whole 2005–2010 Parliament
 * (the corpus's dates), read from the member register when it is present, so that the XML
 * parser's register lookup fills in party and seat exactly as it does for real day files.
 */
import { existsSync, readFileSync } from 'node:fs';

export interface Member {
  /** ParlParse membership reference (`speakerid`). */
  ref: string;
  name: string;
  party: string | null;
  constituency: string | null;
}

export interface MemberPool {
  commons: Member[];
  lords: Member[];
}

/** The span every generated date falls in: the 2005–2010 Parliament. */
export const CORPUS_FIRST_DAY = '2005-05-17';
export const CORPUS_LAST_DAY = '2010-04-08';

const FALLBACK: MemberPool = {
  commons: [
    { ref: 'uk.org.publicwhip/member/1677', name: 'David Taylor', party: 'Labour', constituency: 'North West Leicestershire' },
    { ref: 'uk.org.publicwhip/member/1680', name: 'Norman Baker', party: 'Liberal Democrat', constituency: 'Lewes' },
    { ref: 'uk.org.publicwhip/member/1703', name: 'John Whittingdale', party: 'Conservative', constituency: 'Maldon and East Chelmsford' },
    { ref: 'uk.org.publicwhip/member/1605', name: 'Meg Hillier', party: 'Labour', constituency: 'Hackney South and Shoreditch' },
    { ref: 'uk.org.publicwhip/member/1947', name: 'Ian Lucas', party: 'Labour', constituency: 'Wrexham' },
    { ref: 'uk.org.publicwhip/member/1491', name: 'Jonathan R Shaw', party: 'Labour', constituency: 'Chatham and Aylesford' },
  ],
  lords: [
    { ref: 'uk.org.publicwhip/lord/100202', name: 'Lord Ezra', party: null, constituency: null },
    { ref: 'uk.org.publicwhip/lord/100314', name: 'Lord Hunt of Kings Heath', party: null, constituency: null },
    { ref: 'uk.org.publicwhip/lord/100912', name: 'Lord Marland', party: null, constituency: null },
    { ref: 'uk.org.publicwhip/lord/100844', name: 'Baroness Taylor of Bolton', party: null, constituency: null },
  ],
};

interface RegisterMembership {
  id: string;
  house: string;
  display_name?: string;
  party_name?: string | null;
  constituency?: string | null;
  start_date?: string | null;
  end_date?: string | null;
}

export function loadMembers(registerFile: string): MemberPool {
  if (!existsSync(registerFile)) return FALLBACK;
  const register = JSON.parse(readFileSync(registerFile, 'utf8')) as { persons: Array<{ name: string; memberships: RegisterMembership[] }> };
  const pool: MemberPool = { commons: [], lords: [] };
  const sat = (m: RegisterMembership) => (m.start_date ?? '0000') <= CORPUS_FIRST_DAY && (m.end_date ?? '9999') >= CORPUS_LAST_DAY;
  for (const person of register.persons) {
    for (const m of person.memberships) {
      if (!sat(m) || !/^uk\.org\.publicwhip\/(member|lord)\/\d+$/.test(m.id)) continue;
      if (m.house === 'commons') pool.commons.push({ ref: m.id, name: person.name, party: m.party_name ?? null, constituency: m.constituency ?? null });
      else if (m.house === 'lords') pool.lords.push({ ref: m.id, name: m.display_name ?? person.name, party: m.party_name ?? null, constituency: null });
    }
  }
  pool.commons.sort((a, b) => a.ref.localeCompare(b.ref));
  pool.lords.sort((a, b) => a.ref.localeCompare(b.ref));
  return pool.commons.length >= 20 && pool.lords.length >= 10 ? pool : FALLBACK;
}
