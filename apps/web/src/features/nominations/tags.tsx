import { Tag } from 'antd';
import {
  DOSSIER_STATUS_LABELS,
  NOMINATION_STEP_LABELS,
  type DossierStatus,
  type EligibilityOutcome,
  type NominationStatus,
} from '@vinhdanh/shared';

const DOSSIER_COLORS: Record<DossierStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  APPRAISED: 'success',
  CLOSED: 'default',
};
export function DossierStatusTag({ status }: { status: DossierStatus }) {
  return (
    <Tag color={DOSSIER_COLORS[status]} data-testid="dossier-status">
      {DOSSIER_STATUS_LABELS[status]}
    </Tag>
  );
}

const NOMINATION_COLORS: Record<NominationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  APPRAISED_PASSED_TO_COUNCIL: 'cyan',
  COUNCIL_PASSED: 'success',
  COUNCIL_REJECTED: 'error',
  DECIDED: 'green',
  WITHDRAWN: 'default',
  REVOKED: 'error',
};
export function NominationStatusTag({ status }: { status: NominationStatus }) {
  return (
    <Tag color={NOMINATION_COLORS[status]} data-testid="nomination-status">
      {NOMINATION_STEP_LABELS[status]}
    </Tag>
  );
}

/** The engine's verdict in the short form officers use: ĐỦ / CHƯA ĐỦ / CẦN XEM XÉT. */
const VERDICT: Record<EligibilityOutcome, [string, string]> = {
  ELIGIBLE: ['ĐỦ', 'green'],
  INELIGIBLE: ['CHƯA ĐỦ', 'red'],
  NEEDS_REVIEW: ['CẦN XEM XÉT', 'orange'],
};
export function VerdictTag({
  outcome,
  confirmed,
}: {
  outcome: EligibilityOutcome | null;
  confirmed?: boolean;
}) {
  if (!outcome) return <Tag>Chưa xét</Tag>;
  const [label, color] = VERDICT[outcome];
  return (
    <span>
      <Tag color={color} data-testid="verdict-tag">
        {label}
      </Tag>
      {confirmed === false && <Tag color="gold">chưa xác nhận</Tag>}
    </span>
  );
}
