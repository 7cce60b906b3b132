/**
 * The answer to a plain HTML form POST (the alert forms work with JavaScript off): 303 See Other
 * to the page that says what happened (Post/Redirect/Get, so a reload does not post again), never
 * cached since it depends on what was posted.
 */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}
