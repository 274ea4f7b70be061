import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for people: "The break-even chart". */
  what: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a render error inside one panel: the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-box" role="alert">
        <p>
          <strong>{this.props.what} could not be shown.</strong> The rest of the page still works.
        </p>
        <p className="hint">{error.message}</p>
        <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
