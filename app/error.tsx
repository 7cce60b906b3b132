'use client';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-12" role="alert">
      <h1 className="font-serif text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-stone-700">The page could not be shown. If the database or search service is restarting, try again in a moment.</p>
      {error.digest ? <p className="mt-2 text-xs text-stone-500">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-4 rounded border border-stone-400 bg-white px-3 py-1">
        Try again
      </button>
    </div>
  );
}
