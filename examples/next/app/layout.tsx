import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { site } from '../lib/content';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: site.name,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr-FR">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  );
}
