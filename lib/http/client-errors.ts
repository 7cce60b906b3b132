/**
 * JSON answers for requests we cannot serve as asked: 400 naming the parameter that was wrong
 * (docs/contracts.md §3: `{ error, param }`), 404 for an id we do not have.
 */

export function badRequest(error: string, param: string): Response {
  return Response.json({ error, param }, { status: 400 });
}

/** 404 with the reason in words; `extra` adds fields such as a link to what does exist. */
export function notFoundJson(error: string, extra: Record<string, string> = {}): Response {
  return Response.json({ error, ...extra }, { status: 404 });
}
