import type { Metadata, Viewport } from 'next';
import { SITE_NAME } from '@/lib/site';
import { notoSans } from './fonts';
import { requestOrigin } from './origin';
import './globals.css';

// Absolute URLs in previews (og:image, og:url) use the same origin the PNG cards print.
export const generateMetadata = async (): Promise<Metadata> => ({
  metadataBase: new URL(await requestOrigin()),
  title: { default: 'Who claims what: Luhansk, Donetsk, Kherson, Zaporizhzhia', template: '%s · Claims map' },
  description:
    'A map of what news text claims about control of four Ukrainian oblasts: who controls, claims or demands them, and where the front moves — every claim linked to its quote.',
  alternates: { canonical: '/' },
  openGraph: { siteName: SITE_NAME, type: 'website', url: '/' },
  twitter: { card: 'summary_large_image' },
});

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0f172a' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={notoSans.variable}>
      <body className="font-sans bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
