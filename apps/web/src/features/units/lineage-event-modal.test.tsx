import '../../test/setup-dom';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { UnitDetail } from '@vinhdanh/shared';
import dayjs from 'dayjs';
import { LineageEventModal, toLineageInput } from './lineage-event-modal';

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

describe('toLineageInput', () => {
  const base = { eventDate: dayjs('2025-07-01'), legalBasis: '  Nghị quyết 1656/NQ-UBTVQH15  ', note: '' };

  it('đổi tên: một đơn vị và tên mới', () => {
    expect(toLineageInput({ ...base, kind: 'RENAME', fromUnitIds: 'u1', newName: ' Phường Mới ' })).toEqual({
      kind: 'RENAME',
      eventDate: '2025-07-01',
      legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
      note: null,
      fromUnitIds: ['u1'],
      toUnitIds: [],
      newUnits: [],
      newName: 'Phường Mới',
    });
  });

  it('sáp nhập vào đơn vị mới: gửi newUnits, không gửi toUnitIds', () => {
    const r = toLineageInput({
      ...base,
      kind: 'MERGE',
      target: 'new',
      fromUnitIds: ['a', 'b'],
      toUnitIds: ['x'],
      newUnits: [
        { code: 'p_moi', name: 'Phường Mới', kind: 'XA', parentId: 'hn', hasLegalPersonality: true },
      ],
    });
    expect(r.fromUnitIds).toEqual(['a', 'b']);
    expect(r.toUnitIds).toEqual([]);
    expect(r.newUnits).toEqual([
      { code: 'P_MOI', name: 'Phường Mới', kind: 'XA', parentId: 'hn', hasLegalPersonality: true },
    ]);
  });

  it('chuyển đơn vị cấp trên: gửi newParentId', () => {
    const r = toLineageInput({ ...base, kind: 'TRANSFER', fromUnitIds: ['a'], newParentId: 'p' });
    expect(r.newParentId).toBe('p');
    expect(r.newName).toBeUndefined();
  });
});
