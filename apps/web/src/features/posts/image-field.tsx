import { Button, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useRef, useState } from 'react';
import { errorMessage } from '../../lib/http';
import { previewUrl, uploadPostImage } from './api';

/** A form control holding an uploaded image's file id: choose a PNG/JPEG, upload it, show a preview. */
export function ImageField({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pick = async (f: File | undefined) => {
    if (!f) return;
    setBusy(true);
    setError(null);
    try {
      const up = await uploadPostImage(f);
      onChange?.(up.fileId);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {value && (
        <img
          src={previewUrl(value)}
          alt="Ảnh đã tải lên"
          style={{ maxWidth: 320, maxHeight: 180, borderRadius: 4 }}
        />
      )}
      <input
        ref={input}
        id={id}
        type="file"
        accept="image/png,image/jpeg"
        style={{ display: 'none' }}
        onChange={(e) => void pick(e.target.files?.[0])}
        data-testid="post-image-input"
      />
      <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {value ? 'Thay ảnh' : 'Chọn ảnh (PNG, JPEG)'}
      </Button>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}
