/**
 * The absolute origin ("https://host") that citations, feeds and exports put in their links:
 * taken from the request, honouring a reverse proxy's X-Forwarded-Proto / -Host. Route handlers
 * pass the Request, pages the headers() of theirs.
 */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function originFromHeaders(headers: Pick<Headers, 'get'>, fallback = 'http://localhost:3000'): string {
  const host = (headers.get('x-forwarded-host') ?? headers.get('host'))?.split(',')[0].trim();
  if (!host || !HOST.test(host)) return fallback; // a forged Host header must not end up in links
  const proto = headers.get('x-forwarded-proto')?.split(',')[0].trim();
  return `${proto === 'https' || proto === 'http' ? proto : 'http'}://${host}`;
}

export function originFromRequest(req: Request): string {
  return originFromHeaders(req.headers, new URL(req.url).origin);
}
