import { expect, test, type APIRequestContext } from '@playwright/test';
import { seriousViolations } from './axe-support';
import { getDefaultRegisterIndex } from '../../lib/members';

/**
 * Where the bundled register's office data ends (the e2e database holds it), taken from the register
 * itself as resolution takes it, and written as a reader reads it: what an open post is "still held on".
 */
const OFFICES_KNOWN_UNTIL = new Date(`${getDefaultRegisterIndex().coverage.officesKnownUntil}T00:00:00Z`).toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

async function permalinkOf(request: APIRequestContext, speaker: string): Promise<string> {
  const res = await request.get(`/api/search.json?speaker=${encodeURIComponent(speaker)}`);
  expect(res.ok()).toBe(true);
  const [hit] = (await res.json()).hits;
  expect(hit, `the seeds hold a contribution by ${speaker}`).toBeTruthy();
  return new URL(hit.url).pathname;
}

test('/speakers/vernon-coaker shows the register person: seats and offices with dates, and still his seven contributions', async ({ page }) => {
  await page.goto('/speakers/vernon-coaker');
  await expect(page.getByRole('heading', { level: 1, name: 'Vernon Coaker' })).toBeVisible();

  const resolution = page.getByRole('region', { name: 'Who this is, per the member register' });
  await expect(resolution).toContainText('matched to one person in the register: Vernon Coaker');
  await expect(resolution).toContainText('fits one member sitting in the Commons');

  // printed facts stay, labelled as printed
  await expect(page.getByRole('table', { name: 'Offices, party and constituency as printed' })).toContainText(
    'Parliamentary Under-Secretary (Home Office) (Crime Reduction)',
  );

  const register = page.getByRole('region', { name: 'In the member register: Vernon Coaker' });
  await expect(register).toContainText('From the member register, not from the sources');
  // The e2e database holds the bundled register: the page says how far it goes and where it came from.
  await expect(register).toContainText(/Register data to \d{1,2} \w+ \d{4}, from the register bundled with this project/);
  await expect(register).toContainText(`Office data to ${OFFICES_KNOWN_UNTIL}.`);
  await expect(register).toContainText('CC BY-SA');
  await expect(register).toContainText('mySociety');
  await expect(register).toContainText('Mr Coaker'); // a register name form
  const seats = register.getByRole('table', { name: 'Seats' });
  await expect(seats.getByRole('row').filter({ hasText: '5 May 2005' })).toContainText(/Commons.*Labour.*Gedling.*5 May 2005.*12 April 2010/);
  const offices = register.getByRole('table', { name: 'Offices, newest first' });
  const crime = offices.getByRole('row').filter({ hasText: 'Parliamentary Under-Secretary (Home Office) (Crime Reduction)' });
  await expect(crime).toContainText('2 July 2007');
  await expect(crime).toContainText('5 October 2008');
  await expect(crime).toContainText('Government post');

  await expect(page.getByRole('heading', { name: /All contributions by Vernon Coaker, under every printed name/ })).toBeVisible();
  const list = page.getByRole('list', { name: 'Contributions' });
  await expect(list.getByRole('listitem')).toHaveCount(7);
  await expect(list).toContainText('People Trafficking');
  // the seeds print him under one name only: no per-item "printed as", no switch between identical lists
  await expect(list).not.toContainText('printed as');
  await expect(page.getByRole('link', { name: /Only those printed as/ })).toHaveCount(0);

  // the printed-name-only view is still reachable, and offers the person's whole list back
  await page.goto('/speakers/vernon-coaker?as=printed');
  await expect(page.getByRole('list', { name: 'Contributions' }).getByRole('listitem')).toHaveCount(7);
  await page.getByRole('link', { name: /All of Vernon Coaker’s contributions, under every printed name \(7\)/ }).click();
  await expect(page).toHaveURL(/\/speakers\/vernon-coaker$/);
});

test('a printed name that matched nobody says so, with the reason', async ({ page }) => {
  await page.goto('/speakers/diana-johnson');
  const resolution = page.getByRole('region', { name: 'Who this is, per the member register' });
  await expect(resolution).toContainText('matched nobody in the register');
  await expect(resolution).toContainText('the record gives no date');
  await expect(page.getByRole('region', { name: /In the member register:/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Contributions' }).getByRole('listitem')).toHaveCount(1);
});

test('Baroness Williams of Trafford’s page shows her register posts, open ones up to where the register stops', async ({ page }) => {
  await page.goto('/speakers/baroness-williams-of-trafford');
  const register = page.getByRole('region', { name: 'In the member register: Baroness Williams of Trafford' });
  await expect(register).toHaveAttribute('data-register-person', 'uk.org.publicwhip/person/25213');
  await expect(register).toContainText('Susan Williams'); // a register name form
  await expect(register.getByRole('table', { name: 'Seats' })).toContainText(/Lords.*Conservative.*5 November 2013.*no end date in the register/);
  const home = register.getByRole('table', { name: 'Offices, newest first' }).getByRole('row').filter({ hasText: 'The Minister of State, Home Department' });
  await expect(home).toContainText('17 July 2016');
  await expect(home).toContainText(`still held on ${OFFICES_KNOWN_UNTIL}, when the register’s office data ends`);
  // the printed office stays, as printed
  await expect(page.getByRole('table', { name: 'Offices, party and constituency as printed' })).toContainText('Chief Whip, House of Lords');
});

test('a register person with no printed name of that slug has a page of their own', async ({ page }) => {
  await page.goto('/speakers/gordon-brown');
  await expect(page.getByRole('heading', { level: 1, name: 'Gordon Brown' })).toBeVisible();
  await expect(page.getByText('Person in the member register')).toBeVisible();
  const register = page.getByRole('region', { name: 'In the member register: Gordon Brown' });
  await expect(register).toContainText('The Prime Minister (28 June 2007 – 18 April 2010)'); // a dated name form
  await expect(register.getByRole('table', { name: 'Offices, newest first' }).getByRole('row').filter({ hasText: 'The Prime Minister' })).toContainText(
    /28 June 2007.*6 May 2010/,
  );
});

test('the permalink of Baroness Williams of Trafford’s 2021 answer shows the printed office and the register’s', async ({ page, request }) => {
  await page.goto(await permalinkOf(request, 'Baroness Williams of Trafford'));
  const answer = page.getByRole('article', { name: 'Answer' });
  const line = answer.locator('[data-speaker-line]');
  await expect(line).toContainText('Captain of the Honourable Corps of Gentlemen-at-Arms (HM Household) (Chief Whip, House of Lords)');
  await expect(line).toContainText('Conservative (from the member register)');
  await expect(line).toContainText('The member register, for this date, has a different post: The Minister of State, Home Department');
  await expect(line).toContainText(
    `still held on ${OFFICES_KNOWN_UNTIL}, when the register’s office data ends; whether it was still held on this date is beyond the register`,
  );
  // printed first
  const text = (await line.textContent())!;
  expect(text.indexOf('Chief Whip')).toBeLessThan(text.indexOf('Minister of State'));
});

test('Vernon Coaker’s permalink adds party and seat from the register, and no second post where the printed one matches', async ({ page, request }) => {
  await page.goto(await permalinkOf(request, 'Vernon Coaker'));
  const line = page.getByRole('article', { name: 'Answer' }).locator('[data-speaker-line]').first();
  await expect(line).toContainText('Parliamentary Under-Secretary (Home Office) (Crime Reduction) · Labour, Gedling (from the member register)');
  await expect(line).not.toContainText('different post');
});

test('axe-core finds no serious or critical violation on speaker pages', async ({ page }) => {
  for (const url of [
    '/speakers/vernon-coaker',
    '/speakers/vernon-coaker?as=printed',
    '/speakers/diana-johnson',
    '/speakers/baroness-williams-of-trafford',
    '/speakers/gordon-brown',
  ]) {
    await page.goto(url);
    expect(await seriousViolations(page), url).toEqual([]);
  }
});
