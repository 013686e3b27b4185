import '@lago-analytics/ui/styles.css'
import './app.css'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: 'Acme Cloud · Revenue',
  description: 'Lago analytics embedded in a Next.js App Router app',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
