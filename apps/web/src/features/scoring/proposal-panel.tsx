import { Alert, App, Button, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import type { ScoringResults, ScoringRound } from '@vinhdanh/shared';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstant } from '../../lib/dates';
import { useProposals, usePropose } from './api';

const TITLES = [
  { value: 'CO_THI_DUA_BO_TINH', label: 'Cờ thi đua của Bộ, ban, ngành, tỉnh' },
  { value: 'CO_THI_DUA_CHINH_PHU', label: 'Cờ thi đua của Chính phủ' },
];

/** Trưởng cụm/khối đề xuất đơn vị dẫn đầu from the final result (feeds the Cờ thi đua nomination). */
export function ProposalPanel({
  round,
  results,
  canPropose,
}: {
  round: ScoringRound;
  results: ScoringResults | undefined;
  canPropose: boolean;
}) {
  const proposals = useProposals(round.id);
  const propose = usePropose(round.id);
  const [form] = Form.useForm<{ unitId: string; titleCode?: string; reason: string }>();
  const { message } = App.useApp();
  const current = proposals.data?.[0];
  const top = results?.ranking[0];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {current ? (
        <Descriptions bordered size="small" column={1} title="Đề xuất đơn vị dẫn đầu">
          <Descriptions.Item label="Đơn vị">{current.unitName}</Descriptions.Item>
          <Descriptions.Item label="Hạng, tổng điểm">
            Hạng {current.rank}, {current.total.toLocaleString('vi-VN')} điểm (kết quả phiên bản{' '}
            {current.resultVersion})
          </Descriptions.Item>
          <Descriptions.Item label="Đề nghị">
            {TITLES.find((t) => t.value === current.titleCode)?.label ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Lý do">{current.reason}</Descriptions.Item>
          <Descriptions.Item label="Đề xuất lúc">{formatInstant(current.proposedAt)}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">Chưa có đề xuất đơn vị dẫn đầu.</Typography.Text>
      )}
      {round.status !== 'FINAL' && (
        <Alert
          type="info"
          showIcon
          title="Trưởng cụm/khối đề xuất đơn vị dẫn đầu khi kết quả đã chính thức (hết thời hạn phúc khảo, các đơn phúc khảo đã được giải quyết)."
        />
      )}
      {canPropose && round.status === 'FINAL' && results && (
        <Form
          form={form}
          layout="vertical"
          style={{ maxWidth: 640 }}
          initialValues={{ unitId: top?.unitId, titleCode: 'CO_THI_DUA_BO_TINH' }}
          onFinish={async (v) => {
            try {
              await propose.mutateAsync({
                unitId: v.unitId,
                titleCode: v.titleCode ?? null,
                reason: v.reason,
              });
              message.success('Đã gửi đề xuất đơn vị dẫn đầu.');
            } catch {
              /* shown below */
            }
          }}
        >
          <ErrorAlert error={propose.error} />
          <Form.Item name="unitId" label="Đơn vị dẫn đầu" rules={[{ required: true }]}>
            <Select
              options={results.ranking.map((r) => ({
                value: r.unitId,
                label: `Hạng ${r.rank} – ${r.name} (${r.total.toLocaleString('vi-VN')} điểm)`,
              }))}
            />
          </Form.Item>
          <Form.Item name="titleCode" label="Đề nghị danh hiệu">
            <Select allowClear options={TITLES} />
          </Form.Item>
          <Form.Item
            name="reason"
            label="Thành tích, lý do đề xuất"
            rules={[{ required: true, message: 'Nhập lý do đề xuất.' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={propose.isPending}>
            {current ? 'Đề xuất lại' : 'Gửi đề xuất'}
          </Button>
        </Form>
      )}
    </Space>
  );
}
