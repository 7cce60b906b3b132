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
