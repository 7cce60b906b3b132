/**
 * Written Questions API answers for tests: the two real recorded responses in
 * ../shared/data/wq-api/ and variants made by editing the recorded detail, one per part of a
 * question's life the recordings do not show (their README lists what they lack). Every edit is
 * spelled out here, so a reader can see what differs from the real answer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './test-services';

/** ../shared beside the worktree (/work/shared for /work/main). */
const WQ_API_DIR = path.resolve(ROOT, '../shared/data/wq-api');

type Raw = Record<string, unknown>;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(WQ_API_DIR, file), 'utf8'));
}

/** The recorded list: twenty answered Commons questions tabled on 2024-01-05, answers cut with "...". */
export function recordedListValues(): Raw[] {
  return (readJson('questions-tabled-2024-01-05.json') as { results: Array<{ value: Raw }> }).results.map((r) => r.value);
}

/** The recorded detail of question 1679416 (UIN 7926), whole answer. */
export function recordedDetailValue(): Raw {
  return (readJson('question-1679416.json') as { value: Raw }).value;
}

/** Members as the API expands them (expandMember=true); ids and names of real members. */
export const MEMBERS = {
  malhotra: { id: 4253, name: 'Seema Malhotra', listAs: 'Malhotra, Seema', party: 'Labour (Co-op)', memberFrom: 'Feltham and Heston' },
  halfon: { id: 3985, name: 'Robert Halfon', listAs: 'Halfon, Robert', party: 'Conservative', memberFrom: 'Harlow' },
  adams: { id: 631, name: 'Baroness Adams of Craigielea', listAs: 'Adams of Craigielea, B.', party: 'Labour', memberFrom: 'Life peer' },
} as const;

const NOT_ANSWERED: Raw = {
  answeringMemberId: null,
  answeringMember: null,
  dateAnswered: null,
  answerText: null,
  answerIsHolding: false,
  dateHoldingAnswer: null,
};

/** The recorded detail with `edits` applied. */
export function variantOf(edits: Raw): Raw {
  return { ...structuredClone(recordedDetailValue()), ...edits };
}

/** Question 9002, named day 2024-01-11, given a holding answer that day: the same in both of its states. */
const FURTHER_EDUCATION: Raw = {
  id: 1700002,
  uin: '9002',
  dateTabled: '2024-01-08T00:00:00',
  dateForAnswer: '2024-01-11T00:00:00',
  isNamedDay: true,
  heading: 'Further Education: Finance',
  askingMember: MEMBERS.malhotra,
  answeringMember: MEMBERS.halfon,
  dateHoldingAnswer: '2024-01-11T00:00:00',
};

/** Named variants, each a question at one point of its life. Tabled 2024-01-08 (after the recorded day). */
export const VARIANTS = {
  unanswered: () =>
    variantOf({
      ...NOT_ANSWERED,
      id: 1700001,
      uin: '9001',
      dateTabled: '2024-01-08T00:00:00',
      dateForAnswer: '2024-01-11T00:00:00',
      isNamedDay: true,
      askingMember: MEMBERS.malhotra,
      heading: 'Schools: Asbestos',
    }),
  /** Unanswered, and due in the future whatever day the test runs: never overdue. */
  unansweredNotDue: () =>
    variantOf({
      ...NOT_ANSWERED,
      id: 1700008,
      uin: '9008',
      dateTabled: '2024-01-08T00:00:00',
      dateForAnswer: '2999-01-01T00:00:00',
      isNamedDay: false,
      askingMember: MEMBERS.malhotra,
      heading: 'Teachers: Pay',
    }),
  holding: () =>
    variantOf({
      ...FURTHER_EDUCATION,
      answerIsHolding: true,
      dateAnswered: '2024-01-11T00:00:00',
      answerText: '<p>I will reply to the hon. Member as soon as possible.</p>',
    }),
  /** The same question after its substantive answer replaced the holding one. */
  holdingThenAnswered: () =>
    variantOf({
      ...FURTHER_EDUCATION,
      answerIsHolding: false,
      dateAnswered: '2024-01-16T00:00:00',
      answerText: '<p>Further education colleges will receive £185 million in 2024-25.</p>',
    }),
  corrected: () =>
    variantOf({
      id: 1700003,
      uin: '9003',
      dateTabled: '2024-01-08T00:00:00',
      dateForAnswer: '2024-01-11T00:00:00',
      heading: 'Apprentices: Statistics',
      answeringMember: MEMBERS.halfon,
      dateAnswered: '2024-01-11T00:00:00',
      answerIsCorrection: true,
      dateAnswerCorrected: '2024-01-20T00:00:00',
      correctingMemberId: 3985,
      answerText: '<p>There were 21 starts.</p>',
      originalAnswerText: '<p>There were 12 starts.</p>',
    }),
  withdrawn: () =>
    variantOf({
      ...NOT_ANSWERED,
      id: 1700004,
      uin: '9004',
      dateTabled: '2024-01-08T00:00:00',
      dateForAnswer: '2024-01-11T00:00:00',
      isWithdrawn: true,
      heading: 'Schools: Meals',
    }),
  groupedFirst: () =>
    variantOf({
      id: 1700005,
      uin: '9005',
      dateTabled: '2024-01-08T00:00:00',
      heading: 'Students: Loans',
      answeringMember: MEMBERS.halfon,
      dateAnswered: '2024-01-12T00:00:00',
      answerText: '<p>Both questions are answered together: loans rose by 3%.</p>',
      groupedQuestions: ['9006'],
      groupedQuestionsDates: [{ questionUin: '9006', dateTabled: '2024-01-08T00:00:00' }],
    }),
  groupedSecond: () =>
    variantOf({
      id: 1700006,
      uin: '9006',
      dateTabled: '2024-01-08T00:00:00',
      heading: 'Students: Loans',
      answeringMember: MEMBERS.halfon,
      dateAnswered: '2024-01-12T00:00:00',
      questionText: 'To ask the Secretary of State for Education, what the average student loan balance was in 2023.',
      answerText: '<p>Both questions are answered together: loans rose by 3%.</p>',
      groupedQuestions: ['9005'],
      groupedQuestionsDates: [{ questionUin: '9005', dateTabled: '2024-01-08T00:00:00' }],
    }),
  lords: () =>
    variantOf({
      ...NOT_ANSWERED,
      id: 1700007,
      uin: 'HL1234',
      house: 'Lords',
      dateTabled: '2024-01-08T00:00:00',
      dateForAnswer: '2024-01-22T00:00:00',
      isNamedDay: false,
      askingMemberId: 631,
      askingMember: MEMBERS.adams,
      answeringBodyName: 'Department for Education',
      heading: 'Schools: Music',
      questionText: "To ask His Majesty's Government what plans they have for music education in schools.",
    }),
} satisfies Record<string, () => Raw>;

/**
 * The recorded list's question 1679850 (UIN 8158) as the list gives it, cut mid-word at exactly 255
 * characters ("…(c) migrant workers on the shorta"), and whole: the recording does not hold its
 * end, so the words after the cut are our edit, spelled out here.
 */
export const CUT_QUESTION_ID = 1679850;
export const CUT_QUESTION_ENDING = 'ge occupation list who were granted visas to work in adult social care in Pembrokeshire.';
export function wholeOfCutQuestion(): Raw {
  const listed = recordedListValues().find((v) => v.id === CUT_QUESTION_ID);
  if (!listed || (listed.questionText as string).length !== 255)
    throw new Error(`the recording no longer holds question ${CUT_QUESTION_ID} cut at 255 characters`);
  return { ...listed, questionText: `${listed.questionText}${CUT_QUESTION_ENDING}` };
}

/** The recorded detail edited into the cases the description allows and the recordings do not show. */
export const DESCRIBED_CASES = {
  /** `uin` is nullable: a question the API gives no UIN. */
  noUin: () =>
    variantOf({
      ...NOT_ANSWERED,
      id: 1700010,
      uin: null,
      dateTabled: '2024-01-09T00:00:00',
      dateForAnswer: '2024-01-12T00:00:00',
      heading: 'Schools: Transport',
    }),
  /** `house` may be Bicameral; `memberHasInterest` true (Parliament prints [R]). */
  bicameral: () =>
    variantOf({
      ...NOT_ANSWERED,
      id: 1700011,
      uin: '9011',
      house: 'Bicameral',
      memberHasInterest: true,
      dateTabled: '2024-01-09T00:00:00',
      heading: 'Schools: Buildings',
    }),
  /** A field the description does not have: ignored. */
  unknownField: () => variantOf({ id: 1700012, uin: '9012', dateTabled: '2024-01-09T00:00:00', heading: 'Schools: Heating', somethingNew: { nested: [1, 2] } }),
  /** Department 60 ("Department for Education" in the recording) under a later name: its questions follow it. */
  renamedDepartment: () =>
    variantOf({
      id: 1700013,
      uin: '9013',
      dateTabled: '2024-02-01T00:00:00',
      dateAnswered: '2024-02-05T00:00:00',
      answeringBodyName: 'Department for Education and Skills',
      heading: 'Skills: Funding',
    }),
} satisfies Record<string, () => Raw>;

/**
 * Written statements, built field by field from the description's StatementsViewModel (our
 * recordings hold none): an original, a correction of it (linkedStatements CorrectedStatement,
 * with an attachment and a text the list cuts), and a Bicameral statement.
 */
const LONG_STATEMENT_TEXT = `<p>${'The Government have today published the apprenticeship levy figures for the last financial year. '.repeat(4)}The figure for starts given on 9 January should have read 21,000, not 12,000.</p>`;
export const STATEMENTS = {
  original: () => ({
    id: 1800001,
    memberId: 3985,
    member: MEMBERS.halfon,
    memberRole: 'Minister of State (Education)',
    uin: 'HCWS170',
    dateMade: '2024-01-09T00:00:00',
    answeringBodyId: 60,
    answeringBodyName: 'Department for Education',
    title: 'Apprenticeship Starts',
    text: '<p>There were 12,000 apprenticeship starts through flexi-job agencies last year.</p>',
    house: 'Commons',
    noticeNumber: 4,
    hasAttachments: false,
    hasLinkedStatements: false,
    linkedStatements: [],
    attachments: [],
  }),
  correction: () => ({
    id: 1800002,
    memberId: 3985,
    member: MEMBERS.halfon,
    memberRole: 'Minister of State (Education)',
    uin: 'HCWS190',
    dateMade: '2024-01-15T00:00:00',
    answeringBodyId: 60,
    answeringBodyName: 'Department for Education',
    title: 'Apprenticeship Starts: Correction',
    text: LONG_STATEMENT_TEXT,
    house: 'Commons',
    noticeNumber: 7,
    hasAttachments: true,
    hasLinkedStatements: true,
    linkedStatements: [{ linkedStatementId: 1800001, linkType: 'CorrectedStatement', linkDate: '2024-01-15T00:00:00' }],
    attachments: [
      {
        url: 'https://questions-statements.parliament.uk/api/Attachments/Statement/1800002/levy.pdf',
        title: 'Levy figures',
        fileType: 'PDF',
        fileSizeBytes: 204800,
      },
    ],
  }),
  bicameral: () => ({
    id: 1800003,
    memberId: 631,
    member: MEMBERS.adams,
    memberRole: null,
    uin: 'HCWS191',
    dateMade: '2024-01-15T00:00:00',
    answeringBodyId: 60,
    answeringBodyName: 'Department for Education',
    title: 'Education Council',
    text: '<p>A statement made to both Houses.</p>',
    house: 'Bicameral',
    noticeNumber: 8,
    hasAttachments: false,
    hasLinkedStatements: false,
    linkedStatements: null,
    attachments: null,
  }),
} satisfies Record<string, () => Raw>;
