/**
 * Written questions resolve their ministers against the register the last sync brought, not the
 * bundled one. Through the real commands: `npm run sync` from a parldata folder whose `members/`
 * holds a Popolo people.json (parlparse's shape, tests/support/popolo-people.ts) with one member the
 * bundled register lacks, then `npm run sync -- --source questions` against the Written Questions
 * API stand-in serving a question that member answered; /api/contributions/<answer> shows the
 * member with party and seat from that register.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteSyncCursors, findRecordsByUin } from '../support/inventory';
import { getDefaultRegisterIndex } from '../../lib/members';
import type { RegisterPerson } from '../../lib/members/register-schema';
import { exitOf, spawnCommand } from '../support/alerts';
import { pointRoutesAt, resetDatabaseAndIndex, testRuntime } from '../support/fixtures';
import { layOutParldata } from '../support/parldata-fixture';
import { readMinistersJson, readSharedRegister, toPeopleJson } from '../support/popolo-people';
import { MEMBERS, variantOf } from '../support/wq-api-data';
import { startWqApiStandIn } from '../support/wq-api-stand-in';

const rt = testRuntime('it_questions_register');
pointRoutesAt(rt);
const contributionRoute = await import('../../app/api/contributions/[id]/route');

/**
 * A test member elected in 2024, so in no register before this sync: a made-up name and
 * Parliament id (not a real member's), a real seat and party.
 */
const NEW_MEMBER = { datadotparlId: 99_001, name: 'Alex Testmember', party: 'Labour', seat: 'Harlow' };
const newPerson: RegisterPerson = {
  id: 'uk.org.publicwhip/person/99001',
  name: NEW_MEMBER.name,
  names: [{ name: NEW_MEMBER.name, kind: 'full' }],
  identifiers: { datadotparl_id: String(NEW_MEMBER.datadotparlId) },
  memberships: [
    {
      id: 'uk.org.publicwhip/member/99001',
      house: 'commons',
      given_name: 'Alex',
      family_name: 'Testmember',
      honorific: null,
      party_name: NEW_MEMBER.party,
      constituency: NEW_MEMBER.seat,
      start_date: '2024-07-04',
    },
  ],
} as RegisterPerson;

/** A question tabled in January 2025 and answered by the new member (the recorded detail, edited). */
const question = variantOf({
  id: 1_799_001,
  uin: '99001',
  dateTabled: '2025-01-06T00:00:00',
  dateForAnswer: '2025-01-09T00:00:00',
  heading: 'Further Education: Harlow',
  askingMember: MEMBERS.malhotra,
  askingMemberId: MEMBERS.malhotra.id,
  answeringMember: {
    id: NEW_MEMBER.datadotparlId,
    name: NEW_MEMBER.name,
    listAs: 'Testmember, Alex',
    party: NEW_MEMBER.party,
    memberFrom: NEW_MEMBER.seat,
  },
  answeringMemberId: NEW_MEMBER.datadotparlId,
  dateAnswered: '2025-01-09T00:00:00',
  answerText: '<p>Harlow College will receive its allocation in the usual way.</p>',
});

const work = mkdtempSync(path.join(os.tmpdir(), 'questions-register-'));
const parldata = path.join(work, 'parldata');
const dataDir = path.join(work, 'data');

beforeAll(async () => {
  await resetDatabaseAndIndex(rt);
  await deleteSyncCursors(rt.db);
  layOutParldata(parldata, (name) => name.startsWith('answers'));
  const register = readSharedRegister();
  const members = path.join(parldata, 'members');
  mkdirSync(members, { recursive: true });
  writeFileSync(path.join(members, 'people.json'), JSON.stringify(toPeopleJson({ ...register, persons: [...register.persons, newPerson] })));
  writeFileSync(path.join(members, 'ministers-2010.json'), JSON.stringify(readMinistersJson()));
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  return rt.db.$disconnect();
});

describe('questions synced after the register', () => {
  it('show a minister known only to the synced people.json with party and seat', async () => {
    // The bundled register does not know the member: only the synced one can place them.
    expect(getDefaultRegisterIndex().byDatadotparlId.has(String(NEW_MEMBER.datadotparlId))).toBe(false);

    const sync = await exitOf(spawnCommand(rt, 'sync.ts', ['--source', parldata, '--members-source', path.join(parldata, 'members')], { DATA_DIR: dataDir }));
    expect(sync.code, sync.output).toBe(0);
    expect(sync.stdout).toMatch(/register: imported/);

    const api = await startWqApiStandIn([question]);
    const questionsArgs = ['--source', 'questions', '--from', '2025-01-01', '--to', '2025-01-31'];
    const questions = await exitOf(spawnCommand(rt, 'sync.ts', questionsArgs, { DATA_DIR: dataDir, QUESTIONS_API_URL: api.url })).finally(() => api.close());
    expect(questions.code, questions.output).toBe(0);

    const [record] = await findRecordsByUin(rt.db, '99001');
    const answer = record.contributions.find((c) => c.type === 'answer');
    expect(answer).toBeDefined();
    const res = await contributionRoute.GET(new Request(`http://localhost/api/contributions/${answer!.id}`), {
      params: Promise.resolve({ id: answer!.id }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { speaker: { name: string; register: { personId: string; party: string; constituency: string } | null } };
    expect(body.speaker.name).toBe(NEW_MEMBER.name);
    expect(body.speaker.register).toMatchObject({ personId: newPerson.id, party: NEW_MEMBER.party, constituency: NEW_MEMBER.seat });
  }, 300_000);
});
