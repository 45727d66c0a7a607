// The page's header: what the map is and what it is not, and the way to check an article of one's
// own (/check). A server component: it holds no state.
import Link from 'next/link';

export function AppHeader() {
  return (
    <header className="z-10 flex items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2">
      <div className="min-w-0">
        <h1 className="text-base font-bold leading-tight md:truncate md:text-lg">
          Who claims what<span className="hidden sm:inline">: Luhansk, Donetsk, Kherson, Zaporizhzhia</span>
        </h1>
        <p className="text-xs text-slate-600">A map of claims made in news text — not ground truth. Every claim links to its quote.</p>
      </div>
      <Link href="/check" className="inline-flex min-h-11 shrink-0 items-center text-sm font-semibold text-blue-800 underline underline-offset-2">
        Check an article
      </Link>
    </header>
  );
}
