/**
 * What every plain page the proxy answers itself must be (lib/http/not-found-page.ts): the status
 * given, HTML, never cached, and no scripts, since it must read the same with JavaScript off.
 * Returns the body for the test's own checks.
 */
import { expect } from 'vitest';

export async function expectPlainPage(res: Response | null, status = 404): Promise<string> {
  expect(res?.status).toBe(status);
  expect(res!.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res!.headers.get('cache-control')).toBe('no-store');
  const html = await res!.text();
  expect(html).not.toContain('<script');
  return html;
}
