import {
  forwardRef,
  useCallback,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react'
import { useIsomorphicLayoutEffect } from '../../internal/useIsomorphicLayoutEffect.ts'
import { preload, type LazyModule } from './lazyModule.ts'

type Attributes = Record<string, unknown>

/**
 * How the Radix trigger of a lazily loaded part reaches the real button. The part renders
 * `<X.Trigger asChild><BridgeSlot bridge={bridge} /></X.Trigger>`: Radix gets the real button as
 * its trigger element (positioning, focus return, outside clicks), and the button renders Radix's
 * attributes (ids, `aria-expanded`, `data-state`…) and calls Radix's event handlers. The button
 * itself never remounts: focus, refs and assistive technology keep the same element.
 */
export interface TriggerBridge {
  readonly element: RefObject<HTMLButtonElement | null>
  /** The Radix trigger's latest props (attributes and handlers); `null` until the part mounts. */
  props: Attributes | null
  attributes: Attributes | null
  update: (attributes: Attributes | null) => void
}

export interface BridgeSlotProps {
  bridge: TriggerBridge
}

function attributesOf(props: Attributes): Attributes {
  const attributes: Attributes = {}
  for (const [key, value] of Object.entries(props)) {
    if (typeof value !== 'function' && key !== 'children') attributes[key] = value
  }
  return attributes
}

function sameAttributes(a: Attributes, b: Attributes): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/** Stands in for the button inside a Radix `Trigger asChild` (see {@link TriggerBridge}). */
export const BridgeSlot = /* @__PURE__ */ forwardRef<HTMLButtonElement, BridgeSlotProps>(
  function BridgeSlot({ bridge, ...props }, ref) {
    useIsomorphicLayoutEffect(() => {
      bridge.props = props
      const attributes = attributesOf(props)
      if (bridge.attributes === null || !sameAttributes(attributes, bridge.attributes)) {
        bridge.attributes = attributes
        bridge.update(attributes)
      }
    })
    useIsomorphicLayoutEffect(() => {
      const node = bridge.element.current
      if (node === null || ref === null) return
      if (typeof ref === 'function') {
        // React 19 callback refs may return their cleanup.
        const cleanup: unknown = ref(node)
        return () => {
          if (typeof cleanup === 'function') (cleanup as () => void)()
          else ref(null)
        }
      }
      ref.current = node
      return () => {
        ref.current = null
      }
    }, [bridge, ref])
    useIsomorphicLayoutEffect(
      () => () => {
        bridge.props = null
        bridge.attributes = null
        bridge.update(null)
      },
      [bridge],
    )
    return null
  },
)

export type OpenedBy = 'pointer' | 'keyboard'

/** The lightweight stand-in for a Radix trigger, used until the part has loaded. */
export interface LightTrigger {
  /** The closed-state attributes of the Radix trigger it stands in for. */
  attributes: Attributes
  onPointerDown?: ((event: PointerEvent<HTMLButtonElement>) => void) | undefined
  onClick?: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined
  onKeyDown?: ((event: KeyboardEvent<HTMLButtonElement>) => void) | undefined
}

/**
 * The closed/open attributes Radix gives a popup trigger (`aria-haspopup` of a popover or menu):
 * what a light trigger shows before its part has loaded.
 */
export function popupTriggerAttributes(popup: 'dialog' | 'menu', open: boolean): Attributes {
  return {
    type: 'button',
    'aria-haspopup': popup,
    'aria-expanded': open,
    'data-state': open ? 'open' : 'closed',
  }
}

export interface TriggerProps extends Attributes {
  ref: RefObject<HTMLButtonElement | null>
  onPointerEnter: () => void
  onFocus: () => void
  onPointerDown: (event: PointerEvent<HTMLButtonElement>) => void
  onClick: (event: MouseEvent<HTMLButtonElement>) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void
}

export interface LazyTriggerOptions<T> {
  module: LazyModule<T>
  /** The control's open state (controlled or its own). */
  open: boolean
  /** Sets it (and calls the host's `onOpenChange`). */
  setOpen: (open: boolean) => void
}

export interface LazyTrigger<T> {
  /** The loaded part, once this control has been opened (or asked to open). */
  part: T | undefined
  bridge: TriggerBridge
  /** Open asked for, part not there yet. */
  pending: boolean
  /** Opens or closes from the light trigger; opening loads the part. */
  request: (open: boolean, by: OpenedBy) => void
  /** True once right after an open from the keyboard (then cleared). */
  takeKeyboardOpen: () => boolean
  /** Props of the real button: the light trigger's until the part has mounted, then Radix's. */
  triggerProps: (light: LightTrigger) => TriggerProps
}

function report(error: unknown) {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error)
  else console.error(error)
}

/**
 * A control whose popover machinery (Radix, cmdk, the calendar) loads on first use. Until then
 * the control renders a light trigger with the same element, look and ARIA; hovering or focusing
 * it warms the chunk; opening it (pointer or keyboard, as Radix would) loads the part and renders
 * it open. An initial `open`/`defaultOpen` loads it at once. Once loaded for a control, the part
 * stays (Radix owns the trigger from then on).
 */
export function useLazyTrigger<T>({
  module,
  open,
  setOpen,
}: LazyTriggerOptions<T>): LazyTrigger<T> {
  const [activated, setActivated] = useState(false)
  if (open && !activated) setActivated(true)
  const wanted = activated || open
  const [part, setPart] = useState<T | undefined>(undefined)
  const element = useRef<HTMLButtonElement>(null)
  const [bridged, setBridged] = useState<Attributes | null>(null)
  const [bridge] = useState<TriggerBridge>(() => ({
    element,
    props: null,
    attributes: null,
    update: setBridged,
  }))
  const keyboardOpen = useRef(false)
  const lightPointerDown = useRef(false)
  const latest = useRef({ setOpen })
  latest.current = { setOpen }

  useIsomorphicLayoutEffect(() => {
    if (!wanted || part !== undefined) return
    const cached = module.peek()
    if (cached !== undefined) {
      setPart(() => cached)
      return
    }
    let live = true
    module.load().then(
      (loaded) => {
        if (live) setPart(() => loaded)
      },
      (error: unknown) => {
        if (!live) return
        setActivated(false)
        latest.current.setOpen(false)
        report(error)
      },
    )
    return () => {
      live = false
    }
  }, [module, wanted, part])

  const request = useCallback(
    (next: boolean, by: OpenedBy) => {
      if (next) {
        keyboardOpen.current = by === 'keyboard'
        setActivated(true)
      }
      setOpen(next)
    },
    [setOpen],
  )

  const takeKeyboardOpen = useCallback(() => {
    const value = keyboardOpen.current
    keyboardOpen.current = false
    return value
  }, [])

  const pending = open && part === undefined

  const triggerProps = (light: LightTrigger): TriggerProps => {
    const radix = () => bridge.props
    return {
      ...(bridged ??
        (pending
          ? { ...light.attributes, 'data-state': 'loading', 'aria-busy': true }
          : light.attributes)),
      ref: element,
      onPointerEnter: () => preload(module),
      onFocus: () => preload(module),
      onPointerDown: (event) => {
        const props = radix()
        lightPointerDown.current = props === null
        if (props) (props.onPointerDown as typeof light.onPointerDown)?.(event)
        else light.onPointerDown?.(event)
      },
      onClick: (event) => {
        const props = radix()
        // The click ending a press the light trigger handled is the light trigger's too.
        if (props && !lightPointerDown.current) (props.onClick as typeof light.onClick)?.(event)
        else light.onClick?.(event)
        lightPointerDown.current = false
      },
      onKeyDown: (event) => {
        const props = radix()
        if (props) {
          ;(props.onKeyDown as typeof light.onKeyDown)?.(event)
          return
        }
        if (event.key === 'Escape' && open) {
          event.preventDefault()
          request(false, 'keyboard')
          return
        }
        light.onKeyDown?.(event)
      },
    }
  }

  return {
    part: wanted ? part : undefined,
    bridge,
    pending,
    request,
    takeKeyboardOpen,
    triggerProps,
  }
}
