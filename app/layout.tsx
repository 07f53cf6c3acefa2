import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'notecoach — better LinkedIn connection notes',
  description:
    'Coaches your LinkedIn connection-request note: length, intent, shared ground, specific praise and red flags, with a rewrite. Private: nothing is stored on the server.',
  // Served from this origin; also stops the browser's automatic /favicon.ico request (a 404).
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // Matches the page background so the phone's browser bar blends in, in light and dark.
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f8fafc' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
  colorScheme: 'light dark',
};

// Rendered per request so Next can stamp each response's CSP nonce (proxy.ts) on its scripts.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
