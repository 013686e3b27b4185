import type { ExportFormat } from '@lago-analytics/react'
import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { BridgeSlot, type TriggerBridge } from '../lazy/useLazyTrigger.tsx'

export interface ExportMenuItem {
  format: ExportFormat
  label: string
  /** Why it is unavailable (shown as a hint); also disables it. */
  hint: string | undefined
}

/** Props of the lazily loaded part of `ExportMenu` (Radix DropdownMenu). */
export interface ExportMenuContentProps {
  bridge: TriggerBridge
  open: boolean
  onOpenChange: (open: boolean) => void
  portalContainer: HTMLElement | null | undefined
  disabled: boolean
  items: readonly ExportMenuItem[]
  running: boolean
  onSelect: (format: ExportFormat) => void
  /** True once if the menu was opened from the keyboard before this part loaded. */
  takeKeyboardOpen: () => boolean
}

/** The menu of `ExportMenu`: one item per format. */
export function ExportMenuContent({
  bridge,
  open,
  onOpenChange,
  portalContainer,
  disabled,
  items,
  running,
  onSelect,
  takeKeyboardOpen,
}: ExportMenuContentProps) {
  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={onOpenChange}>
      <DropdownMenu.Trigger asChild disabled={disabled}>
        <BridgeSlot bridge={bridge} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={portalContainer ?? undefined}>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="lago-analytics lago-analytics-popover lago-analytics-menu"
          data-slot="export-menu-content"
          onFocus={(event) => {
            // Opened from the keyboard, Radix focuses the first item; it could not see the key
            // that opened the menu before this part loaded, so it focused the menu: move on.
            if (event.target !== event.currentTarget || !takeKeyboardOpen()) return
            event.currentTarget
              .querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')
              ?.focus({ preventScroll: true })
          }}
        >
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.format}
              className="lago-analytics-option"
              data-slot="export-menu-item"
              data-format={item.format}
              disabled={running || item.hint !== undefined}
              onSelect={() => onSelect(item.format)}
            >
              <span>{item.label}</span>
              {item.hint !== undefined ? (
                <span className="lago-analytics-option__hint"> ({item.hint})</span>
              ) : null}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
