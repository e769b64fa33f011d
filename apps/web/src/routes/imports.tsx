import { Alert, Button, Card, Progress, Space, Steps, Tabs, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import type { Job } from '@vinhdanh/shared';
import { PageTitle } from '../components/page-title';
import { ErrorAlert } from '../components/error-alert';
import {
  AWARDS_TEMPLATE_URL,
  PEOPLE_TEMPLATE_URL,
  readImportResult,
  useUploadAwards,
  useUploadPeople,
} from '../features/imports/api';
import { ImportResultView } from '../features/imports/import-result-view';
import { isFinished, jobPercent, useJob } from '../features/jobs/api';

const MAX_BYTES = 10 * 1024 * 1024;

export default function ImportsPage() {
  return (
    <>
      <PageTitle title="Nhập dữ liệu" />
      <Tabs
        items={[
          {
            key: 'people',
            label: 'Cán bộ',
            children: (
              <ImportPanel
                kind="people"
                templateUrl={PEOPLE_TEMPLATE_URL}
                useUpload={useUploadPeople}
                help="Tải tệp mẫu, điền mỗi cán bộ một dòng (ngày ghi theo dạng dd/mm/yyyy), rồi tải tệp lên. Cán bộ đã có (trùng số CCCD hoặc mã cán bộ) sẽ được cập nhật; dòng lỗi được liệt kê để sửa và nhập lại."
              />
            ),
          },
          {
            key: 'awards',
            label: 'Khen thưởng đã có (sổ vàng)',
            children: (
              <ImportPanel
                kind="awards"
                templateUrl={AWARDS_TEMPLATE_URL}
                useUpload={useUploadAwards}
                help="Tải tệp mẫu, điền mỗi khen thưởng một dòng: cá nhân theo Số CCCD hoặc Mã cán bộ (người đã có trong hệ thống), tập thể theo Mã đơn vị; danh hiệu theo mã hoặc tên. Mỗi khen thưởng được cấp mã xác minh. Nhập lại cùng tệp không tạo bản ghi trùng (nhận ra theo người hoặc đơn vị, danh hiệu, số và ngày quyết định)."
              />
            ),
          },
        ]}
      />
    </>
  );
}

function ImportPanel({
  kind,
  templateUrl,
  useUpload,
  help,
}: {
  kind: 'people' | 'awards';
  templateUrl: string;
  useUpload: typeof useUploadPeople;
  help: string;
}) {
  const t = (id: string) => (kind === 'people' ? id : id.replace('import-', 'import-awards-'));
  const input = useRef<HTMLInputElement>(null);
  const upload = useUpload();
  const [job0, setJob0] = useState<Job | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const { data: job, error: pollError } = useJob(job0?.id ?? null, job0 ?? undefined);
  const result = job?.status === 'DONE' ? readImportResult(job.result) : null;
  const busy = upload.isPending || (!!job && !isFinished(job));

  const onFile = async (f: File | undefined) => {
    setLocalError(null);
    upload.reset();
    setJob0(null);
    if (!f) return;
    if (!/\.xlsx$/i.test(f.name)) return setLocalError('Chỉ nhận tệp Excel (.xlsx).');
    if (f.size > MAX_BYTES) return setLocalError('Tệp vượt quá 10 MB.');
    setFileName(f.name);
    try {
      setJob0(await upload.mutateAsync(f));
    } catch {
      /* shown from upload.error */
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const step = !job ? (upload.isPending ? 1 : 0) : isFinished(job) ? 2 : 1;

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={step}
          status={
            job?.status === 'FAILED' || upload.isError
              ? 'error'
              : job?.status === 'DONE'
                ? 'finish'
                : 'process'
          }
          items={[
            { title: 'Tải mẫu và điền dữ liệu' },
            { title: 'Tải tệp lên và xử lý' },
            { title: 'Xem kết quả' },
          ]}
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph>{help}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={templateUrl} download data-testid={t('import-template')}>
            Tải tệp mẫu (.xlsx)
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid={t('import-upload-input')}
            aria-label="Chọn tệp Excel để nhập"
            style={{ display: 'none' }}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={busy}
            onClick={() => input.current?.click()}
          >
            Chọn tệp và nhập
          </Button>
          {fileName && <Typography.Text type="secondary">{fileName}</Typography.Text>}
        </Space>
      </Card>

      {localError && <Alert type="error" showIcon title={localError} style={{ marginBottom: 16 }} />}
      <ErrorAlert error={upload.error ?? pollError} />

      {job && (
        <Card size="small" title="Tiến trình" style={{ marginBottom: 16 }} data-testid={t('import-progress')}>
          <Progress
            percent={jobPercent(job)}
            status={job.status === 'FAILED' ? 'exception' : job.status === 'DONE' ? 'success' : 'active'}
          />
          <Typography.Text type="secondary">
            {job.status === 'QUEUED' && 'Đang chờ xử lý…'}
            {job.status === 'RUNNING' &&
              `Đang xử lý ${job.progress.toLocaleString('vi-VN')}${job.total ? ` / ${job.total.toLocaleString('vi-VN')}` : ''} dòng…`}
            {job.status === 'DONE' && 'Đã xử lý xong.'}
            {job.status === 'FAILED' && 'Tác vụ thất bại.'}
          </Typography.Text>
          {job.status === 'FAILED' && (
            <Alert
              type="error"
              showIcon
              title={job.error?.message ?? 'Nhập dữ liệu thất bại.'}
              style={{ marginTop: 12 }}
            />
          )}
        </Card>
      )}
      {result && (
        <Card size="small" title="Kết quả nhập">
          <ImportResultView result={result} />
        </Card>
      )}
    </>
  );
}
