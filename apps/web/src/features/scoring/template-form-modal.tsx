import { Button, Card, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { SaveScoringTemplateInput, ScoringTemplate } from '@vinhdanh/shared';
import { FormModal } from '../../components/form-modal';
import { UnitTreeSelect } from '../units/unit-tree-select';
import { useSaveScoringTemplate } from './api';

interface Values {
  name: string;
  description?: string;
  ownerUnitId: string;
  groups: {
    name: string;
    criteria: { name: string; guidance?: string; maxPoints: number; evidenceRequired?: boolean }[];
  }[];
}

const emptyCriterion = { name: '', maxPoints: 10, evidenceRequired: false };

/** Soạn mẫu chấm điểm: criteria groups, criteria with maximum points and "evidence required". */
export function TemplateFormModal({
  open,
  template,
  onClose,
}: {
  open: boolean;
  template: ScoringTemplate | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveScoringTemplate();
  const initialValues: Partial<Values> = template
    ? {
        name: template.name,
        description: template.description ?? undefined,
        ownerUnitId: template.ownerUnitId,
        groups: template.groups.map((g) => ({
          name: g.name,
          criteria: g.criteria.map((c) => ({
            name: c.name,
            guidance: c.guidance ?? undefined,
            maxPoints: c.maxPoints,
            evidenceRequired: c.evidenceRequired,
          })),
        })),
      }
    : { groups: [{ name: '', criteria: [emptyCriterion] }] };
  const groups = Form.useWatch('groups', form) ?? [];
  const total = groups.reduce(
    (s, g) => s + (g?.criteria ?? []).reduce((t, c) => t + (Number(c?.maxPoints) || 0), 0),
    0,
  );
  return (
    <FormModal<Values>
      open={open}
      title={template ? 'Sửa mẫu chấm điểm' : 'Lập mẫu chấm điểm'}
      okText="Lưu mẫu"
      form={form}
      pending={save.isPending}
      error={save.error}
      width={900}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={async (v) => {
        const input: SaveScoringTemplateInput = {
          name: v.name,
          description: v.description ?? null,
          ownerUnitId: v.ownerUnitId,
          groups: v.groups.map((g) => ({
            name: g.name,
            criteria: g.criteria.map((c) => ({
              name: c.name,
              guidance: c.guidance ?? null,
              maxPoints: Number(c.maxPoints),
              evidenceRequired: !!c.evidenceRequired,
            })),
          })),
        };
        await save.mutateAsync({ id: template?.id, input });
        onClose();
      }}
    >
      <Form.Item name="name" label="Tên mẫu" rules={[{ required: true, message: 'Nhập tên mẫu chấm điểm.' }]}>
        <Input placeholder="Bảng chấm điểm thi đua cụm … năm …" />
      </Form.Item>
      <Form.Item
        name="ownerUnitId"
        label="Đơn vị quản lý mẫu"
        rules={[{ required: true, message: 'Chọn đơn vị.' }]}
      >
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="description" label="Ghi chú">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Paragraph strong>Tổng điểm tối đa: {total.toLocaleString('vi-VN')}</Typography.Paragraph>
      <Form.List name="groups">
        {(gFields, gOps) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {gFields.map((g, gi) => (
              <Card
                key={g.key}
                size="small"
                title={`Nhóm tiêu chí ${gi + 1}`}
                extra={
                  gFields.length > 1 && (
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Xóa nhóm ${gi + 1}`}
                      onClick={() => gOps.remove(g.name)}
                    />
                  )
                }
              >
                <Form.Item
                  name={[g.name, 'name']}
                  label="Tên nhóm"
                  rules={[{ required: true, message: 'Nhập tên nhóm tiêu chí.' }]}
                >
                  <Input aria-label={`Tên nhóm ${gi + 1}`} />
                </Form.Item>
                <Form.List name={[g.name, 'criteria']}>
                  {(cFields, cOps) => (
                    <>
                      {cFields.map((c, ci) => (
                        <Space key={c.key} align="start" wrap style={{ display: 'flex' }}>
                          <Form.Item
                            name={[c.name, 'name']}
                            rules={[{ required: true, message: 'Nhập tên tiêu chí.' }]}
                            style={{ width: 380 }}
                          >
                            <Input placeholder="Tên tiêu chí" aria-label={`Tiêu chí ${gi + 1}.${ci + 1}`} />
                          </Form.Item>
                          <Form.Item
                            name={[c.name, 'maxPoints']}
                            rules={[{ required: true, message: 'Nhập điểm tối đa.' }]}
                          >
                            <InputNumber
                              min={0.01}
                              step={0.5}
                              decimalSeparator=","
                              suffix="điểm"
                              aria-label={`Điểm tối đa ${gi + 1}.${ci + 1}`}
                            />
                          </Form.Item>
                          <Form.Item name={[c.name, 'evidenceRequired']} valuePropName="checked">
                            <Checkbox>Yêu cầu minh chứng</Checkbox>
                          </Form.Item>
                          {cFields.length > 1 && (
                            <Button
                              icon={<DeleteOutlined />}
                              aria-label={`Xóa tiêu chí ${gi + 1}.${ci + 1}`}
                              onClick={() => cOps.remove(c.name)}
                            />
                          )}
                        </Space>
                      ))}
                      <Button size="small" icon={<PlusOutlined />} onClick={() => cOps.add(emptyCriterion)}>
                        Thêm tiêu chí
                      </Button>
                    </>
                  )}
                </Form.List>
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => gOps.add({ name: '', criteria: [emptyCriterion] })}
            >
              Thêm nhóm tiêu chí
            </Button>
          </Space>
        )}
      </Form.List>
    </FormModal>
  );
}
