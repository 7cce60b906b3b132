import { describe, expect, it } from 'vitest';
import { assignRoles, type RoleInput } from '@/lib/parse/parlparse/roles';

const speech = (who: string | null, extra: Partial<RoleInput> = {}): RoleInput => ({
  element: 'speech',
  speakerKey: who,
  speakerRef: who,
  numberedQuestion: false,
  twfyType: null,
  ...extra,
});
const summary = (inputs: RoleInput[], rule: Parameters<typeof assignRoles>[1]) =>
  assignRoles(inputs, rule).map((r) => `${r.type}${r.answers.length ? `→${r.answers.join('+')}` : ''}`);

describe('assignRoles', () => {
  it('links each written reply to every question since the previous reply', () => {
    const q = (who: string): RoleInput => ({ ...speech(who), element: 'ques' });
    const r = (who: string): RoleInput => ({ ...speech(who), element: 'reply' });
    expect(summary([q('a'), q('b'), r('m'), q('c'), r('m')], 'written-answers')).toEqual(['question', 'question', 'answer→0+1', 'question', 'answer→3']);
  });

  it('commons question time: the first other speaker answers until the next numbered question', () => {
    const inputs = [
      speech(null),
      speech('a', { numberedQuestion: true }),
      speech('min'),
      speech('a'),
      speech('b'),
      speech('min'),
      speech('c', { numberedQuestion: true }),
      speech('min2'),
      speech('min'),
    ];
    expect(summary(inputs, 'commons-oral')).toEqual([
      'statement',
      'question',
      'answer→1',
      'question',
      'question',
      'answer→4',
      'question',
      'answer→6',
      'question',
    ]);
  });

  it('grouped oral questions: the answer goes to the nearest question', () => {
    const inputs = [speech('a', { numberedQuestion: true }), speech('b', { numberedQuestion: true }), speech('min')];
    expect(summary(inputs, 'commons-oral')).toEqual(['question', 'question', 'answer→1']);
  });

  it('a group interjection before the answerer is counted with the answers, as TWFY does', () => {
    const inputs = [speech('a', { numberedQuestion: true }), { ...speech('Hon. Members'), speakerRef: null }, speech('min')];
    expect(summary(inputs, 'commons-oral')).toEqual(['question', 'answer→0', 'answer→0']);
  });

  it('speeches before any question are plain speeches', () => {
    expect(summary([speech('a'), speech('b')], 'commons-oral')).toEqual(['speech', 'speech']);
  });

  it('lords: the first speech with a speaker asks the question', () => {
    expect(summary([speech(null), speech('q'), speech('min'), speech('x'), speech('min')], 'lords-question')).toEqual([
      'statement',
      'question',
      'answer→1',
      'question',
      'answer→3',
    ]);
  });

  it('typed speeches: an answer answers the latest question in the section', () => {
    const t = (who: string, type: string | null) => speech(who, { twfyType: type });
    expect(
      summary([t('a', 'Start Question'), t('m', 'Start Answer'), t('s', null), t('b', 'Start SupplementaryQuestion'), t('m', 'Start Answer')], 'twfy-type'),
    ).toEqual(['question', 'answer→0', 'speech', 'question', 'answer→3']);
  });

  it('written statements are statements', () => {
    expect(summary([speech('m')], 'written-statements')).toEqual(['statement']);
  });
});
