import { App, Button, Form, Input, Select, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  SIGNER_LEVEL_CODES,
  SIGNER_OFFICE_CODES,
  type DecisionRegister,
  type SaveRegisterInput,
} from '@vinhdanh/shared';
import { PageTitle } from '../../components/page-title';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { UnitTreeSelect } from '../units/unit-tree-select';
import { hasRole, useSession } from '../auth/session';
import { api } from '../../lib/http';
import { useDecisionMutation, useRegisters } from './api';
import { SIGNER_LEVEL_LABELS, SIGNER_OFFICE_LABELS } from './draft-fields';

/** Sổ đăng ký văn bản: one register per issuing body and symbol, numbered per year. */
export default function RegistersPage() {
  const { data, error, isFetching } = useRegisters();
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const [open, setOpen] = useState(false);
  return (
    <>
      <PageTitle
        title="Sổ đăng ký văn bản (quyết định)"
        extra={
          <>
            <Link to="/quyet-dinh" style={{ marginRight: 16 }}>
              Về danh sách quyết định
            </Link>
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
                Mở sổ mới
              </Button>
            )}
          </>
        }
      />
      <ErrorAlert error={error} />
      <Table<DecisionRegister>
        rowKey="id"
        loading={isFetching}
        dataSource={data ?? []}
        aria-label="Sổ đăng ký văn bản"
        locale={{ emptyText: 'Chưa có sổ đăng ký văn bản' }}
        columns={[
          { title: 'Tên sổ', dataIndex: 'name' },
          { title: 'Cơ quan ban hành', dataIndex: 'issuingBody' },
          { title: 'Ký hiệu', dataIndex: 'symbol' },
          { title: 'Thẩm quyền', dataIndex: 'authority' },
          {
            title: 'Người có thẩm quyền',
            render: (_: unknown, r) =>
              `${SIGNER_OFFICE_LABELS[r.signerOffice as keyof typeof SIGNER_OFFICE_LABELS] ?? r.signerOffice}${r.signerLevel ? ` (${SIGNER_LEVEL_LABELS[r.signerLevel as keyof typeof SIGNER_LEVEL_LABELS] ?? r.signerLevel})` : ''}`,
          },
          {
            title: 'Số đã cấp',
            render: (_: unknown, r) =>
              r.lastNumbers.map((n) => `${n.year}: ${n.lastNumber}`).join('; ') || 'Chưa cấp số',
          },
        ]}
      />
      {open && <RegisterModal onClose={() => setOpen(false)} />}
    </>
  );
}

function RegisterModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<SaveRegisterInput>();
  const save = useDecisionMutation((input: unknown) =>
    api.post<DecisionRegister>('/decision-registers', input),
  );
  const { message } = App.useApp();
  return (
    <FormModal
      open
      title="Mở sổ đăng ký văn bản"
      okText="Lưu"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{ symbol: 'QĐ-UBND', signerOffice: 'CHU_TICH_UBND', signerLevel: 'HUYEN' }}
      onSubmit={async (v) => {
        await save.mutateAsync({
          ...v,
          parentBody: v.parentBody || null,
          signerLevel: v.signerLevel ?? null,
        });
        message.success('Đã mở sổ.');
        onClose();
      }}
    >
      <Form.Item
        name="issuerUnitId"
        label="Cơ quan ban hành"
        rules={[{ required: true, message: 'Chọn cơ quan.' }]}
      >
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="name" label="Tên sổ" rules={[{ required: true, message: 'Nhập tên sổ.' }]}>
        <Input placeholder="Sổ quyết định khen thưởng" />
      </Form.Item>
      <Form.Item name="symbol" label="Ký hiệu" rules={[{ required: true, message: 'Nhập ký hiệu.' }]}>
        <Input placeholder="QĐ-UBND" />
      </Form.Item>
      <Form.Item name="parentBody" label="Tên cơ quan chủ quản (dòng trên)">
        <Input placeholder="UBND THÀNH PHỐ HÀ NỘI" />
      </Form.Item>
      <Form.Item
        name="issuingBody"
        label="Tên cơ quan ban hành (viết hoa)"
        rules={[{ required: true, message: 'Nhập.' }]}
      >
        <Input placeholder="ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH" />
      </Form.Item>
      <Form.Item name="place" label="Địa danh" rules={[{ required: true, message: 'Nhập địa danh.' }]}>
        <Input placeholder="Ba Đình" />
      </Form.Item>
      <Form.Item name="authority" label="Thẩm quyền ban hành" rules={[{ required: true, message: 'Nhập.' }]}>
        <Input placeholder="CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH" />
      </Form.Item>
      <Form.Item name="signerOffice" label="Chức vụ người có thẩm quyền" rules={[{ required: true }]}>
        <Select options={SIGNER_OFFICE_CODES.map((c) => ({ value: c, label: SIGNER_OFFICE_LABELS[c] }))} />
      </Form.Item>
      <Form.Item name="signerLevel" label="Cấp">
        <Select
          allowClear
          options={SIGNER_LEVEL_CODES.map((c) => ({ value: c, label: SIGNER_LEVEL_LABELS[c] }))}
        />
      </Form.Item>
    </FormModal>
  );
}
