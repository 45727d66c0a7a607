// A source document in full, with a quoted span highlighted and scrolled to (?start=&end=#quote);
// ?back= is the map view the reader came from (region, claim, date, map position), where "Back to
// the map" returns.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { documentByline } from '@/lib/presentation/document-byline';
import { paragraphsWithSpan } from '@/lib/presentation/document-paragraphs';
import { documentText } from '@/lib/server/document-text';
import { parseSpan } from '@/lib/urls/quote-span';
import { safeReturnPath } from '@/lib/urls/view-url';
import { requestSnapshot } from '../../snapshot';

export const dynamic = 'force-dynamic';

/** The byline starts its line: "Publisher not given, date not given". */
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const entry = (await requestSnapshot()).documents.get(id);
  return { title: entry ? entry.ref.title : 'Document not found', robots: { index: false } };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const read = documentText(await requestSnapshot(), id);
  if (!read.ok && read.reason === 'unknown') notFound();
  if (!read.ok) {
    return (
      <main className="mx-auto max-w-2xl px-4 py-6">
        <p role="status">This article changed on disk and is being read again. Reload the page in a moment.</p>
      </main>
    );
  }
  const doc = read.document;
  const query = await searchParams;
  const span = parseSpan(query.start, query.end, doc.text.length);
  // Only a path back into the map: anything else (another site, another page) is the home page.
  const back = safeReturnPath(query.back) ?? '/';
  const paragraphs = paragraphsWithSpan(doc.text, span);
  let anchored = false;
  return (
    <main className="mx-auto max-w-2xl px-4 py-6">
      <p className="mb-4">
        <a href={back} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline" data-testid="back-to-map">
          ← Back to the map
        </a>
      </p>
      <article>
        <header className="mb-4 border-b border-slate-200 pb-3">
          <h1 className="text-2xl font-bold">{doc.title}</h1>
          <p className="text-sm text-slate-600">
            {capitalised(documentByline(doc))}
            {doc.url ? (
              <>
                {' · '}
                <a href={doc.url} className="text-blue-800 underline" rel="noopener noreferrer">
                  original
                </a>
              </>
            ) : null}
          </p>
        </header>
        {span && (
          <p className="mb-3 rounded bg-amber-50 p-2 text-sm" role="note">
            The highlighted sentence is the quote the map links to.
          </p>
        )}
        <div className="space-y-3 leading-relaxed">
          {paragraphs.map((p) => (
            <p key={p.start}>
              {p.parts.map((part, i) => {
                if (!part.marked) return <span key={i}>{part.text}</span>;
                const id = anchored ? undefined : 'quote';
                anchored = true;
                return (
                  <mark key={i} id={id} className="scroll-mt-24 bg-amber-200 px-0.5">
                    {part.text}
                  </mark>
                );
              })}
            </p>
          ))}
        </div>
      </article>
    </main>
  );
}
