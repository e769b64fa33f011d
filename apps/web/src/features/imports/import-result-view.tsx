import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import type { ImportResult, RowError } from '@vinhdanh/shared';

/** Counts of an import and the table of row errors ("Dòng", "Cột", "Lỗi"). */
export function ImportResultView({ result }: { result: ImportResult }) {
  const ok = result.errors.length === 0;
  const fmt = (n: number) => n.toLocaleString('vi-VN');
  return (
    <div data-testid="import-result">
      <Alert
        type={ok ? 'success' : 'warning'}
        showIcon
        title={
          ok
            ? 'Nhập dữ liệu thành công.'
            : `Có ${fmt(result.errors.length)} lỗi: các dòng lỗi không được nhập.`
        }
        style={{ marginBottom: 16 }}
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="Tổng số dòng" value={result.totalRows} formatter={(v) => fmt(Number(v))} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="Thêm mới" value={result.created} formatter={(v) => fmt(Number(v))} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="Cập nhật" value={result.updated} formatter={(v) => fmt(Number(v))} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="Không thay đổi" value={result.unchanged} formatter={(v) => fmt(Number(v))} />
          </Card>
        </Col>
      </Row>
      {!ok && (
        <Table<RowError>
          data-testid="import-errors-table"
          size="small"
          rowKey={(e, i) => `${e.row}-${e.column}-${e.code}-${i ?? 0}`}
          dataSource={result.errors}
          pagination={result.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          columns={[
            {
              title: 'Dòng',
              dataIndex: 'row',
              width: 80,
              sorter: (a, b) => a.row - b.row,
              defaultSortOrder: 'ascend',
            },
            { title: 'Cột', dataIndex: 'column', width: 200 },
            { title: 'Lỗi', dataIndex: 'message' },
          ]}
        />
      )}
    </div>
  );
}
