import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import type { ReactNode, RefObject } from 'react'

export interface VirtualRowsProps {
  count: number
  scrollRef: RefObject<HTMLDivElement | null>
  rowHeight: number
  maxHeight: number
  renderRow: (index: number) => ReactNode
}

/**
 * The window of body rows a virtualised DataTable shows (@tanstack/react-virtual), with spacer
 * rows keeping the scroll height. Loaded on demand: only tables above the threshold need it.
 */
export function VirtualRows({
  count,
  scrollRef,
  rowHeight,
  maxHeight,
  renderRow,
}: VirtualRowsProps) {
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 0, height: maxHeight },
    // A scroll area that reports no height (not laid out yet, jsdom) still shows a first window.
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) =>
        notify(rect.height > 0 ? rect : { width: rect.width, height: maxHeight }),
      ),
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const before = first?.start ?? 0
  const after = last === undefined ? 0 : virtualizer.getTotalSize() - last.end
  return (
    <>
      {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
      {items.map((item) => renderRow(item.index))}
      {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
    </>
  )
}
