import { Alert, Space, Switch, Typography } from 'antd';
import { errorMessage } from '../../lib/http';
import { useMovementPortalSetting, useSaveMovementPortalSetting } from './api';

/**
 * Công bố phong trào trên cổng thông tin: two switches (the movement; its progress). A draft shows on the portal
 * only once launched. Read-only for those who may not manage the movement.
 */
export function MovementPortalToggle({
  movementId,
  launched,
  canManage,
}: {
  movementId: string;
  launched: boolean;
  canManage: boolean;
}) {
  const q = useMovementPortalSetting(movementId);
  const save = useSaveMovementPortalSetting(movementId);
  const s = q.data;
  if (!s) return null;
  const busy = save.isPending || !canManage;
  return (
    <Space orientation="vertical" size={4} data-testid="movement-portal">
      <Space wrap>
        <Switch
          checked={s.published}
          disabled={busy}
          onChange={(v) => save.mutate({ published: v, publishProgress: v && s.publishProgress })}
          aria-label="Công bố phong trào trên cổng thông tin"
          data-testid="movement-portal-published"
        />
        <span>Công bố trên cổng thông tin</span>
        <Switch
          checked={s.publishProgress}
          disabled={busy || !s.published}
          onChange={(v) => save.mutate({ published: s.published, publishProgress: v })}
          aria-label="Công bố tiến độ thực hiện"
          data-testid="movement-portal-progress"
        />
        <span>Công bố tiến độ</span>
        {s.published && launched && (
          <Typography.Link href={s.publicPath} target="_blank" rel="noopener">
            Xem trên cổng
          </Typography.Link>
        )}
      </Space>
      {s.published && !launched && (
        <Typography.Text type="secondary">Phong trào sẽ hiện trên cổng khi được phát động.</Typography.Text>
      )}
      {save.error && <Alert type="error" showIcon title={errorMessage(save.error)} />}
    </Space>
  );
}
