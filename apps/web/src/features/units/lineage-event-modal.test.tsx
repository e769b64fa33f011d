import '../../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { UnitDetail } from '@vinhdanh/shared';
import { LineageEventModal } from './lineage-event-modal';

const unit: UnitDetail = {
  id: 'u1',
  code: 'P_BA_DINH',
  name: 'Phường Ba Đình',
  shortName: null,
  kind: 'XA',
  parentId: null,
  hasLegalPersonality: true,
  validFrom: '2025-07-01',
  validTo: null,
  field: null,
  address: null,
  versions: [],
  events: [],
  predecessors: [],
  successors: [],
};

describe('LineageEventModal', () => {
  it('điền sẵn đơn vị đang chọn (kể cả trong StrictMode)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ asOf: '2026-01-01', units: [unit] }), { status: 200 })),
    );
    const ui = (open: boolean, u: UnitDetail | null) => (
      <StrictMode>
        <QueryClientProvider client={new QueryClient()}>
          <App>
            <LineageEventModal unit={u} open={open} onClose={() => {}} />
          </App>
        </QueryClientProvider>
      </StrictMode>
    );
    const { rerender } = render(ui(false, null));
    rerender(ui(true, unit));
    await waitFor(() => expect(screen.getByTitle('Phường Ba Đình')).toBeTruthy());
    vi.unstubAllGlobals();
  });
});
