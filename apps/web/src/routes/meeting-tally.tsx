import { Alert, Button, Card, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  BALLOT_CHOICE_LABELS,
  ballotTokenId,
  isBallotToken,
  recountBallots,
  type MeetingItem,
  type Recount,
} from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import { useMeeting, usePublishedBallots } from '../features/councils/api';

const pct = (yes: number, total: number) =>
  total === 0 ? '0' : (Math.round((yes / total) * 1000) / 10).toString().replace('.', ',');

/** Kết quả kiểm phiếu: the frozen tally, a recount in the browser from the published ballots, and receipt check. */
export default function MeetingTallyPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const m = meeting.data;
  const published = usePublishedBallots(id, m?.status === 'CLOSED');
  const [recount, setRecount] = useState<Recount[] | null>(null);
  const [receipt, setReceipt] = useState('');
  const [found, setFound] = useState<{ ok: boolean; text: string } | null>(null);
  if (meeting.isLoading) return <Spin size="large" style={{ display: 'block', marginTop: '20vh' }} />;
  if (!m) return <ErrorAlert error={meeting.error} />;

  const doRecount = async () => {
    const p = published.data!;
    setRecount(
      await recountBallots(p.ballots, Object.fromEntries(p.items.map((i) => [i.itemId, i.publicKey]))),
    );
  };
  const check = async () => {
    const t = receipt.trim().toLowerCase();
    if (!isBallotToken(t)) {
      setFound({ ok: false, text: 'Biên nhận phải gồm 64 ký tự 0–9, a–f.' });
      return;
    }
    // hashed here, searched in the downloaded list: the server does not learn which ballot is checked
    const tokenId = await ballotTokenId(t);
    const b = published.data?.ballots.find((x) => x.tokenId === tokenId);
    const item = m.items.find((i) => i.id === b?.itemId);
    setFound(
      b && item
        ? {
            ok: true,
            text: `Phiếu của bạn đã được tính: ${item.nomineeName} — ${BALLOT_CHOICE_LABELS[b.choice]}.`,
          }
        : { ok: false, text: 'Không tìm thấy phiếu ứng với biên nhận này trong danh sách công bố.' },
    );
  };

  return (
    <>
      <PageTitle
        title={`Kết quả kiểm phiếu: ${m.title}`}
        extra={<Link to={`/hoi-dong/phien-hop/${m.id}`}>Về phiên họp</Link>}
      />
      {m.status !== 'CLOSED' && (
        <Alert type="info" showIcon title="Kết quả và phiếu bầu được công bố sau khi kết thúc phiên họp." />
      )}
      <ErrorAlert error={published.error} />
      <Card title="Kết quả theo từng nội dung" size="small" style={{ marginBottom: 16 }}>
        <Table<MeetingItem>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={m.items}
          aria-label="Kết quả kiểm phiếu"
          columns={[
            { title: 'TT', dataIndex: 'position', width: 50 },
            { title: 'Người/tập thể được đề nghị', dataIndex: 'nomineeName' },
            { title: 'Danh hiệu, hình thức', dataIndex: 'awardName' },
            { title: 'Tổng số thành viên', render: (_, i) => i.result?.membersInOffice ?? '' },
            { title: 'Đồng ý', render: (_, i) => i.result?.yes ?? '' },
            { title: 'Không đồng ý', render: (_, i) => i.result?.no ?? '' },
            { title: 'Không biểu quyết', render: (_, i) => i.result?.abstain ?? '' },
            {
              title: 'Tỷ lệ đồng ý',
              render: (_, i) => (i.result ? `${pct(i.result.yes, i.result.membersInOffice)} %` : ''),
            },
            {
              title: 'Ngưỡng',
              render: (_, i) =>
                i.result ? (
                  <span title={i.result.citation}>
                    {i.result.threshold === null ? 'Quá bán' : `${Math.round(i.result.threshold * 100)} %`}
                    {!i.result.confirmed && <Tag style={{ marginLeft: 4 }}>chưa xác nhận</Tag>}
                  </span>
                ) : (
                  ''
                ),
            },
            {
              title: 'Kết quả',
              render: (_, i) =>
                i.result ? (
                  <Tag color={i.result.passed ? 'success' : 'error'}>
                    {i.result.passed ? 'Đạt' : 'Không đạt'}
                  </Tag>
                ) : null,
            },
            {
              title: 'Kiểm lại',
              render: (_, i) => {
                const r = recount?.find((x) => x.itemId === i.id);
                if (!r || !i.result) return null;
                const same = r.yes === i.result.yes && r.no === i.result.no && r.abstain === i.result.abstain;
                return (
                  <Tag color={same && r.invalid === 0 ? 'green' : 'red'}>{same ? 'Khớp' : 'Không khớp'}</Tag>
                );
              },
            },
          ]}
        />
        {m.items[0]?.result && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            Căn cứ: {m.items[0].result.citation}. Tỷ lệ tính trên tổng số thành viên Hội đồng đương nhiệm,
            không phải số có mặt.
          </Typography.Paragraph>
        )}
      </Card>
      {m.status === 'CLOSED' && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card title="Biên bản (Word, thể thức Nghị định 30/2020)" size="small">
            <Space wrap>
              <a href={`/api/v1/meetings/${m.id}/minutes/bien-ban-hop/docx`} download>
                <Button icon={<FileWordOutlined />}>Tải Biên bản họp</Button>
              </a>
              <a href={`/api/v1/meetings/${m.id}/minutes/bien-ban-kiem-phieu/docx`} download>
                <Button icon={<FileWordOutlined />}>Tải Biên bản kiểm phiếu</Button>
              </a>
            </Space>
          </Card>
          <Card title="Tự kiểm phiếu lại" size="small">
            <Typography.Paragraph>
              Trình duyệt tải danh sách {published.data?.ballots.length ?? '…'} phiếu đã công bố, kiểm tra chữ
              ký của Hội đồng trên từng phiếu trực tuyến và đếm lại.
            </Typography.Paragraph>
            <Button onClick={doRecount} disabled={!published.data}>
              Kiểm phiếu lại
            </Button>
          </Card>
          <Card title="Kiểm tra phiếu của tôi" size="small">
            <Space.Compact style={{ width: '100%', maxWidth: 720 }}>
              <Input
                aria-label="Biên nhận phiếu bầu"
                placeholder="Dán biên nhận (64 ký tự)"
                value={receipt}
                onChange={(e) => setReceipt(e.target.value)}
              />
              <Button type="primary" onClick={check} disabled={!published.data}>
                Kiểm tra
              </Button>
            </Space.Compact>
            {found && (
              <Alert
                style={{ marginTop: 12 }}
                type={found.ok ? 'success' : 'warning'}
                showIcon
                title={found.text}
              />
            )}
          </Card>
        </Space>
      )}
    </>
  );
}
