import type { CSSProperties, ReactNode } from 'react'

/**
 * A themed page for one component story. The Storybook decorator sets `data-theme` on its
 * wrapper; this frame is a `.lago-analytics` element, so it picks up the light or dark variables
 * and paints the page in `--lago-analytics-color-background` (components have no background of
 * their own, so contrast is checked against the theme's, as in a host page).
 */
export function StoryFrame({
  title,
  note,
  maxWidth = 960,
  children,
}: {
  title?: string | undefined
  note?: ReactNode
  maxWidth?: number | 'none' | undefined
  children: ReactNode
}) {
  return (
    <div
      className="lago-analytics"
      data-slot="story-frame"
      style={{
        margin: -16,
        padding: 24,
        minHeight: 'calc(100vh + 32px)',
        boxSizing: 'border-box',
        background: 'var(--lago-analytics-color-background)',
        color: 'var(--lago-analytics-color-text)',
      }}
    >
      <div style={{ maxWidth, display: 'flex', flexDirection: 'column', gap: 12 }}>
        {title === undefined ? null : (
          <h2 style={{ margin: 0, fontSize: '1rem', fontWeight: 600 }}>{title}</h2>
        )}
        {note === undefined ? null : (
          <p
            style={{
              margin: 0,
              fontSize: 'var(--lago-analytics-font-size-small)',
              color: 'var(--lago-analytics-color-text-muted)',
            }}
          >
            {note}
          </p>
        )}
        {children}
      </div>
    </div>
  )
}

/** A responsive grid of tiles (metric cards, small charts). */
export function Tiles({
  min = 220,
  children,
  style,
}: {
  min?: number
  children: ReactNode
  style?: CSSProperties
}) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`,
        gap: 12,
        alignItems: 'start',
        ...style,
      }}
    >
      {children}
    </div>
  )
}

/** A titled section inside a story (several variants side by side). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <h3 style={{ margin: 0, fontSize: '0.875rem', fontWeight: 600 }}>{title}</h3>
      {children}
    </section>
  )
}
