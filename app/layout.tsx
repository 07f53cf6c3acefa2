import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: 'notecoach — better LinkedIn connection notes',
  description:
    'Coaches your LinkedIn connection-request note: length, intent, shared ground, specific praise and red flags, with a rewrite. Private: nothing is stored on the server.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
