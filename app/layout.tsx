import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Hansard Search', template: '%s · Hansard Search' },
  description: 'Search the UK parliamentary record: debates, questions and answers, with permalinks to every contribution.',
};

/** The site's sections, in the header (44 px tall on a phone). */
const SITE_LINKS = [
  ['/search', 'Search'],
  ['/sittings', 'By day'],
  ['/trends', 'Trends'],
  ['/help', 'Help'],
] as const;

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, even those with nothing dynamic (help, not found): Next.js puts
  // the request's CSP nonce (proxy.ts) on its scripts only when it renders, and a page built ahead
  // would carry no nonce, so its scripts would be refused.
  await connection();
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-stone-50 font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to main content
        </a>
        <header className="border-b border-stone-300 bg-white">
          <nav aria-label="Site" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 px-4 py-1 md:py-3">
            <Link href="/" className="font-serif text-xl font-bold text-commons">
              Hansard Search
            </Link>
            {SITE_LINKS.map(([href, label]) => (
              <Link key={href} href={href} className="inline-block py-3 text-sm underline-offset-2 hover:underline md:py-0">
                {label}
              </Link>
            ))}
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="mt-12 border-t border-stone-300 bg-white">
          <div className="mx-auto max-w-5xl px-4 py-4 text-xs text-stone-600">
            <p>Contains Parliamentary information licensed under the Open Parliament Licence v3.0.</p>
            <p>Member data from mySociety&rsquo;s Parlparse and TheyWorkForYou, CC BY-SA.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
