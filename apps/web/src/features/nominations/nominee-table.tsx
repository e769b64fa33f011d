import { Flex, Table, Typography, type TableProps } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, QuestionCircleTwoTone } from '@ant-design/icons';
import type { Nomination } from '@vinhdanh/shared';
import { NominationStatusTag, VerdictTag } from './tags';

/** The engine's reasons with their citations (the expandable row of a nominee). */
export function NominationReasons({ n }: { n: Nomination }) {
  if (!n.verdict)
    return (
      <Typography.Text type="secondary">
        Tập thể: bộ quy tắc chưa tự xét; cán bộ thẩm định xem xét theo hồ sơ.
      </Typography.Text>
    );
  return (
    <div data-testid="nomination-reasons">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {n.verdict.reasons.map((r) => (
          <li key={r.rule} style={{ padding: '2px 0' }}>
            <Flex gap={8} align="start">
              {r.status === 'MET' ? (
                <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="đạt" />
              ) : r.status === 'NOT_MET' ? (
                <CloseCircleTwoTone twoToneColor="#f5222d" aria-label="không đạt" />
              ) : (
                <QuestionCircleTwoTone twoToneColor="#fa8c16" aria-label="chưa rõ" />
              )}
              <div>
                <div>{r.message.vi}</div>
                <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                  Căn cứ: {r.citation}
                  {!r.confirmed && ' (chưa xác nhận)'}
                </Typography.Text>
              </div>
            </Flex>
          </li>
        ))}
      </ul>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Bộ quy tắc {n.verdict.rulesetVersion}
      </Typography.Text>
      {n.lastReason && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="warning">Lý do trả lại: {n.lastReason}</Typography.Text>
        </div>
      )}
    </div>
  );
}

/** Nominees: person or collective, target, verdict tag (ĐỦ / CHƯA ĐỦ / CẦN XEM XÉT) and status; reasons on expand. */
export function NomineeTable({
  nominations,
  extraColumns = [],
  rowSelection,
}: {
  nominations: Nomination[];
  extraColumns?: NonNullable<TableProps<Nomination>['columns']>;
  rowSelection?: TableProps<Nomination>['rowSelection'];
}) {
  return (
    <Table<Nomination>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={nominations}
      aria-label="Người được đề nghị"
      locale={{ emptyText: 'Chưa có người được đề nghị' }}
      rowSelection={rowSelection}
      expandable={{ expandedRowRender: (n) => <NominationReasons n={n} />, rowExpandable: () => true }}
      columns={[
        { title: 'TT', dataIndex: 'position', width: 50 },
        {
          title: 'Cá nhân / tập thể',
          render: (_, n) => (
            <>
              <div>{n.nomineeName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {n.personId ? 'Cá nhân' : 'Tập thể'} · {n.nomineeUnitName}
              </Typography.Text>
            </>
          ),
        },
        { title: 'Danh hiệu, hình thức', dataIndex: 'codeName' },
        {
          title: 'Thành tích',
          render: (_, n) => (n.periodFrom === n.periodTo ? n.periodTo : `${n.periodFrom}–${n.periodTo}`),
        },
        {
          title: 'Kết quả xét',
          render: (_, n) => (
            <VerdictTag outcome={n.verdict?.outcome ?? null} confirmed={n.verdict?.confirmed} />
          ),
        },
        {
          title: 'Trạng thái',
          render: (_, n) => (
            <>
              <NominationStatusTag status={n.status} />
              {n.consultation === 'OPEN' && (
                <Typography.Text type="secondary">đang lấy ý kiến</Typography.Text>
              )}
            </>
          ),
        },
        ...extraColumns,
      ]}
    />
  );
}
