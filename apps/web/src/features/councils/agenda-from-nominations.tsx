import { App, Modal, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AgendaNomination, Meeting } from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { api } from '../../lib/http';
import { councilKeys, useCouncilMutation } from './api';

/** "Thêm từ hồ sơ đã thẩm định": nominations passed to the council (in its scope) onto the agenda. */
export function AgendaFromNominationsModal({ m, onClose }: { m: Meeting; onClose: () => void }) {
  const { message } = App.useApp();
  const { data, error, isLoading } = useQuery({
    queryKey: [...councilKeys.meeting(m.id), 'nomination-candidates'],
    queryFn: () => api.get<AgendaNomination[]>(`/meetings/${m.id}/nomination-candidates`),
  });
  const [selected, setSelected] = useState<string[] | null>(null);
  const ids = selected ?? (data ?? []).map((x) => x.nominationId);
  const add = useCouncilMutation((nominationIds: string[]) =>
    api.post<Meeting>(`/meetings/${m.id}/items/from-nominations`, { nominationIds }),
  );
  return (
    <Modal
      open
      width={900}
      title="Thêm từ hồ sơ đã thẩm định"
      okText={`Thêm ${ids.length} nội dung`}
      cancelText="Hủy"
      okButtonProps={{ disabled: ids.length === 0 }}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={async () => {
        try {
          await add.mutateAsync(ids);
          message.success('Đã thêm vào chương trình họp.');
          onClose();
        } catch {
          /* shown below */
        }
      }}
    >
      <ErrorAlert error={error ?? add.error} />
      <Typography.Paragraph type="secondary">
        Những người đã được thẩm định và trình Hội đồng, thuộc phạm vi của Hội đồng, chưa có trong chương
        trình họp khác. Kết quả biểu quyết sẽ được ghi vào hồ sơ khi kết thúc phiên họp.
      </Typography.Paragraph>
      <Table<AgendaNomination>
        size="small"
        rowKey="nominationId"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={false}
        aria-label="Hồ sơ đã thẩm định"
        locale={{ emptyText: 'Không có hồ sơ đã thẩm định đang chờ Hội đồng' }}
        rowSelection={{ selectedRowKeys: ids, onChange: (k) => setSelected(k as string[]) }}
        columns={[
          { title: 'Người/tập thể được đề nghị', dataIndex: 'nomineeName' },
          { title: 'Đơn vị', dataIndex: 'nomineeUnit' },
          { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
          { title: 'Hồ sơ', render: (_, x) => `${x.dossierTitle} (${x.proposingUnitName})` },
        ]}
      />
    </Modal>
  );
}
