import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches render errors and failed lazy chunk loads (typically after a new release replaced the files)
 * so the user sees a Vietnamese message with a reload button instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('UI error', error, info.componentStack);
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const chunk = /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(
      this.state.error.message,
    );
    return (
      <Result
        status="error"
        title={chunk ? 'Ứng dụng vừa được cập nhật' : 'Đã xảy ra lỗi khi hiển thị trang'}
        subTitle={
          chunk ? 'Vui lòng tải lại trang để dùng phiên bản mới.' : 'Vui lòng tải lại trang hoặc thử lại sau.'
        }
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            Tải lại trang
          </Button>
        }
      />
    );
  }
}
