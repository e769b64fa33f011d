import {
  App,
  Button,
  Descriptions,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useParams } from 'react-router';
import {
  SCORING_METHOD_LABELS,
  SCORING_ROUND_STATUS_LABELS,
  formatLegalDate,
  type ScoringRound,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { hasRole, useSession } from '../features/auth/session';
import { CLUSTER_ROLE_LABELS } from '../features/clusters/api';
import {
  useOpenRound,
  usePublishRound,
  useScoringResults,
  useScoringRound,
  useScoringTemplate,
} from '../features/scoring/api';
import { ScoreSheetPanel } from '../features/scoring/score-sheet';
import { ResultsTable } from '../features/scoring/results-table';
import { AppealsPanel } from '../features/scoring/appeals-panel';
import { ProposalPanel } from '../features/scoring/proposal-panel';
import { errorMessage } from '../lib/http';
import { STATUS_COLORS } from './scoring-rounds';

const SCORER_ROLES = ['UNIT_CLERK', 'UNIT_HEAD', 'CLUSTER_HEAD', 'OFFICER'] as const;

/** One scoring round: overview and progress, scoring sheet, results, appeals, leading-unit proposal. */
export default function ScoringRoundPage() {
  const { id = '' } = useParams();
  const round = useScoringRound(id);
  const template = useScoringTemplate(round.data?.templateId);
  const { data: session } = useSession();
  const isAdmin = hasRole(session, 'SYSTEM_ADMIN');
  const canManage = isAdmin || hasRole(session, 'OFFICER');
  const r = round.data;
  const published = r?.status === 'PUBLISHED' || r?.status === 'FINAL';
  const results = useScoringResults(id, !!r && (published || canManage) && r.status !== 'DRAFT');
  if (round.error) return <ErrorAlert error={round.error} />;
  if (!r || !template.data) return <Spin size="large" style={{ display: 'block', marginTop: 80 }} />;

  const grants = session?.user.roles ?? [];
  const myUnitIds = r.members
    .map((m) => m.unitId)
    .filter(
      (u) =>
        isAdmin || grants.some((g) => g.unitId === u && (SCORER_ROLES as readonly string[]).includes(g.role)),
    );
  const canPropose = isAdmin || grants.some((g) => g.role === 'CLUSTER_HEAD' && g.unitId === r.headUnitId);

  return (
    <>
      <PageTitle
        title={r.name}
        extra={<Tag color={STATUS_COLORS[r.status]}>{SCORING_ROUND_STATUS_LABELS[r.status]}</Tag>}
      />
      <Tabs
        defaultActiveKey={
          published ? 'ket-qua' : myUnitIds.length > 0 && r.status === 'OPEN' ? 'cham-diem' : 'tong-quan'
        }
        items={[
          {
            key: 'tong-quan',
            label: 'Tổng quan',
            children: <Overview round={r} canManage={canManage} />,
          },
          {
            key: 'cham-diem',
            label: 'Phiếu chấm',
            children: <ScoreSheetPanel round={r} template={template.data} myUnitIds={myUnitIds} />,
          },
          {
            key: 'ket-qua',
            label: 'Kết quả, xếp hạng',
            children:
              r.status === 'DRAFT' || (!published && !canManage) ? (
                <Typography.Text type="secondary">Kết quả hiển thị sau khi công bố.</Typography.Text>
              ) : results.error ? (
                <ErrorAlert error={results.error} />
              ) : results.data ? (
                <ResultsTable roundId={r.id} results={results.data} />
              ) : (
                <Spin />
              ),
          },
          {
            key: 'phuc-khao',
            label: 'Phúc khảo',
            children: (
              <AppealsPanel round={r} template={template.data} myUnitIds={myUnitIds} canManage={canManage} />
            ),
          },
          {
            key: 'de-xuat',
            label: 'Đề xuất dẫn đầu',
            children: <ProposalPanel round={r} results={results.data} canPropose={canPropose} />,
          },
        ]}
      />
    </>
  );
}

function Overview({ round: r, canManage }: { round: ScoringRound; canManage: boolean }) {
  const open = useOpenRound(r.id);
  const publish = usePublishRound(r.id);
  const { message } = App.useApp();
  const name = (id: string) => r.members.find((m) => m.unitId === id)?.name ?? '';
  const cell = (scorer: string, target: string) => {
    const sheet = r.sheets.find((s) => s.scorerUnitId === scorer && s.targetUnitId === target);
    const conflict = r.conflicts.find((c) => c.scorerUnitId === scorer && c.targetUnitId === target);
    if (conflict)
      return (
        <Tooltip title={conflict.reason}>
          <Tag color="red">Xung đột</Tag>
        </Tooltip>
      );
    const assigned =
      scorer === target || r.assignments.some((a) => a.scorerUnitId === scorer && a.targetUnitId === target);
    if (!assigned) return <Typography.Text type="secondary">—</Typography.Text>;
    return sheet ? <Tag color="green">Đã chấm</Tag> : <Tag>Chưa chấm</Tag>;
  };
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Cụm/khối">{r.clusterName}</Descriptions.Item>
        <Descriptions.Item label="Năm">{r.year}</Descriptions.Item>
        <Descriptions.Item label="Mẫu chấm điểm">{r.templateName}</Descriptions.Item>
        <Descriptions.Item label="Cách tổng hợp">
          {SCORING_METHOD_LABELS[r.method]}
          {r.method === 'TRIMMED' && ` (k = ${r.trimK})`}, tự chấm {Math.round(r.selfWeight * 100)}%
        </Descriptions.Item>
        <Descriptions.Item label="Hạn chấm điểm">{formatLegalDate(r.scoringDueOn) || '—'}</Descriptions.Item>
        <Descriptions.Item label="Phúc khảo">
          {r.appealUntil
            ? `đến hết ngày ${formatLegalDate(r.appealUntil)}`
            : `${r.appealDays} ngày sau khi công bố`}
        </Descriptions.Item>
        <Descriptions.Item label="Cách tính" span={2}>
          {r.methodText}
        </Descriptions.Item>
      </Descriptions>
      {canManage && (
        <Space>
          {r.status === 'DRAFT' && (
            <Popconfirm
              title="Mở đợt chấm điểm?"
              description="Các đơn vị bắt đầu tự chấm và chấm chéo; nếu chưa phân công, mọi đơn vị chấm mọi đơn vị khác."
              okText="Mở"
              cancelText="Hủy"
              onConfirm={() => act(() => open.mutateAsync(undefined), 'Đã mở đợt chấm điểm.')}
            >
              <Button type="primary" loading={open.isPending}>
                Mở đợt chấm điểm
              </Button>
            </Popconfirm>
          )}
          {r.status === 'OPEN' && (
            <Popconfirm
              title="Công bố kết quả?"
              description="Kết thúc chấm điểm, công bố xếp hạng và mở thời hạn phúc khảo."
              okText="Công bố"
              cancelText="Hủy"
              onConfirm={() => act(() => publish.mutateAsync(undefined), 'Đã công bố kết quả.')}
            >
              <Button type="primary" loading={publish.isPending}>
                Công bố kết quả
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      <div>
        <Typography.Title level={5}>Tiến độ chấm (hàng: đơn vị chấm, cột: đơn vị được chấm)</Typography.Title>
        <Table
          size="small"
          pagination={false}
          rowKey="unitId"
          scroll={{ x: true }}
          dataSource={r.members}
          columns={[
            {
              title: 'Đơn vị chấm',
              fixed: 'left',
              render: (_, m) => (
                <span>
                  {m.name} {m.role !== 'MEMBER' && <Tag color="gold">{CLUSTER_ROLE_LABELS[m.role]}</Tag>}
                </span>
              ),
            },
            ...r.members.map((t) => ({
              title: name(t.unitId),
              key: t.unitId,
              render: (_: unknown, m: { unitId: string }) => cell(m.unitId, t.unitId),
            })),
          ]}
        />
      </div>
    </Space>
  );
}
