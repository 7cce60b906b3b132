/** A request the page could not answer as asked, said in words (bad parameter, search down). */
export function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
      <p className="font-semibold">{title}</p>
      <p className="text-sm">{children}</p>
    </div>
  );
}
