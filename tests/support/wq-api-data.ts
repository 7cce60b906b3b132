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
