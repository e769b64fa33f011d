import { SearchOutlined } from '@ant-design/icons';
import { Card, Flex, Input, InputNumber, Select, Table, Tag, type TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  AWARD_CODES,
  AWARD_CODE_LABELS,
  AWARD_LEVELS,
  AWARD_LEVEL_LABELS,
  RECIPIENT_KINDS,
  RECIPIENT_KIND_LABELS,
  formatLegalDate,
  type AwardLevel,
  type RecipientKind,
  type RegistryRecord,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useDebounced } from '../components/use-debounced';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { useRegistry, type RegistryListQuery } from '../features/registry/api';
import { recordLink } from '../features/registry/record-link';

const int = (s: string | null, d: number) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : d;
};
const year = (s: string | null) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n >= 1945 && n <= 2100 ? n : undefined;
};
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);

/** Sổ vàng: search every title and award across units and years, without diacritics. */
export default function RegistryPage() {
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 350);
  const [decision, setDecision] = useState(params.get('decisionNumber') ?? '');
  const decisionNumber = useDebounced(decision.trim(), 350);

  const query: RegistryListQuery = useMemo(
    () => ({
      q: q || undefined,
      code: params.get('code') ?? undefined,
      level: oneOf(AWARD_LEVELS, params.get('level')),
      recipientKind: oneOf(RECIPIENT_KINDS, params.get('recipientKind')),
      yearFrom: year(params.get('yearFrom')),
      yearTo: year(params.get('yearTo')),
      unitId: params.get('unitId') ?? undefined,
      decisionNumber: decisionNumber || undefined,
      page: q === (params.get('q') ?? '') ? int(params.get('page'), 1) : 1,
      pageSize: int(params.get('pageSize'), 20),
    }),
    [params, q, decisionNumber],
  );
  const { data, isFetching, error } = useRegistry(query);

  useEffect(() => {
    if ((params.get('q') ?? '') !== q || (params.get('decisionNumber') ?? '') !== decisionNumber) set({});
  }, [q, decisionNumber]);

  const set = (patch: Record<string, string | number | undefined | null>) => {
    const p = new URLSearchParams(params);
    if (q) p.set('q', q);
    else p.delete('q');
    if (decisionNumber) p.set('decisionNumber', decisionNumber);
    else p.delete('decisionNumber');
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === '') p.delete(k);
      else p.set(k, String(v));
    }
    if (!('page' in patch)) p.delete('page');
    setParams(p, { replace: true });
  };

  const columns: TableProps<RegistryRecord>['columns'] = [
    {
      title: 'Cá nhân, tập thể',
      dataIndex: 'recipientName',
      width: 220,
      render: (name: string, r) => {
        const to = recordLink(r);
        return to ? (
          <Link to={to} data-testid="registry-record-link">
            {name}
          </Link>
        ) : (
          name
        );
      },
    },
    {
      title: 'Danh hiệu, hình thức',
      dataIndex: 'codeName',
      render: (v: string, r) => (
        <>
          {v} {r.revoked && <Tag color="red">Đã thu hồi</Tag>}
        </>
      ),
    },
    {
      title: 'Quyết định',
      key: 'decision',
      width: 200,
      render: (_: unknown, r) => `${r.decisionNumber} ngày ${formatLegalDate(r.decidedOn)}`,
    },
    {
      title: 'Đơn vị (khi khen)',
      dataIndex: 'recipientUnitName',
      render: (v: string | null, r) => [r.recipientPosition, v].filter(Boolean).join(', ') || '—',
    },
    {
      title: 'Xác minh',
      dataIndex: 'verifyUrl',
      width: 150,
      render: (url: string, r) => (
        <a href={url} target="_blank" rel="noreferrer" data-testid="registry-verify-link">
          {r.verifyCode.match(/.{1,4}/g)?.join('-')}
        </a>
      ),
    },
  ];

  return (
    <>
      <PageTitle title="Sổ vàng" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="Tên cá nhân, tập thể (không cần dấu), số quyết định hoặc mã xác minh"
            aria-label="Tìm trong sổ vàng"
            data-testid="registry-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 420 }}
          />
          <Select
            aria-label="Danh hiệu, hình thức"
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="Danh hiệu, hình thức"
            options={AWARD_CODES.map((c) => ({ value: c, label: AWARD_CODE_LABELS[c] }))}
            value={query.code}
            onChange={(v?: string) => set({ code: v })}
            style={{ width: 280 }}
          />
          <Select
            aria-label="Cấp khen thưởng"
            allowClear
            placeholder="Cấp"
            options={AWARD_LEVELS.map((l) => ({ value: l, label: AWARD_LEVEL_LABELS[l] }))}
            value={query.level}
            onChange={(v?: AwardLevel) => set({ level: v })}
            style={{ width: 220 }}
          />
          <Select
            aria-label="Đối tượng"
            allowClear
            placeholder="Đối tượng"
            options={RECIPIENT_KINDS.map((k) => ({ value: k, label: RECIPIENT_KIND_LABELS[k] }))}
            value={query.recipientKind}
            onChange={(v?: RecipientKind) => set({ recipientKind: v })}
            style={{ width: 150 }}
          />
          <InputNumber
            aria-label="Từ năm"
            placeholder="Từ năm"
            min={1945}
            max={2100}
            value={query.yearFrom ?? null}
            onChange={(v) => set({ yearFrom: v ?? undefined })}
            style={{ width: 110 }}
          />
          <InputNumber
            aria-label="Đến năm"
            placeholder="Đến năm"
            min={1945}
            max={2100}
            value={query.yearTo ?? null}
            onChange={(v) => set({ yearTo: v ?? undefined })}
            style={{ width: 110 }}
          />
          <UnitTreeSelect
            aria-label="Lọc theo đơn vị"
            placeholder="Tất cả đơn vị"
            value={query.unitId ?? null}
            onChange={(v) => set({ unitId: typeof v === 'string' ? v : undefined })}
            style={{ width: 300 }}
          />
          <Input
            allowClear
            placeholder="Số quyết định"
            aria-label="Số quyết định"
            value={decision}
            onChange={(e) => setDecision(e.target.value)}
            style={{ width: 180 }}
          />
        </Flex>
      </Card>
      <ErrorAlert error={error} />
      <Table<RegistryRecord>
        data-testid="registry-table"
        rowKey="id"
        size="middle"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: q ? `Không tìm thấy khen thưởng nào khớp "${q}"` : 'Chưa có khen thưởng' }}
        pagination={{
          current: data?.page ?? query.page,
          pageSize: data?.pageSize ?? query.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t, [a, b]) =>
            `${a}–${b} / ${data?.totalExact === false ? 'khoảng ' : ''}${t.toLocaleString('vi-VN')} khen thưởng`,
        }}
        onChange={(pg) => {
          if (pg.current !== query.page) window.scrollTo({ top: 0 });
          set({ page: pg.current, pageSize: pg.pageSize });
        }}
        scroll={{ x: 1000 }}
      />
    </>
  );
}
