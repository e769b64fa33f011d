import { Button, DatePicker, Form, Input, InputNumber, Select, Segmented, Space, Table } from 'antd';
import { PlusOutlined, CommentOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  AWARD_TYPE_CODES,
  AWARD_TYPE_LABELS,
  DOSSIER_STATUSES,
  DOSSIER_STATUS_LABELS,
  PROCEDURE_LABELS,
  SIMPLIFIED_GROUNDS,
  SIMPLIFIED_GROUND_LABELS,
  formatLegalDate,
  type Dossier,
  type DossierStatus,
} from '@vinhdanh/shared';
import type { Dayjs } from 'dayjs';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { FormModal } from '../components/form-modal';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { useUnit } from '../features/units/api';
import { hasRole, useSession } from '../features/auth/session';
import { useCreateDossier, useDossiers, type DossierQuery } from '../features/nominations/api';
import { DossierStatusTag } from '../features/nominations/tags';
import { DATE_FORMAT, toLegal, todayLegal } from '../lib/dates';
import { api } from '../lib/http';

/** Hồ sơ đề nghị khen thưởng: the unit's own dossiers, or those sent to the officer's body. */
export default function DossiersPage() {
  const { data: session } = useSession();
  const officer = hasRole(session, 'OFFICER');
  const [role, setRole] = useState<DossierQuery['role']>(officer ? 'RECEIVING' : 'PROPOSING');
  const [year, setYear] = useState<number | undefined>();
  const [status, setStatus] = useState<DossierStatus | undefined>();
  const [unit, setUnit] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const { data, isLoading, error } = useDossiers({ role, year, status });
  const unitField = role === 'RECEIVING' ? 'proposingUnitName' : 'receivingUnitName';
  const units = useMemo(() => [...new Set((data ?? []).map((d) => d[unitField]))].sort(), [data, unitField]);
  const rows = (data ?? []).filter((d) => !unit || d[unitField] === unit);

  return (
    <>
      <PageTitle
        title="Đề nghị khen thưởng"
        extra={
          <Space wrap>
            <Link to="/de-nghi/lay-y-kien">
              <Button icon={<CommentOutlined />}>Lấy ý kiến nhân dân</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Lập hồ sơ đề nghị
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented
          value={role}
          onChange={(v) => {
            setRole(v as DossierQuery['role']);
            setUnit(undefined);
          }}
          options={[
            { value: 'PROPOSING', label: 'Hồ sơ của đơn vị' },
            { value: 'RECEIVING', label: 'Hồ sơ gửi đến (thẩm định)' },
          ]}
        />
        <InputNumber
          aria-label="Năm"
          placeholder="Năm"
          min={1990}
          max={2100}
          value={year}
          onChange={(v) => setYear(v ?? undefined)}
        />
        <Select
          aria-label="Trạng thái"
          placeholder="Trạng thái"
          allowClear
          style={{ width: 240 }}
          value={status}
          onChange={setStatus}
          options={DOSSIER_STATUSES.map((s) => ({ value: s, label: DOSSIER_STATUS_LABELS[s] }))}
        />
        <Select
          aria-label="Đơn vị"
          placeholder={role === 'RECEIVING' ? 'Đơn vị đề nghị' : 'Cơ quan nhận'}
          allowClear
          showSearch
          style={{ width: 260 }}
          value={unit}
          onChange={setUnit}
          options={units.map((u) => ({ value: u, label: u }))}
        />
      </Space>
      <ErrorAlert error={error} />
      <Table<Dossier>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={rows}
        aria-label="Hồ sơ đề nghị"
        locale={{ emptyText: 'Chưa có hồ sơ' }}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          {
            title: 'Hồ sơ',
            render: (_, d) => <Link to={`/de-nghi/${d.id}`}>{d.title}</Link>,
          },
          { title: 'Đơn vị đề nghị', dataIndex: 'proposingUnitName' },
          { title: 'Cơ quan nhận', dataIndex: 'receivingUnitName' },
          { title: 'Năm', dataIndex: 'year', width: 70 },
          { title: 'Số người', dataIndex: 'nominationCount', width: 80, align: 'right' },
          {
            title: 'Hạn nộp',
            render: (_, d) => (d.effectiveDeadline ? formatLegalDate(d.effectiveDeadline) : ''),
          },
          { title: 'Trạng thái', render: (_, d) => <DossierStatusTag status={d.status} /> },
          ...(role === 'RECEIVING'
            ? [
                {
                  title: '',
                  render: (_: unknown, d: Dossier) =>
                    d.status !== 'DRAFT' && <Link to={`/de-nghi/${d.id}/tham-dinh`}>Thẩm định</Link>,
                },
              ]
            : []),
        ]}
      />
      {creating && <CreateDossierModal onClose={() => setCreating(false)} />}
    </>
  );
}

interface CreateValues {
  title: string;
  proposingUnitId: string;
  receivingUnitId: string;
  procedure: 'THUONG' | 'DON_GIAN';
  simplifiedGround?: (typeof SIMPLIFIED_GROUNDS)[number];
  awardType: (typeof AWARD_TYPE_CODES)[number];
  year: number;
  occasion?: string;
  deadline?: Dayjs;
  movementId?: string;
}

function CreateDossierModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateDossier();
  const navigate = useNavigate();
  const procedure = Form.useWatch('procedure', form);
  const year = Form.useWatch('year', form) as number | undefined;
  const proposing = Form.useWatch('proposingUnitId', form) as string | undefined;
  // Units as they were at the end of the achievement year (wards merged since then still appear).
  const treeDate = year && year < new Date().getFullYear() ? `${year}-12-31` : undefined;
  const parent = useUnit(proposing ?? null);
  const superiors = useMemo(() => {
    const day = treeDate ?? todayLegal();
    const versions = [...(parent.data?.versions ?? [])].sort((a, b) =>
      (b.validFrom ?? '').localeCompare(a.validFrom ?? ''),
    );
    const inForce = versions.filter((v) => v.validFrom <= day && (!v.validTo || v.validTo >= day));
    const out: { value: string; label: string }[] = [];
    for (const v of [...inForce, ...versions])
      if (v.parentId && !out.some((o) => o.value === v.parentId))
        out.push({ value: v.parentId, label: v.parentName ?? v.parentId });
    return out;
  }, [parent.data, treeDate]);
  const [movements, setMovements] = useState<{ value: string; label: string }[] | null>(null);
  const loadMovements = async () => {
    if (movements) return;
    try {
      const page = await api.get<{ items: { id: string; name: string }[] }>('/movements');
      setMovements(page.items.map((m) => ({ value: m.id, label: m.name })));
    } catch {
      setMovements([]);
    }
  };
  return (
    <FormModal<CreateValues>
      open
      title="Lập hồ sơ đề nghị khen thưởng"
      okText="Lập hồ sơ"
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      initialValues={{ procedure: 'THUONG', awardType: 'THUONG_XUYEN', year: new Date().getFullYear() - 1 }}
      onSubmit={async (v) => {
        const d = await create.mutateAsync({
          title: v.title,
          proposingUnitId: v.proposingUnitId,
          receivingUnitId: v.receivingUnitId,
          procedure: v.procedure,
          simplifiedGround: v.procedure === 'DON_GIAN' ? (v.simplifiedGround ?? null) : null,
          awardType: v.awardType,
          year: v.year,
          occasion: v.occasion || null,
          deadline: toLegal(v.deadline),
          movementId: v.movementId ?? null,
        });
        onClose();
        void navigate(`/de-nghi/${d.id}`);
      }}
    >
      <Form.Item name="title" label="Tên hồ sơ" rules={[{ required: true, message: 'Nhập tên hồ sơ' }]}>
        <Input placeholder="Đề nghị công nhận danh hiệu thi đua năm …" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="awardType" label="Loại hình khen thưởng" rules={[{ required: true }]}>
          <Select
            style={{ width: 220 }}
            options={AWARD_TYPE_CODES.map((c) => ({ value: c, label: AWARD_TYPE_LABELS[c] }))}
          />
        </Form.Item>
        <Form.Item name="year" label="Năm thành tích" rules={[{ required: true, message: 'Nhập năm' }]}>
          <InputNumber min={1945} max={2100} />
        </Form.Item>
        <Form.Item name="deadline" label="Hạn nộp">
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Space>
      <Form.Item
        name="proposingUnitId"
        label="Đơn vị đề nghị"
        rules={[{ required: true, message: 'Chọn đơn vị đề nghị' }]}
      >
        <UnitTreeSelect
          aria-label="Đơn vị đề nghị"
          asOf={treeDate}
          placeholder="Tìm đơn vị (không cần dấu)"
          onChange={(v) => {
            form.setFieldsValue({ proposingUnitId: (v as string) ?? undefined, receivingUnitId: undefined });
          }}
        />
      </Form.Item>
      <Form.Item
        name="receivingUnitId"
        label="Cơ quan nhận hồ sơ (cấp trên)"
        rules={[{ required: true, message: 'Chọn cơ quan nhận' }]}
      >
        <Select
          aria-label="Cơ quan nhận hồ sơ"
          placeholder={proposing ? 'Chọn cơ quan cấp trên' : 'Chọn đơn vị đề nghị trước'}
          loading={parent.isLoading}
          options={superiors}
        />
      </Form.Item>
      <Form.Item name="procedure" label="Thủ tục">
        <Select
          options={(['THUONG', 'DON_GIAN'] as const).map((p) => ({ value: p, label: PROCEDURE_LABELS[p] }))}
        />
      </Form.Item>
      {procedure === 'DON_GIAN' && (
        <Form.Item
          name="simplifiedGround"
          label="Căn cứ áp dụng thủ tục đơn giản"
          extra="Để trống nếu hình thức khen thưởng là đột xuất."
        >
          <Select
            allowClear
            options={SIMPLIFIED_GROUNDS.map((g) => ({ value: g, label: SIMPLIFIED_GROUND_LABELS[g] }))}
          />
        </Form.Item>
      )}
      <Form.Item name="occasion" label="Dịp khen thưởng">
        <Input placeholder="Tổng kết năm …, tổng kết phong trào …" />
      </Form.Item>
      <Form.Item name="movementId" label="Phong trào thi đua (nếu có)">
        <Select allowClear onOpenChange={(o) => o && void loadMovements()} options={movements ?? []} />
      </Form.Item>
    </FormModal>
  );
}
