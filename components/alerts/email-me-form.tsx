/**
 * "Email me": an address and a frequency for this search, member or question's answer. A plain
 * POST form (app/alerts/route.ts), so it works with JavaScript off.
 */
const FIELD = 'rounded border border-stone-400 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700';

export function EmailMeForm({ search, question, what }: { search?: string; question?: string; what: string }) {
  const id = question ? `alert-${question}` : 'alert';
  return (
    <form method="post" action="/alerts" aria-labelledby={`${id}-title`} className="my-4 rounded border border-stone-300 bg-white p-3">
      <h2 id={`${id}-title`} className="text-base font-semibold">
        Email me {what}
      </h2>
      {search !== undefined ? <input type="hidden" name="search" value={search} /> : null}
      {question !== undefined ? <input type="hidden" name="question" value={question} /> : null}
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-48">
          <label htmlFor={`${id}-email`} className="block text-sm">
            Email address
          </label>
          <input id={`${id}-email`} name="email" type="email" required maxLength={254} autoComplete="email" className={`w-full px-2 py-1 ${FIELD}`} />
        </div>
        <div>
          <label htmlFor={`${id}-frequency`} className="block text-sm">
            How often
          </label>
          <select id={`${id}-frequency`} name="frequency" defaultValue="daily" className={`px-2 py-1 ${FIELD}`}>
            <option value="daily">Daily</option>
            <option value="immediate">As soon as it is said</option>
          </select>
        </div>
        <button
          type="submit"
          className="rounded bg-blue-800 px-3 py-1 text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          Email me
        </button>
      </div>
      <p className="mt-1 text-xs text-stone-600">No account: we send one message to confirm, and every alert message has an unsubscribe link.</p>
    </form>
  );
}
