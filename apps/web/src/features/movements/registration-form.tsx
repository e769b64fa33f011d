import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import {
  formatLegalDate,
  formatTargetValue,
  type Movement,
  type Registration,
  type TargetValue,
} from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { DATE_FORMAT, fromLegal, toLegal, todayLegal } from '../../lib/dates';
import { usePeople } from '../people/api';
import { usePledgeTitles, useRegistration, useRegistrationAction, useSaveRegistration } from './api';
import { RegistrationStatusTag } from './labels';

interface Values {
  pledgedTitle?: string | null;
  note?: string;
  persons: { personId?: string; pledgedTitle?: string }[];
  targets: Record<string, { num?: number | null; day?: Dayjs | null; flag?: boolean }>;
}

function targetsToForm(m: Movement, r: Registration | undefined): Values['targets'] {
  const out: Values['targets'] = {};
  for (const it of m.items) {
    const v = r?.targets.find((t) => t.itemId === it.id)?.value;
    out[it.id] = {
      num: typeof v === 'number' ? v : null,
      day: typeof v === 'string' ? fromLegal(v) : null,
      flag: typeof v === 'boolean' ? v : undefined,
    };
  }
  return out;
}

/** Đăng ký thi đua of one unit: the clerk edits and sends to the head; the head approves and sends up. */
export function RegistrationForm({
  movement,
  unitId,
  canEdit,
  canApprove,
}: {
  movement: Movement;
  unitId: string;
  canEdit: boolean;
  canApprove: boolean;
}) {
  const { data: reg, error } = useRegistration(movement.id, unitId);
  const { data: titles } = usePledgeTitles();
  const [form] = Form.useForm<Values>();
  const save = useSaveRegistration(movement.id);
  const action = useRegistrationAction(movement.id);
  const [personQ, setPersonQ] = useState('');
  const people = usePeople({ unitId, q: personQ || undefined, page: 1, pageSize: 50 });
  useEffect(() => {
    if (!reg) return;
    form.setFieldsValue({
      pledgedTitle: reg.pledgedTitle,
      note: reg.note ?? undefined,
      persons: reg.persons.map((p) => ({ personId: p.personId, pledgedTitle: p.pledgedTitle })),
      targets: targetsToForm(movement, reg),
    });
  }, [reg, movement, form]);
  if (!reg) return <ErrorAlert error={error} />;
  const editable = canEdit && ['NOT_REGISTERED', 'DRAFT', 'RETURNED'].includes(reg.status);
  const late = !!movement.registrationDeadline && todayLegal() > movement.registrationDeadline;

  const submit = async (v: Values) => {
    await save.mutateAsync({
      unitId,
      pledgedTitle: v.pledgedTitle ?? null,
      note: v.note?.trim() || null,
      persons: (v.persons ?? [])
        .filter((p) => p.personId && p.pledgedTitle)
        .map((p) => ({ personId: p.personId!, pledgedTitle: p.pledgedTitle! })),
      targets: movement.items.flatMap((it) => {
        const t = v.targets?.[it.id];
        const value: TargetValue =
          it.targetType === 'DATE'
            ? toLegal(t?.day)
            : it.targetType === 'BOOLEAN'
              ? (t?.flag ?? null)
              : (t?.num ?? null);
        return value === null ? [] : [{ itemId: it.id, value }];
      }),
      ...(reg.id ? { version: reg.version } : {}),
    });
  };
  const personOptions = [
    ...(people.data?.items ?? []).map((p) => ({
      value: p.id,
      label: `${p.fullName}${p.currentPosition ? ` – ${p.currentPosition}` : ''}`,
    })),
    ...reg.persons
      .filter((p) => !(people.data?.items ?? []).some((x) => x.id === p.personId))
      .map((p) => ({ value: p.personId, label: p.fullName })),
  ];

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>Đăng ký thi đua của {reg.unitName}</span>
          <RegistrationStatusTag status={reg.status} />
        </Space>
      }
      data-testid="registration-form"
    >
      {movement.registrationDeadline && (
        <Typography.Paragraph type={late ? 'danger' : 'secondary'}>
          Hạn đăng ký: {formatLegalDate(movement.registrationDeadline)}
          {late ? ' (đã hết hạn)' : ''}
        </Typography.Paragraph>
      )}
      {reg.returnReason && (
        <Alert
          type="warning"
          showIcon
          title={`Bị trả lại: ${reg.returnReason}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <ErrorAlert error={save.error ?? action.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!editable}
        onFinish={(v) => void submit(v).catch(() => undefined)}
      >
        <Form.Item label="Danh hiệu tập thể đăng ký" name="pledgedTitle">
          <Select
            allowClear
            aria-label="Danh hiệu tập thể đăng ký"
            options={(titles?.collective ?? []).map((t) => ({ value: t.code, label: t.name }))}
          />
        </Form.Item>
        <Typography.Title level={5}>Chỉ tiêu của đơn vị theo từng nội dung</Typography.Title>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={movement.items}
          columns={[
            { title: 'STT', dataIndex: 'seq', width: 50 },
            {
              title: 'Nội dung',
              dataIndex: 'title',
              render: (t: string) => (
                <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
                  {t}
                </Typography.Paragraph>
              ),
            },
            {
              title: 'Chỉ tiêu chung',
              width: 140,
              render: (_, it) => formatTargetValue(it.targetType, it.target, it.measureUnit),
            },
            {
              title: 'Đơn vị đăng ký',
              width: 200,
              render: (_, it, i) =>
                it.targetType === 'DATE' ? (
                  <Form.Item name={['targets', it.id, 'day']} style={{ margin: 0 }}>
                    <DatePicker format={DATE_FORMAT} aria-label={`Chỉ tiêu nội dung ${i + 1}`} />
                  </Form.Item>
                ) : it.targetType === 'BOOLEAN' ? (
                  <Form.Item name={['targets', it.id, 'flag']} valuePropName="checked" style={{ margin: 0 }}>
                    <Switch
                      checkedChildren="Cam kết đạt"
                      unCheckedChildren="Chưa"
                      aria-label={`Chỉ tiêu nội dung ${i + 1}`}
                    />
                  </Form.Item>
                ) : (
                  <Form.Item name={['targets', it.id, 'num']} style={{ margin: 0 }}>
                    <InputNumber
                      min={0}
                      max={it.targetType === 'PERCENT' ? 100 : undefined}
                      decimalSeparator=","
                      suffix={it.targetType === 'PERCENT' ? '%' : (it.measureUnit ?? undefined)}
                      aria-label={`Chỉ tiêu nội dung ${i + 1}`}
                    />
                  </Form.Item>
                ),
            },
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          Cá nhân đăng ký danh hiệu
        </Typography.Title>
        <Form.List name="persons">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8}>
                  <Form.Item
                    name={[f.name, 'personId']}
                    style={{ flex: 1, margin: 0 }}
                    rules={[{ required: true, message: 'Chọn cá nhân.' }]}
                  >
                    <Select
                      showSearch={{ filterOption: false, onSearch: setPersonQ }}
                      aria-label="Cá nhân"
                      placeholder="Tìm cán bộ của đơn vị"
                      options={personOptions}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'pledgedTitle']}
                    style={{ width: 280, margin: 0 }}
                    rules={[{ required: true, message: 'Chọn danh hiệu.' }]}
                  >
                    <Select
                      aria-label="Danh hiệu cá nhân"
                      options={(titles?.individual ?? []).map((t) => ({ value: t.code, label: t.name }))}
                    />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label="Bỏ cá nhân" onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ pledgedTitle: 'LDTT' })}>
                Thêm cá nhân
              </Button>
            </Space>
          )}
        </Form.List>
        <Form.Item label="Ghi chú" name="note" style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        {editable && (
          <Space>
            <Button htmlType="submit" loading={save.isPending} data-testid="save-registration">
              Lưu đăng ký
            </Button>
            {reg.id && (
              <Button
                type="primary"
                loading={action.isPending}
                onClick={() => action.mutate({ id: reg.id!, action: 'request-approval' })}
                data-testid="request-approval"
              >
                Trình thủ trưởng duyệt
              </Button>
            )}
          </Space>
        )}
      </Form>
      {canApprove && reg.status === 'PENDING_APPROVAL' && (
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={action.isPending}
          onClick={() => action.mutate({ id: reg.id!, action: 'submit' })}
          data-testid="approve-submit"
        >
          Duyệt và gửi lên
        </Button>
      )}
    </Card>
  );
}
