import { App, Button, Card, DatePicker, Form, Input, InputNumber, Space, Statistic, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { FUND_ENTRY_KIND_LABELS, formatLegalDate, formatVnd, type FundLedger } from '@vinhdanh/shared';
import { PageTitle } from '../../components/page-title';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { UnitTreeSelect } from '../units/unit-tree-select';
import { hasRole, useSession } from '../auth/session';
import { api } from '../../lib/http';
import { DATE_FORMAT } from '../../lib/dates';
import { useDecisionMutation, useFundLedger, useRegisters } from './api';

type Entry = FundLedger['entries'][number];

/** Sổ quỹ thi đua, khen thưởng of a body and year: allocations in, decision payments out, balance. */
export default function FundPage() {
  const registers = useRegisters();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [year, setYear] = useState(new Date().getFullYear());
  const body = unitId ?? registers.data?.[0]?.issuerUnitId;
  const ledger = useFundLedger(body, year);
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [open, setOpen] = useState(false);
  const l = ledger.data;
  return (
    <>
      <PageTitle
        title="Sổ quỹ thi đua, khen thưởng"
        extra={
          <Space>
            <Link to="/quyet-dinh">Về danh sách quyết định</Link>
            {canManage && body && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
                Ghi trích lập quỹ
              </Button>
            )}
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitTreeSelect
          value={body ?? null}
          onChange={(v) => setUnitId((v as string) ?? undefined)}
          placeholder="Cơ quan"
          style={{ width: 320 }}
        />
        <InputNumber
          aria-label="Năm"
          min={1945}
          max={2100}
          value={year}
          onChange={(v) => typeof v === 'number' && setYear(v)}
        />
      </Space>
      <ErrorAlert error={ledger.error ?? registers.error} />
      {l && (
        <>
          <Card size="small" title={`${l.unitName} — năm ${l.year}`} style={{ marginBottom: 16 }}>
            <Space size={48} wrap>
              <Statistic title="Trích lập, bổ sung (đồng)" value={formatVnd(l.allocatedVnd)} />
              <Statistic title="Đã chi khen thưởng (đồng)" value={formatVnd(l.paidVnd)} />
              <Statistic title="Số dư (đồng)" value={formatVnd(l.balanceVnd)} />
            </Space>
          </Card>
          <Table<Entry>
            rowKey="id"
            size="small"
            dataSource={l.entries}
            aria-label="Các khoản thu chi"
            locale={{ emptyText: 'Chưa có khoản thu chi nào trong năm' }}
            columns={[
              { title: 'Ngày', dataIndex: 'on', render: (d: string) => formatLegalDate(d) },
              { title: 'Loại', dataIndex: 'kind', render: (k: Entry['kind']) => FUND_ENTRY_KIND_LABELS[k] },
              {
                title: 'Nội dung',
                render: (_: unknown, e) =>
                  e.decisionId ? (
                    <Link to={`/quyet-dinh/${e.decisionId}`}>{e.description}</Link>
                  ) : (
                    e.description
                  ),
              },
              {
                title: 'Số tiền (đồng)',
                align: 'right',
                render: (_: unknown, e) => `${e.kind === 'PAYMENT' ? '−' : '+'}${formatVnd(e.amountVnd)}`,
              },
            ]}
          />
        </>
      )}
      {open && body && <AllocationModal unitId={body} year={year} onClose={() => setOpen(false)} />}
    </>
  );
}

function AllocationModal({ unitId, year, onClose }: { unitId: string; year: number; onClose: () => void }) {
  const [form] = Form.useForm<{ amountVnd: number; on: Dayjs; description: string }>();
  const save = useDecisionMutation((input: unknown) => api.post('/reward-fund/allocations', input));
  const { message } = App.useApp();
  return (
    <FormModal
      open
      title={`Ghi trích lập quỹ năm ${year}`}
      okText="Ghi sổ"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{ description: `Trích lập quỹ thi đua, khen thưởng năm ${year}` }}
      onSubmit={async (v) => {
        await save.mutateAsync({
          unitId,
          year,
          amountVnd: v.amountVnd,
          on: v.on.format('YYYY-MM-DD'),
          description: v.description,
        });
        message.success('Đã ghi sổ quỹ.');
        onClose();
      }}
    >
      <Form.Item
        name="amountVnd"
        label="Số tiền (đồng)"
        rules={[{ required: true, message: 'Nhập số tiền.' }]}
      >
        <InputNumber<number>
          min={1}
          style={{ width: 240 }}
          formatter={(v) => (v ? formatVnd(Number(v)) : '')}
          parser={(v) => Number((v ?? '').replace(/\./g, ''))}
        />
      </Form.Item>
      <Form.Item name="on" label="Ngày" rules={[{ required: true, message: 'Chọn ngày.' }]}>
        <DatePicker format={DATE_FORMAT} />
      </Form.Item>
      <Form.Item name="description" label="Nội dung" rules={[{ required: true, message: 'Nhập nội dung.' }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
