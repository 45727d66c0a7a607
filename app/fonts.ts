// The app's one typeface, Noto Sans (OFL-1.1), loaded from files in the repo: no font network.
import localFont from 'next/font/local';

export const notoSans = localFont({
  src: [
    { path: '../public/fonts/noto-sans-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../public/fonts/noto-sans-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-noto-sans',
  display: 'swap',
  fallback: ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'],
});
