import { Checkbox, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { jsonDiff, showValue, type DiffRow } from './json-diff';

const BG: Record<DiffRow['change'], string | undefined> = {
  added: '#f6ffed',
  removed: '#fff1f0',
  changed: '#fffbe6',
  same: undefined,
};

/** Before/after of an audit entry, changed fields highlighted. */
export function AuditDiffView({ before, after }: { before: unknown; after: unknown }) {
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = useMemo(() => jsonDiff(before, after), [before, after]);
  const shown = onlyChanged ? rows.filter((r) => r.change !== 'same') : rows;
  return (
    <div data-testid="audit-diff">
      <Checkbox
        checked={onlyChanged}
        onChange={(e) => setOnlyChanged(e.target.checked)}
        style={{ marginBottom: 8 }}
      >
        Chỉ hiện trường thay đổi
      </Checkbox>
      <Table<DiffRow>
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={shown}
        locale={{ emptyText: 'Không có dữ liệu thay đổi' }}
        onRow={(r) => ({ style: { background: BG[r.change] } })}
        columns={[
          {
            title: 'Trường',
            dataIndex: 'path',
            width: 240,
            render: (p: string) => <Typography.Text code>{p}</Typography.Text>,
          },
          {
            title: 'Trước',
            dataIndex: 'before',
            render: (v: unknown, r) =>
              r.change === 'added' ? '—' : <span style={{ wordBreak: 'break-all' }}>{showValue(v)}</span>,
          },
          {
            title: 'Sau',
            dataIndex: 'after',
            render: (v: unknown, r) =>
              r.change === 'removed' ? '—' : <span style={{ wordBreak: 'break-all' }}>{showValue(v)}</span>,
          },
        ]}
      />
    </div>
  );
}
