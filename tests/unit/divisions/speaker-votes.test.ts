import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpeakerVotes } from '../../../components/divisions/speaker-votes';

const votes = [
  { divisionId: 'aaaaaaaaaaaa', number: '1', vote: 'aye' },
  { divisionId: 'bbbbbbbbbbbb', number: '2', vote: 'no' },
];
const render = (house: string | null) => renderToStaticMarkup(createElement(SpeakerVotes, { votes, house }));

describe("a speaker's votes beside their words", () => {
  it('in Westminster words in the Commons and Lords', () => {
    expect(render('Commons')).toContain('<strong>Aye</strong> in');
    expect(render('Commons')).toContain('<strong>No</strong> in');
  });

  it("in the devolved bodies' own words elsewhere: For and Against", () => {
    for (const house of ['Scottish Parliament', 'Senedd', 'Northern Ireland Assembly']) {
      const html = render(house);
      expect(html).toContain('<strong>For</strong> in');
      expect(html).toContain('<strong>Against</strong> in');
      expect(html).not.toContain('<strong>Aye</strong>');
    }
  });
});
