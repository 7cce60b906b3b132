/** The frame of the small alert pages (sent, confirm, manage, unsubscribe): a heading and its words. */
export function AlertPage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      <div className="space-y-4">{children}</div>
      <p className="mt-8">
        <a href="/search" className="text-blue-800 underline">
          Back to search
        </a>
      </p>
    </div>
  );
}

/**
 * The one button of the confirm and unsubscribe pages: a plain form POST carrying the link's token,
 * so it works with JavaScript off, from the keyboard, and on a phone (a 44 px target).
 */
export function TokenButtonForm({ action, token, label, children }: { action: string; token: string; label: string; children?: React.ReactNode }) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="token" value={token} />
      {children}
      <button
        type="submit"
        className="min-h-11 rounded bg-blue-800 px-4 py-2 text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {label}
      </button>
    </form>
  );
}
