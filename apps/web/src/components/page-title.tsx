import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';

/** Page heading; also sets the document title. */
export function PageTitle({ title, extra }: { title: string; extra?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} — Vinh Danh`;
  }, [title]);
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {extra}
    </Flex>
  );
}
