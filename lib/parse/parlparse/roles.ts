/**
 * Who asks and who answers, inside one section (one record). The rules follow how TheyWorkForYou
 * marks question time:
 *
 * - written answers: a `<reply>` answers every `<ques>` since the previous reply in the section;
 * - newer files carry TWFY's own `type` ("Start Question", "Start SupplementaryQuestion",
 *   "Start Answer"): an answer answers the latest question in the section;
 * - older Commons question time: a speech with `oral-qnum` (or a `<p qnum>`) is a question. The
 *   first other speaker after it is the answerer until the next such question; each of their
 *   speeches answers the nearest question before it by someone else, and everyone else's
 *   speeches are supplementary questions;
 * - older Lords questions (a heading ending "— Question"): the first speech with a speaker is the
 *   question, then the same answerer rule.
 *
 * Speakers are told apart by register reference, as TWFY does. A speaker without one ("Hon.
 * Members", "Noble Lords") cannot be the answerer; before the answerer has spoken, such an
 * interjection is counted with the answers — that is how the TWFY-derived ground truth
 * (../shared/data/real-samples/manifest.json) classes it.
 */
import type { ContributionType } from '../record';
import type { SpeechElement } from './sax-reader';

export type RoleRule = 'written-answers' | 'written-statements' | 'twfy-type' | 'commons-oral' | 'lords-question' | 'plain';

export interface RoleInput {
  element: SpeechElement;
  /** Who speaks (reference or printed name); null for procedural text. */
  speakerKey: string | null;
  /** The speaker's register reference; null for groups ("Hon. Members") and unidentified speakers. */
  speakerRef: string | null;
  /** Carries an oral question number (`oral-qnum` or `<p qnum>`). */
  numberedQuestion: boolean;
  /** TWFY `type` attribute, when given. */
  twfyType: string | null;
}

export interface RoleResult {
  type: ContributionType;
  /** Indices (into the same section) of the questions this contribution answers; empty if none. */
  answers: number[];
}

export function assignRoles(inputs: RoleInput[], rule: RoleRule): RoleResult[] {
  switch (rule) {
    case 'written-answers':
      return writtenAnswerRoles(inputs);
    case 'written-statements':
      return inputs.map(() => ({ type: 'statement', answers: [] }));
    case 'twfy-type':
      return typedRoles(inputs);
    case 'commons-oral':
    case 'lords-question':
      return answererRoles(inputs, rule);
    default:
      return inputs.map((i) => ({ type: i.speakerKey === null ? 'statement' : 'speech', answers: [] }));
  }
}

function writtenAnswerRoles(inputs: RoleInput[]): RoleResult[] {
  let pending: number[] = [];
  return inputs.map((input, i): RoleResult => {
    if (input.element === 'ques') {
      pending.push(i);
      return { type: 'question', answers: [] };
    }
    if (input.element === 'reply') {
      const answers = pending;
      pending = [];
      return { type: 'answer', answers };
    }
    return { type: input.speakerKey === null ? 'statement' : 'speech', answers: [] };
  });
}

function typedRoles(inputs: RoleInput[]): RoleResult[] {
  let latestQuestion: number | null = null;
  return inputs.map((input, i): RoleResult => {
    const t = (input.twfyType ?? '').toLowerCase().replace(/\s+/g, '');
    if (t === 'startquestion' || t === 'startsupplementaryquestion') {
      latestQuestion = i;
      return { type: 'question', answers: [] };
    }
    if (t === 'startanswer') return { type: 'answer', answers: latestQuestion === null ? [] : [latestQuestion] };
    return { type: input.speakerKey === null ? 'statement' : 'speech', answers: [] };
  });
}

function answererRoles(inputs: RoleInput[], rule: 'commons-oral' | 'lords-question'): RoleResult[] {
  let questioner: string | null = null;
  let answerer: string | null = null;
  let seenQuestion = false;
  const asked: number[] = []; // questions and supplementaries so far, in order
  return inputs.map((input, i): RoleResult => {
    if (input.speakerKey === null) return { type: 'statement', answers: [] };
    const ref = input.speakerRef;
    const opensQuestion = rule === 'commons-oral' ? input.numberedQuestion : !seenQuestion;
    if (opensQuestion) {
      seenQuestion = true;
      questioner = ref;
      answerer = null;
      asked.push(i);
      return { type: 'question', answers: [] };
    }
    if (!seenQuestion) return { type: 'speech', answers: [] };
    if (answerer === null && ref !== questioner) answerer = ref;
    if (ref === answerer) {
      for (let j = asked.length - 1; j >= 0; j--) {
        if (inputs[asked[j]].speakerRef !== answerer) return { type: 'answer', answers: [asked[j]] };
      }
      return { type: 'answer', answers: [] };
    }
    asked.push(i);
    return { type: 'question', answers: [] };
  });
}
