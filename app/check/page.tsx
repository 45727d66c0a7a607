// /check: paste or drop an article and see what it claims about the four oblasts, who says so,
// and how it alone would colour the map. The page is a form; the reading is POST /api/extract.
import type { Metadata } from 'next';
import { CheckApp } from '@/components/check/check-app';
import { miniMap } from '@/lib/presentation/mini-map';
import { requestSnapshot } from '../snapshot';

// Rendered per request, like every page, so its scripts carry the response's CSP nonce.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Check an article',
  description: 'Paste a news text and see what it claims about control of Luhansk, Donetsk, Kherson and Zaporizhzhia, sentence by sentence, and who says so.',
  alternates: { canonical: '/check' },
};

export default async function CheckPage() {
  const snapshot = await requestSnapshot();
  // The outlines are the same for every snapshot; drawing them is a millisecond, kept per snapshot.
  const map = snapshot.memo('check-mini-map', () => miniMap(snapshot.boundaries.regions.low, { width: 400, height: 260, padding: 14 }));
  return <CheckApp map={map} />;
}
