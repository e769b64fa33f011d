import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Table, Tag, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  PERSON_STATUSES,
  PERSON_STATUS_LABELS,
  SEXES,
  SEX_LABELS,
  formatLegalDate,
  type PersonStatus,
  type PersonSummary,
  type Sex,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useDebounced } from '../components/use-debounced';
import { usePeople, type PeopleListQuery, type PeopleSort } from '../features/people/api';
import { CreatePersonModal } from '../features/people/person-modals';
import { SEX_OPTIONS, STATUS_OPTIONS } from '../features/people/person-fields';
import { UnitTreeSelect } from '../features/units/unit-tree-select';
import { hasRole, useSession } from '../features/auth/session';

const SORTS: PeopleSort[] = ['name', '-name', 'dateOfBirth', '-dateOfBirth'];
const int = (s: string | null, d: number) => {
  const n = Number(s);
  return Number.isInteger(n) && n > 0 ? n : d;
};
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  list.find((x) => x === v);

export default function PeopleListPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { data: session } = useSession();
  const canCreate = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER', 'UNIT_CLERK');
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 350);
  const [creating, setCreating] = useState(false);

  const query: PeopleListQuery = useMemo(
    () => ({
      q: q || undefined,
      unitId: params.get('unitId') ?? undefined,
      sex: oneOf(SEXES, params.get('sex')),
      status: oneOf(PERSON_STATUSES, params.get('status')),
      page: q === (params.get('q') ?? '') ? int(params.get('page'), 1) : 1, // a new search starts at page 1
      pageSize: int(params.get('pageSize'), 20),
      sort: oneOf(SORTS, params.get('sort')) ?? 'name',
    }),
    [params, q],
  );
  const { data, isFetching, error } = usePeople(query);

  // Keep the (debounced) search in the address so Back and reload restore it.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) set({});
  }, [q]);

  const set = (patch: Record<string, string | number | undefined | null>) => {
    const p = new URLSearchParams(params);
    if (q) p.set('q', q);
    else p.delete('q');
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === null || v === '') p.delete(k);
      else p.set(k, String(v));
    }
    if (!('page' in patch)) p.delete('page');
    setParams(p, { replace: true });
  };

  const sortOrder = (field: 'name' | 'dateOfBirth') =>
    query.sort === field ? ('ascend' as const) : query.sort === `-${field}` ? ('descend' as const) : null;

  const columns: TableProps<PersonSummary>['columns'] = [
    {
      title: 'Họ và tên',
      dataIndex: 'fullName',
      key: 'name',
      width: 220,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, p) => <Link to={`/can-bo/${p.id}`}>{name}</Link>,
    },
    { title: 'Giới tính', dataIndex: 'sex', width: 90, render: (s: Sex) => SEX_LABELS[s] },
    {
      title: 'Ngày sinh',
      dataIndex: 'dateOfBirth',
      key: 'dateOfBirth',
      width: 120,
      sorter: true,
      sortOrder: sortOrder('dateOfBirth'),
      render: (d: string | null) => formatLegalDate(d),
    },
    { title: 'Dân tộc', dataIndex: 'ethnicity', width: 100 },
    { title: 'Đơn vị', dataIndex: 'currentUnitName', render: (v: string | null) => v ?? '—' },
    { title: 'Chức vụ', dataIndex: 'currentPosition', render: (v: string | null) => v ?? '—' },
    { title: 'Số CCCD', dataIndex: 'nationalId', width: 140, render: (v: string | null) => v ?? '—' },
    {
      title: 'Trạng thái',
      dataIndex: 'status',
      width: 150,
      render: (s: PersonStatus) => (
        <Tag color={s === 'DANG_CONG_TAC' ? 'green' : 'default'}>{PERSON_STATUS_LABELS[s]}</Tag>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title="Cán bộ"
        extra={
          canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="person-create"
            >
              Thêm cán bộ
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap>
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder="Tìm theo họ tên, mã cán bộ (không cần dấu)"
            aria-label="Tìm cán bộ"
            data-testid="people-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 340 }}
          />
          <UnitTreeSelect
            aria-label="Lọc theo đơn vị"
            placeholder="Tất cả đơn vị"
            value={query.unitId ?? null}
            onChange={(v) => set({ unitId: typeof v === 'string' ? v : undefined })}
            style={{ width: 300 }}
          />
          <Select
            aria-label="Lọc theo giới tính"
            allowClear
            placeholder="Giới tính"
            options={SEX_OPTIONS}
            value={query.sex}
            onChange={(v?: Sex) => set({ sex: v })}
            style={{ width: 130 }}
          />
          <Select
            aria-label="Lọc theo trạng thái"
            allowClear
            placeholder="Trạng thái"
            options={STATUS_OPTIONS}
            value={query.status}
            onChange={(v?: PersonStatus) => set({ status: v })}
            style={{ width: 190 }}
          />
        </Flex>
      </Card>
      <ErrorAlert error={error} />
      <Table<PersonSummary>
        data-testid="people-table"
        rowKey="id"
        size="middle"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: q ? `Không tìm thấy cán bộ nào khớp "${q}"` : 'Chưa có cán bộ' }}
        pagination={{
          current: data?.page ?? query.page,
          pageSize: data?.pageSize ?? query.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (t, [a, b]) => `${a}–${b} / ${t.toLocaleString('vi-VN')} cán bộ`,
        }}
        onChange={(pg, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = s?.columnKey === 'dateOfBirth' ? 'dateOfBirth' : 'name';
          const sort = s?.order ? (s.order === 'descend' ? `-${field}` : field) : undefined;
          if (pg.current !== query.page) window.scrollTo({ top: 0 });
          set({ page: pg.current, pageSize: pg.pageSize, sort });
        }}
        scroll={{ x: 1000 }}
      />
      {creating && (
        <CreatePersonModal
          open
          onClose={(p) => {
            setCreating(false);
            if (p?.id) navigate(`/can-bo/${p.id}`);
          }}
        />
      )}
    </>
  );
}
