import { Card, Flex, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, CloseCircleTwoTone, QuestionCircleTwoTone } from '@ant-design/icons';
import { OUTCOME_LABELS, type EligibilityOutcome, type Reason, type Verdict } from '@vinhdanh/shared';

export const OUTCOME_COLORS: Record<EligibilityOutcome, string> = {
  ELIGIBLE: 'green',
  INELIGIBLE: 'red',
  NEEDS_REVIEW: 'orange',
};

/** Outcome tag, plus "chưa xác nhận" when a deciding reason rests on an unconfirmed rule or parameter. */
export function OutcomeTag({ outcome, confirmed }: { outcome: EligibilityOutcome; confirmed: boolean }) {
  return (
    <span>
      <Tag color={OUTCOME_COLORS[outcome]} data-testid="outcome-tag">
        {OUTCOME_LABELS[outcome]}
      </Tag>
      {!confirmed && (
        <Tag color="gold" data-testid="unconfirmed-tag">
          chưa xác nhận
        </Tag>
      )}
    </span>
  );
}

function ReasonIcon({ r }: { r: Reason }) {
  if (r.status === 'MET') return <CheckCircleTwoTone twoToneColor="#52c41a" aria-label="đạt" />;
  if (r.status === 'NOT_MET') return <CloseCircleTwoTone twoToneColor="#f5222d" aria-label="không đạt" />;
  return <QuestionCircleTwoTone twoToneColor="#fa8c16" aria-label="chưa rõ" />;
}

/** One target's verdict: outcome, the Vietnamese reasons an officer can paste into a notice, and citations. */
export function VerdictCard({ verdict }: { verdict: Verdict }) {
  return (
    <Card
      size="small"
      className="vd-verdict"
      data-testid={`verdict-${verdict.target}`}
      title={
        <Flex justify="space-between" align="center" wrap gap={8}>
          <span>{verdict.targetName}</span>
          <OutcomeTag outcome={verdict.outcome} confirmed={verdict.confirmed} />
        </Flex>
      }
      style={{ marginBottom: 12, breakInside: 'avoid' }}
    >
      {verdict.reasons.length === 0 ? (
        <Typography.Text type="secondary">Không có lý do.</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {verdict.reasons.map((r) => (
            <li key={r.rule} style={{ padding: '4px 0' }}>
              <Flex gap={8} align="start">
                <ReasonIcon r={r} />
                <div>
                  <div>{r.message.vi}</div>
                  <Typography.Text type="secondary" italic style={{ fontSize: 12 }}>
                    Căn cứ: {r.citation}
                    {!r.confirmed && ' (chưa xác nhận)'}
                  </Typography.Text>
                </div>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function VerdictList({ verdicts }: { verdicts: Verdict[] }) {
  return (
    <div data-testid="verdict-list">
      {verdicts.map((v) => (
        <VerdictCard key={v.target} verdict={v} />
      ))}
    </div>
  );
}
