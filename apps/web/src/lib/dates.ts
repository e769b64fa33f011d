import dayjs, { type Dayjs } from 'dayjs';
import { formatLegalDate } from '@vinhdanh/shared';

/** The display format of every DatePicker in the app. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** Today's legal date (YYYY-MM-DD) in the browser's time zone. */
export function todayLegal(): string {
  return dayjs().format('YYYY-MM-DD');
}

export function toLegal(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

export function fromLegal(s: string | null | undefined): Dayjs | null {
  if (!s) return null;
  const d = dayjs(s);
  return d.isValid() ? d : null;
}

/** An instant (ISO timestamp) as dd/mm/yyyy HH:mm in local time. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : iso;
}

/** "01/01/2020 – nay" style period. */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  return `${from ? formatLegalDate(from) : '…'} – ${to ? formatLegalDate(to) : 'nay'}`;
}
