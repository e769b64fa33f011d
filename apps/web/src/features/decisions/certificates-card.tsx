import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import { DownloadOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  CERTIFICATE_FIELD_KEYS,
  CERTIFICATE_FIELD_LABELS,
  type CertificateTemplate,
  type DecisionDetail,
  type SaveCertificateTemplateInput,
} from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { hasRole, useSession } from '../auth/session';
import { api, buildQuery } from '../../lib/http';
import { useDecisionMutation } from './api';

export function useCertificateTemplates() {
  return useQuery({
    queryKey: ['decisions', 'certificate-templates'],
    queryFn: () => api.get<CertificateTemplate[]>('/certificate-templates'),
  });
}

const modeLabel = (t: CertificateTemplate) =>
  `${t.name} (${t.mode === 'FULL' ? 'in toàn bộ' : 'in trên phôi'}, ${t.paper} ${t.orientation === 'LANDSCAPE' ? 'ngang' : 'dọc'})`;

/** In bằng khen / giấy khen: choose a template, preview the first page, download all as one PDF. */
export function CertificatesCard({ decision: d }: { decision: DecisionDetail }) {
  const templates = useCertificateTemplates();
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [preview, setPreview] = useState(false);
  const [adding, setAdding] = useState(false);
  const { data: session } = useSession();
  const canManage = hasRole(session, 'SYSTEM_ADMIN', 'OFFICER');
  const chosen = templateId ?? templates.data?.[0]?.id;
  const url = (first: boolean) =>
    `/api/v1/decisions/${encodeURIComponent(d.id)}/certificates${buildQuery({
      templateId: chosen,
      first: first ? 'true' : undefined,
    })}`;
  return (
    <Card size="small" title="In bằng khen, giấy khen" style={{ marginBottom: 16 }}>
      <ErrorAlert error={templates.error} />
      <Typography.Paragraph type="secondary">
        Mỗi bằng có mã QR dẫn tới trang xác minh công khai và mã xác minh in rõ; tất cả {d.recipients.length}{' '}
        bằng trong một tệp PDF, mỗi trang một người.
      </Typography.Paragraph>
      <Space wrap>
        <Select
          aria-label="Mẫu in"
          style={{ width: 420 }}
          loading={templates.isLoading}
          value={chosen}
          onChange={(v: string) => {
            setTemplateId(v);
            setPreview(false);
          }}
          options={(templates.data ?? []).map((t) => ({ value: t.id, label: modeLabel(t) }))}
        />
        <Button icon={<EyeOutlined />} disabled={!chosen} onClick={() => setPreview(true)}>
          Xem trước trang đầu
        </Button>
        <Button type="primary" icon={<DownloadOutlined />} disabled={!chosen} href={url(false)} download>
          Tải bằng khen (PDF)
        </Button>
        {canManage && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm mẫu in
          </Button>
        )}
      </Space>
      {preview && chosen && (
        <iframe
          title="Xem trước bằng khen"
          src={url(true)}
          style={{ width: '100%', height: 520, border: '1px solid #ddd', marginTop: 16 }}
        />
      )}
      {adding && (
        <TemplateModal
          issuerUnitId={d.issuerUnitId}
          base={templates.data?.find((t) => t.mode === 'PHOI')}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

function TemplateModal({
  issuerUnitId,
  base,
  onClose,
}: {
  issuerUnitId: string;
  base: CertificateTemplate | undefined;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SaveCertificateTemplateInput>();
  const mode = Form.useWatch('mode', form);
  const save = useDecisionMutation((input: unknown) =>
    api.post<CertificateTemplate>('/certificate-templates', input),
  );
  const { message } = App.useApp();
  return (
    <FormModal
      open
      width={960}
      title="Thêm mẫu in bằng khen, giấy khen"
      okText="Lưu mẫu"
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      initialValues={{
        unitId: issuerUnitId,
        paper: 'A4',
        orientation: 'LANDSCAPE',
        mode: 'PHOI',
        fields: base?.fields ?? [],
      }}
      onSubmit={async (v) => {
        await save.mutateAsync({ ...v, unitId: issuerUnitId, heading: v.heading || null });
        message.success('Đã lưu mẫu in.');
        onClose();
      }}
    >
      <Form.Item name="name" label="Tên mẫu" rules={[{ required: true, message: 'Nhập tên mẫu.' }]}>
        <Input placeholder="Phôi giấy khen UBND quận (khổ A4 ngang)" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="mode" label="Kiểu in">
          <Radio.Group
            options={[
              { value: 'FULL', label: 'In toàn bộ (viền, quốc hiệu, nội dung)' },
              { value: 'PHOI', label: 'In trên phôi (chỉ các trường)' },
            ]}
          />
        </Form.Item>
        <Form.Item name="paper" label="Khổ giấy">
          <Select style={{ width: 90 }} options={[{ value: 'A4' }, { value: 'A3' }]} />
        </Form.Item>
        <Form.Item name="orientation" label="Hướng">
          <Select
            style={{ width: 110 }}
            options={[
              { value: 'LANDSCAPE', label: 'Ngang' },
              { value: 'PORTRAIT', label: 'Dọc' },
            ]}
          />
        </Form.Item>
        <Form.Item name="heading" label="Tiêu đề (in toàn bộ)">
          <Input placeholder="Theo hình thức khen thưởng" style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary">
        Tọa độ tính bằng milimét từ góc trên bên trái tờ giấy; căn giữa thì x là tâm ô chữ.
        {mode === 'FULL' && ' Với kiểu in toàn bộ chỉ dùng vị trí của mã QR.'}
      </Typography.Paragraph>
      <Form.List name="fields">
        {(fields, ops) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} wrap align="baseline">
                <Form.Item name={[f.name, 'key']} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 200 }}
                    aria-label="Trường"
                    options={CERTIFICATE_FIELD_KEYS.map((k) => ({
                      value: k,
                      label: CERTIFICATE_FIELD_LABELS[k],
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'x']} rules={[{ required: true, message: 'x' }]}>
                  <InputNumber addonBefore="x" min={0} max={420} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'y']} rules={[{ required: true, message: 'y' }]}>
                  <InputNumber addonBefore="y" min={0} max={420} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'width']}>
                  <InputNumber addonBefore="rộng" min={1} max={420} style={{ width: 130 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'size']}>
                  <InputNumber addonBefore="cỡ" min={5} max={72} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'align']}>
                  <Select
                    style={{ width: 110 }}
                    allowClear
                    placeholder="căn"
                    options={[
                      { value: 'left', label: 'Trái' },
                      { value: 'center', label: 'Giữa' },
                      { value: 'right', label: 'Phải' },
                    ]}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'bold']} valuePropName="checked">
                  <Checkbox>Đậm</Checkbox>
                </Form.Item>
                <Button type="link" danger onClick={() => ops.remove(f.name)}>
                  Xóa
                </Button>
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => ops.add({ key: 'name', x: 148, y: 90 })}
            >
              Thêm trường
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
