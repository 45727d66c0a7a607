// The 404 page: says what was not found and offers the four regions that exist.
import Link from 'next/link';
import { connection } from 'next/server';
import { OBLASTS } from '@/lib/oblasts';

export default async function NotFound() {
  // Rendered per request, like every page, so its scripts carry the response's CSP nonce.
  await connection();
  return (
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2">This map covers four regions. Pick one:</p>
      <ul className="mt-4 space-y-2">
        {OBLASTS.map((o) => (
          <li key={o.slug}>
            <Link href={`/regions/${o.slug}`} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline">
              {o.name}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/" className="text-blue-800 underline">
          Back to the map of all four
        </Link>
      </p>
    </main>
  );
}
