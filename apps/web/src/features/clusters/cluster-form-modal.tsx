import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CLUSTER_KINDS,
  CLUSTER_KIND_LABELS,
  type Cluster,
  type ClusterKind,
  type SaveClusterInput,
} from '@vinhdanh/shared';
import { FormModal } from '../../components/form-modal';
import { UnitTreeSelect } from '../units/unit-tree-select';
import { CLUSTER_ROLE_LABELS, useSaveCluster, type ClusterRole } from './api';

interface Values {
  name: string;
  kind: ClusterKind;
  year: number;
  organiserId: string;
  members: { unitId: string; role: ClusterRole }[];
}

const ROLE_OPTIONS = (Object.keys(CLUSTER_ROLE_LABELS) as ClusterRole[]).map((r) => ({
  value: r,
  label: CLUSTER_ROLE_LABELS[r],
}));

/** Create (cluster undefined) or edit a cluster with its member units and their roles. */
export function ClusterFormModal({
  open,
  cluster,
  year,
  onClose,
}: {
  open: boolean;
  cluster: Cluster | null;
  year: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveCluster();
  const { message } = App.useApp();
  const formYear = Form.useWatch('year', form) ?? year;
  const asOf = `${formYear}-12-31`;

  const submit = async (v: Values) => {
    const input: SaveClusterInput = {
      name: v.name.trim(),
      kind: v.kind,
      year: v.year,
      organiserId: v.organiserId,
      members: v.members.map((m) => ({ unitId: m.unitId, role: m.role })),
    };
    await save.mutateAsync({ id: cluster?.id, input });
    message.success(cluster ? 'Đã lưu cụm/khối thi đua.' : 'Đã tạo cụm/khối thi đua.');
    onClose();
  };

  return (
    <FormModal
      open={open}
      title={cluster ? `Sửa: ${cluster.name}` : 'Thêm cụm/khối thi đua'}
      okText="Lưu"
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      initialValues={
        cluster
          ? {
              name: cluster.name,
              kind: cluster.kind,
              year: cluster.year,
              organiserId: cluster.organiserId,
              members: cluster.members.map((m) => ({ unitId: m.unitId, role: m.role })),
            }
          : { kind: 'CUM', year, members: [{ role: 'HEAD' }, { role: 'MEMBER' }] }
      }
      width={760}
    >
      <Form.Item
        name="name"
        label="Tên cụm/khối"
        rules={[{ required: true, min: 2, message: 'Nhập tên cụm/khối.' }]}
      >
        <Input />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="kind" label="Loại" rules={[{ required: true }]}>
          <Select
            style={{ width: 180 }}
            options={CLUSTER_KINDS.map((k) => ({ value: k, label: CLUSTER_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm.' }]}>
          <InputNumber min={1945} max={2100} />
        </Form.Item>
        <Form.Item
          name="organiserId"
          label="Đơn vị tổ chức"
          rules={[{ required: true, message: 'Chọn đơn vị tổ chức.' }]}
        >
          <UnitTreeSelect asOf={asOf} style={{ width: 320 }} />
        </Form.Item>
      </Space>
      <Form.List
        name="members"
        rules={[
          {
            validator: async (_, members: Values['members'] | undefined) => {
              if (!members || members.length < 2)
                throw new Error('Cụm/khối cần ít nhất 2 đơn vị thành viên.');
              if (members.filter((m) => m?.role === 'HEAD').length > 1)
                throw new Error('Chỉ có một trưởng cụm/khối.');
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div>
            <div style={{ marginBottom: 8, fontWeight: 500 }}>Đơn vị thành viên</div>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                  <UnitTreeSelect asOf={asOf} style={{ width: 380 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: 'Chọn vai trò.' }]}>
                  <Select options={ROLE_OPTIONS} style={{ width: 200 }} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label="Xóa thành viên"
                  onClick={() => remove(f.name)}
                />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ role: 'MEMBER' })}>
              Thêm đơn vị thành viên
            </Button>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
