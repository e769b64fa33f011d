import { App, Button, Card, Col, Input, Modal, Row, Space, Statistic, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatTargetValue, REGISTRATION_STATUS_LABELS, type Movement } from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstant } from '../../lib/dates';
import { usePledgeTitles, useRegistrationAction, useRegistrationOverview } from './api';
import { RegistrationStatusTag } from './labels';

/** The officer's view of registrations: who has not registered yet, states, accept / return, totals. */
export function RegistrationOverviewPanel({ movement }: { movement: Movement }) {
  const { data, error, isFetching } = useRegistrationOverview(movement.id, true);
  const { data: titles } = usePledgeTitles();
  const action = useRegistrationAction(movement.id);
  const { message } = App.useApp();
  const [returning, setReturning] = useState<{ id: string; unitName: string } | null>(null);
  const [reason, setReason] = useState('');
  const titleName = (code: string) =>
    [...(titles?.collective ?? []), ...(titles?.individual ?? [])].find((t) => t.code === code)?.name ?? code;
  if (!data) return <ErrorAlert error={error} />;
  const total = data.units.length;
  const sent = data.counts.SUBMITTED + data.counts.ACCEPTED;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="registration-overview">
      <ErrorAlert error={action.error} />
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title="Đơn vị tham gia" value={total} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title="Chưa đăng ký"
            value={data.counts.NOT_REGISTERED}
            valueStyle={{ color: '#cf1322' }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="Đã gửi lên" value={sent} suffix={`/ ${total}`} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="Đã chấp nhận" value={data.counts.ACCEPTED} valueStyle={{ color: '#389e0d' }} />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card size="small" title="Danh hiệu tập thể đăng ký">
            {data.collectiveTitles.length === 0
              ? 'Chưa có'
              : data.collectiveTitles.map((t) => (
                  <div key={t.code}>
                    {titleName(t.code)}: <b>{t.count}</b>
                  </div>
                ))}
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title="Danh hiệu cá nhân đăng ký">
            {data.individualTitles.length === 0
              ? 'Chưa có'
              : data.individualTitles.map((t) => (
                  <div key={t.code}>
                    {titleName(t.code)}: <b>{t.count}</b>
                  </div>
                ))}
          </Card>
        </Col>
      </Row>
      <Card size="small" title="Tổng hợp chỉ tiêu đăng ký (bản đã gửi lên)">
        <Table
          size="small"
          rowKey="itemId"
          pagination={false}
          dataSource={data.targets}
          columns={[
            {
              title: 'Nội dung',
              render: (_, t) => {
                const it = movement.items.find((i) => i.id === t.itemId);
                return it
                  ? `${it.seq}. ${it.title.slice(0, 120)}${it.title.length > 120 ? '…' : ''}`
                  : t.itemId;
              },
            },
            { title: 'Số đơn vị', dataIndex: 'units', width: 100, align: 'right' },
            {
              title: 'Tổng hợp',
              width: 220,
              render: (_, t) => {
                const it = movement.items.find((i) => i.id === t.itemId);
                if (!it) return '';
                if (t.sum !== null) return `Tổng ${formatTargetValue('NUMBER', t.sum, it.measureUnit)}`;
                if (t.average !== null) return `Bình quân ${formatTargetValue('PERCENT', t.average)}`;
                if (t.yes !== null) return `${t.yes} đơn vị cam kết đạt`;
                if (t.latestDate) return `Muộn nhất ${formatTargetValue('DATE', t.latestDate)}`;
                return '—';
              },
            },
          ]}
        />
      </Card>
      <Table
        size="small"
        rowKey="unitId"
        loading={isFetching}
        dataSource={data.units}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="registration-units"
        columns={[
          { title: 'Đơn vị', dataIndex: 'unitName' },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            width: 170,
            filters: Object.entries(REGISTRATION_STATUS_LABELS).map(([value, text]) => ({ value, text })),
            onFilter: (v, r) => r.status === v,
            render: (s) => <RegistrationStatusTag status={s} />,
          },
          {
            title: 'Danh hiệu tập thể',
            dataIndex: 'pledgedTitle',
            width: 220,
            render: (c: string | null) => (c ? <Tag>{titleName(c)}</Tag> : ''),
          },
          { title: 'Số cá nhân', dataIndex: 'personCount', width: 100, align: 'right' },
          {
            title: 'Gửi lên lúc',
            dataIndex: 'submittedAt',
            width: 150,
            render: (v: string | null) => formatInstant(v),
          },
          {
            title: '',
            width: 200,
            render: (_, u) =>
              u.status === 'SUBMITTED' && u.registrationId ? (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() =>
                      action.mutate(
                        { id: u.registrationId!, action: 'accept' },
                        { onSuccess: () => message.success(`Đã chấp nhận đăng ký của ${u.unitName}.`) },
                      )
                    }
                  >
                    Chấp nhận
                  </Button>
                  <Button
                    size="small"
                    danger
                    onClick={() => setReturning({ id: u.registrationId!, unitName: u.unitName })}
                  >
                    Trả lại
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
      <Modal
        open={!!returning}
        title={`Trả lại đăng ký của ${returning?.unitName ?? ''}`}
        okText="Trả lại"
        cancelText="Hủy"
        okButtonProps={{ danger: true, disabled: reason.trim().length < 5, loading: action.isPending }}
        onCancel={() => setReturning(null)}
        onOk={() =>
          action.mutate(
            { id: returning!.id, action: 'return', reason },
            {
              onSuccess: () => {
                setReturning(null);
                setReason('');
              },
            },
          )
        }
      >
        <Input.TextArea
          aria-label="Lý do trả lại"
          placeholder="Lý do trả lại (bắt buộc)"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </Space>
  );
}
