import { Component, type ErrorInfo, type ReactNode } from 'react'

interface WidgetBoundaryProps {
  message: string
  retryLabel: string
  children?: ReactNode
  /** Wraps the error panel (e.g. in a titled widget frame, so the grid keeps its place). */
  frame?: ((panel: ReactNode) => ReactNode) | undefined
  onError?: ((error: Error, info: ErrorInfo) => void) | undefined
}

interface WidgetBoundaryState {
  error: Error | null
}

/**
 * One failing widget never blanks the dashboard: a render error stays inside its widget, which
 * shows a message and a Retry button that renders it again.
 */
export class WidgetBoundary extends Component<WidgetBoundaryProps, WidgetBoundaryState> {
  override state: WidgetBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): WidgetBoundaryState {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError?.(error, info)
  }

  override render() {
    if (this.state.error) {
      const panel = (
        <div
          className="lago-analytics-widget-error"
          data-slot="widget-error"
          data-state="error"
          role="alert"
        >
          <p>{this.props.message}</p>
          <button
            type="button"
            className="lago-analytics-button"
            onClick={() => this.setState({ error: null })}
          >
            {this.props.retryLabel}
          </button>
        </div>
      )
      return this.props.frame ? this.props.frame(panel) : panel
    }
    return this.props.children
  }
}
