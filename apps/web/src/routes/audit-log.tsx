import { Card, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { formatInstant } from '../lib/dates';
import { useAudit } from '../features/audit/api';
import { AuditDiffView } from '../features/audit/audit-diff-view';

export default function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const action = params.get('action') ?? '';
  const page = Number(params.get('page')) || 1;
  const pageSize = Number(params.get('pageSize')) || 50;
  const [entityInput, setEntityInput] = useState(entity);
  const [actionInput, setActionInput] = useState(action);
  const { data, isFetching, error } = useAudit({
    entity: entity || undefined,
    action: action || undefined,
    page,
    pageSize,
  });

  const set = (patch: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') p.delete(k);
      else p.set(k, String(v));
    }
    setParams(p, { replace: true });
  };

  return (
    <>
      <PageTitle title="Nhật ký hệ thống" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input.Search
            aria-label="Lọc theo đối tượng"
            placeholder="Đối tượng (VD: person, unit)"
            allowClear
            value={entityInput}
            onChange={(e) => setEntityInput(e.target.value)}
            onSearch={(v) => set({ entity: v.trim(), page: undefined })}
            style={{ width: 260 }}
          />
          <Input.Search
            aria-label="Lọc theo thao tác"
            placeholder="Thao tác (VD: person.create)"
            allowClear
            value={actionInput}
            onChange={(e) => setActionInput(e.target.value)}
            onSearch={(v) => set({ action: v.trim(), page: undefined })}
            style={{ width: 260 }}
          />
        </Flex>
      </Card>
      <ErrorAlert error={error} />
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="seq"
        size="small"
        loading={isFetching}
        dataSource={data?.items ?? []}
        expandable={{
          expandedRowRender: (e) => <AuditDiffView before={e.before} after={e.after} />,
          rowExpandable: (e) => e.before != null || e.after != null,
        }}
        pagination={{
          current: data?.page ?? page,
          pageSize: data?.pageSize ?? pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t) => `${t.toLocaleString('vi-VN')} bản ghi`,
        }}
        onChange={(pg) => set({ page: pg.current, pageSize: pg.pageSize })}
        columns={[
          { title: 'Số', dataIndex: 'seq', width: 80 },
          { title: 'Thời gian', dataIndex: 'at', width: 160, render: (v: string) => formatInstant(v) },
          { title: 'Người thực hiện', dataIndex: 'actorName', render: (v: string | null) => v ?? 'Hệ thống' },
          {
            title: 'Thao tác',
            dataIndex: 'action',
            render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
          },
          {
            title: 'Đối tượng',
            key: 'entity',
            render: (_, e) => (
              <span>
                {e.entity}
                {e.entityId && <Typography.Text type="secondary"> · {e.entityId}</Typography.Text>}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
