/**
 * The API → record mapping on the real recorded answers and on variants of them
 * (tests/support/wq-api-data.ts). Expected values were read off the recorded JSON by hand.
 */
import { describe, expect, it } from 'vitest';
import { apiQuestionSchema, apiStatementSchema } from '@/lib/questions/api-schema';
import { isCutShort, mayBeCutQuestion, questionKey, toQuestionRecord, toStatementRecord } from '@/lib/questions/to-record';
import { parsedRecordSchema } from '@/lib/parse/record';
import { getDefaultRegisterIndex, resolveSpeaker } from '@/lib/members';
import { recordedDetailValue, recordedListValues, VARIANTS } from '../../support/wq-api-data';

const check = (raw: unknown) => apiQuestionSchema.parse(raw);

describe('toQuestionRecord on the recorded detail (question 1679416)', () => {
  const record = toQuestionRecord(check(recordedDetailValue()));

  it('keeps the facts the API gives, and the record validates against the shared schema', () => {
    expect(parsedRecordSchema.parse(record)).toBeTruthy();
    expect(record).toMatchObject({
      title: 'Apprentices: Employment Agencies',
      kind: 'written-question',
      house: 'Commons',
      date: '2024-01-10',
      department: 'Department for Education',
      reference: { uin: '7926', volume: null, column: null },
      sourceUrl: 'https://questions-statements.parliament.uk/written-questions/detail/2024-01-05/7926',
      flags: ['named-day'],
    });
    expect(record.question).toMatchObject({
      status: 'answered',
      tabled: '2024-01-05',
      answered: '2024-01-10',
      due: '2024-01-10',
      namedDay: true,
      holding: null,
      corrected: null,
    });
  });

  it('has the question and the whole answer as text, the answer linked to the question', () => {
    const [question, answer] = record.contributions;
    expect(question).toMatchObject({ type: 'question', date: '2024-01-05', answers: null, speaker: { name: null, sourceRef: 'datadotparl:4253' } });
    expect(question.text).toMatch(/^To ask the Secretary of State for Education, how many \(a\) starts/);
    expect(answer).toMatchObject({ type: 'answer', date: '2024-01-10', answers: 0, speaker: { name: null, sourceRef: 'datadotparl:3985' } });
    expect(answer.text).toContain('The department intends to publish data on achievements by FJAAs in due course.');
    expect(answer.text).not.toMatch(/<p>|<a /);
    expect(answer.text.split('\n\n').length).toBeGreaterThan(3);
  });

  it('says the API did not name the members, rather than inventing names', () => {
    expect(record.warnings).toContain('The API answer does not name the member who asked (only their Parliament id)');
  });

  it('resolves the asker through the register by datadotparl id', () => {
    const resolution = resolveSpeaker(getDefaultRegisterIndex(), { ...record.contributions[0].speaker, date: '2024-01-05', house: 'Commons' });
    expect(resolution).toMatchObject({ status: 'resolved', method: 'source-ref' });
    expect(resolution?.name).toBe('Seema Malhotra');
  });
});

describe('the recorded list', () => {
  const values = recordedListValues();

  it('passes the schema, item by item; long answers are cut short with "..."', () => {
    expect(values).toHaveLength(20);
    const whole = values.filter((v) => !isCutShort(check(v).answerText)).map((v) => v.uin);
    expect(whole).toEqual(['7863', '7861', '8158', '7872']);
  });

  it('maps to twenty records with distinct keys and the statuses the API gives', () => {
    const records = values.map((v) => toQuestionRecord(check(v)));
    expect(new Set(records.map((r) => r.sourceId)).size).toBe(20);
    expect(records[0]).toMatchObject({
      title: 'Incinerators',
      department: 'Department for Environment, Food and Rural Affairs',
      reference: { uin: '8024' },
      date: '2024-03-12',
    });
    const byUin = new Map(records.map((r) => [r.reference.uin, r]));
    // answerIsCorrection with dateAnswerCorrected: 7947, 7891, 7872; the list gives no original text.
    expect(records.filter((r) => r.question?.status === 'corrected').map((r) => r.reference.uin)).toEqual(['7947', '7891', '7872']);
    expect(byUin.get('7947')?.question).toMatchObject({ answered: '2024-01-11', corrected: '2024-02-05', originalAnswer: null });
    expect(records.filter((r) => r.question?.status === 'answered')).toHaveLength(17);
    // 8221 had a holding answer on 2024-01-11 and its answer on 2024-01-22.
    expect(byUin.get('8221')?.question).toMatchObject({ status: 'answered', holding: '2024-01-11', answered: '2024-01-22' });
    // 8159 and 8160 were answered together.
    expect(byUin.get('8160')?.question?.grouped).toEqual([{ uin: '8159', tabled: '2024-01-05' }]);
    expect(byUin.get('8159')?.question?.grouped).toEqual([{ uin: '8160', tabled: '2024-01-05' }]);
  });
});

describe('a question through its life (variants)', () => {
  it('unanswered: only the question, due on its named day', () => {
    const r = toQuestionRecord(check(VARIANTS.unanswered()));
    expect(r.contributions.map((c) => c.type)).toEqual(['question']);
    expect(r.question).toMatchObject({ status: 'unanswered', tabled: '2024-01-08', answered: null, due: '2024-01-11', namedDay: true });
    expect(r.date).toBe('2024-01-08');
    expect(r.contributions[0].speaker).toMatchObject({ name: 'Seema Malhotra', party: 'Labour (Co-op)', constituency: 'Feltham and Heston' });
  });

  it('holding then answered: same record and contribution ids, the holding date kept', () => {
    const holding = toQuestionRecord(check(VARIANTS.holding()));
    const answered = toQuestionRecord(check(VARIANTS.holdingThenAnswered()));
    expect(holding.question).toMatchObject({ status: 'holding', answered: null, holding: '2024-01-11' });
    expect(holding.contributions[1]).toMatchObject({ type: 'answer', date: '2024-01-11', text: 'I will reply to the hon. Member as soon as possible.' });
    expect(answered.question).toMatchObject({ status: 'answered', answered: '2024-01-16', holding: '2024-01-11' });
    expect(answered.sourceId).toBe(holding.sourceId);
    expect(answered.contributions.map((c) => c.sourceId)).toEqual(holding.contributions.map((c) => c.sourceId));
    expect(answered.flags).toEqual(['named-day', 'holding-answer']);
  });

  it('corrected: the corrected answer, with the original kept', () => {
    const r = toQuestionRecord(check(VARIANTS.corrected()));
    expect(r.question).toMatchObject({ status: 'corrected', answered: '2024-01-11', corrected: '2024-01-20', originalAnswer: 'There were 12 starts.' });
    expect(r.contributions[1].text).toBe('There were 21 starts.');
  });

  it('withdrawn: no answer', () => {
    const r = toQuestionRecord(check(VARIANTS.withdrawn()));
    expect(r.question?.status).toBe('withdrawn');
    expect(r.contributions).toHaveLength(1);
  });

  it('grouped: each question lists the others answered with it', () => {
    const r = toQuestionRecord(check(VARIANTS.groupedFirst()));
    expect(r.question?.grouped).toEqual([{ uin: '9006', tabled: '2024-01-08' }]);
  });

  it('Lords: a peer has no seat, and the key tells houses apart', () => {
    const r = toQuestionRecord(check(VARIANTS.lords()));
    expect(r.house).toBe('Lords');
    expect(r.contributions[0].speaker).toMatchObject({ name: 'Baroness Adams of Craigielea', constituency: null, sourceRef: 'datadotparl:631' });
    expect(questionKey({ house: 'Lords', tabled: '2024-01-08', uin: 'HL1234' })).toBe('lords/2024-01-08/hl1234');
  });
});

describe('apiQuestionSchema', () => {
  it('refuses an item without the fields we store, naming the field', () => {
    const result = apiQuestionSchema.safeParse({ ...recordedDetailValue(), dateTabled: 'yesterday' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['dateTabled']);
  });

  it('tolerates fields it does not know', () => {
    expect(apiQuestionSchema.safeParse({ ...recordedDetailValue(), somethingNew: { a: 1 } }).success).toBe(true);
  });

  it('accepts what the description marks nullable, and a Bicameral house', () => {
    const q = apiQuestionSchema.parse({ ...recordedDetailValue(), uin: null, questionText: null, house: 'Bicameral', memberHasInterest: true });
    const r = parsedRecordSchema.parse(toQuestionRecord(q));
    expect(r).toMatchObject({ house: 'Bicameral', reference: { uin: null }, sourceUrl: null, question: expect.objectContaining({ declaredInterest: true }) });
    expect(r.sourceId).toBe('written-question/bicameral/2024-01-05/id-1679416');
    expect(r.warnings).toEqual(
      expect.arrayContaining(["The API answer gives no UIN: kept under Parliament's id 1679416", 'The API answer gives no question text']),
    );
  });
});

describe('mayBeCutQuestion', () => {
  it('is true of exactly the five recorded list questions cut at 255 characters, the cut answers and a missing text', () => {
    const values = recordedListValues().map((v) => apiQuestionSchema.parse(v));
    const atLimit = values.filter((q) => q.questionText?.length === 255).map((q) => q.id);
    expect(atLimit).toHaveLength(5);
    const uncut = values.filter((q) => !isCutShort(q.answerText));
    expect(uncut.filter((q) => mayBeCutQuestion(q)).map((q) => q.id)).toEqual(uncut.filter((q) => atLimit.includes(q.id)).map((q) => q.id));
    expect(mayBeCutQuestion({ questionText: null, answerText: null })).toBe(true);
    expect(mayBeCutQuestion({ questionText: 'Short.', answerText: '<p>Whole.</p>' })).toBe(false);
  });
});

describe('toStatementRecord', () => {
  // No statement was recorded (../shared/data/wq-api/README.md): this one is written from the
  // API description's StatementsViewModel fields.
  const statement = {
    id: 1234,
    uin: 'HCWS180',
    house: 'Commons',
    title: 'Apprenticeships Update',
    dateMade: '2024-01-10T00:00:00',
    memberId: 3985,
    member: { id: 3985, name: 'Robert Halfon', party: 'Conservative', memberFrom: 'Harlow' },
    memberRole: 'Minister for Skills',
    answeringBodyName: 'Department for Education',
    text: '<p>Today I am announcing changes.</p><p>They start in April.</p>',
    hasAttachments: false,
  };

  it('is one statement by the minister who made it, for the department', () => {
    const r = toStatementRecord(apiStatementSchema.parse(statement));
    expect(parsedRecordSchema.parse(r)).toMatchObject({
      kind: 'written-statement',
      house: 'Commons',
      date: '2024-01-10',
      department: 'Department for Education',
      reference: { uin: 'HCWS180' },
    });
    expect(r.contributions).toEqual([
      expect.objectContaining({
        type: 'statement',
        text: 'Today I am announcing changes.\n\nThey start in April.',
        speaker: expect.objectContaining({ name: 'Robert Halfon', role: 'Minister for Skills', sourceRef: 'datadotparl:3985' }),
      }),
    ]);
  });
});
