import { Alert, Button } from 'antd';
import { ApiError, errorMessage } from '../lib/http';

/** Shows an API error in Vietnamese; for CONFLICT offers to reload the data. */
export function ErrorAlert({
  error,
  onReload,
  extra,
}: {
  error: unknown;
  onReload?: () => void;
  extra?: string[];
}) {
  if (!error) return null;
  const conflict = error instanceof ApiError && error.code === 'CONFLICT';
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(error)}
      description={extra && extra.length > 0 ? extra.map((m) => <div key={m}>{m}</div>) : undefined}
      action={
        conflict && onReload ? (
          <Button size="small" onClick={onReload}>
            Tải lại dữ liệu
          </Button>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
    />
  );
}
