import { describe, expect, it } from 'vitest';
import { systemContext } from '../app';
import { createTestApp, login } from '../test/harness';
import { seedDemo } from './seed-demo';
import { BA_DINH_2020 } from './demo-movements';

const t = await createTestApp({ today: '2026-10-01' });
const logins = await seedDemo(systemContext(t.deps));
const as = async (username: string) => {
  const l = logins.find((x) => x.username === username)!;
  return login(t.app, l.username, l.password);
};

describe('dữ liệu mẫu: đợt thi đua cao điểm 2020 của quận Ba Đình', () => {
  it('đúng như bài báo 28/02/2020: tên, đơn vị và người phát động, ngày và sự kiện phát động, 7 nội dung, các mốc Đại hội', async () => {
    const h = await as('canbo.tdkt.badinh');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/movements?q=dai%20hoi%20dang%20bo%20quan%20lan%20thu%2026',
      headers: h,
    });
    expect(list.json().total).toBe(1);
    const id = list.json().items[0].id;
    const m = (await t.app.inject({ method: 'GET', url: `/api/v1/movements/${id}`, headers: h })).json();
    expect(m).toMatchObject({
      name: 'Đợt thi đua cao điểm chào mừng Đại hội Đảng bộ quận lần thứ 26 tiến tới Đại hội lần thứ 17 Đảng bộ TP Hà Nội và Đại hội lần thứ 13 của Đảng',
      kind: 'DOT',
      status: 'LAUNCHED',
      launchingUnitName: 'Ủy ban nhân dân quận Ba Đình',
      signerName: 'Tạ Nam Chiến',
      signerPosition: 'Phó Bí thư Quận ủy, Chủ tịch UBND quận Ba Đình',
      launchDate: '2020-02-27',
      slug: 'dot-thi-dua-cao-diem-chao-mung-dai-hoi-dang-bo-quan-ba-dinh-lan-thu-26',
    });
    expect(m.launchEvent).toContain('90 năm Ngày thành lập Đảng bộ TP Hà Nội (17/3/1930 – 17/3/2020)');
    expect(m.items).toHaveLength(7);
    expect(m.items[2]).toMatchObject({ targetType: 'PERCENT', target: 100 });
    expect(m.items[0].title).toContain('Nghị quyết 15/NQ-TU ngày 04/7/2017');
    expect(m.items[6].title).toContain('Năm trật tự và văn minh đô thị 2020');
    expect(m.milestones.map((x: { name: string }) => x.name)).toEqual(
      BA_DINH_2020.milestones.map((x) => x.name),
    );
    expect(m.milestones.filter((x: { kind: string }) => x.kind === 'SU_KIEN')).toHaveLength(3);
    expect(m.participants.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Phường Phúc Xá', 'Phường Quán Thánh', 'Ủy ban nhân dân quận Ba Đình']),
    );
    expect(m.launchProblems).toEqual([]);
  });

  it('văn thư phường Phúc Xá thấy thông báo phát động trong hộp thư', async () => {
    const h = await as('vanthu.phucxa');
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: h })).json();
    expect(inbox.items.map((n: { title: string }) => n.title)).toContain(`Phát động: ${BA_DINH_2020.name}`);
  });
});
