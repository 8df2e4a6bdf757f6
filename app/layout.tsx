import type { Metadata, Viewport } from 'next';
import { SiteHeader } from '@/components/site-header';
import { SiteFooter } from '@/components/site-footer';
import { SITE } from '@/lib/site';
import './globals.css';

// Every page reads live listings; nothing is prerendered at build time, so
// building never needs a database.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: SITE.name, template: `%s · ${SITE.name}` },
  description: SITE.tagline,
  // Files in public/, drawn from public/favicon.svg by scripts/icons/build.ts.
  // The ICO says 32x32 so browsers that read SVG prefer the SVG over it.
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '32x32' },
      { url: '/favicon.svg', type: 'image/svg+xml' },
    ],
    apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
  },
  manifest: '/manifest.webmanifest',
};

// The browser's toolbar takes the header's colour (brand-50), as the manifest does.
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#eef6f4' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
