import type { OfficialDocument } from './model';

/**
 * A complete sample decision (quyết định khen thưởng with an attached list), used by the documents tests and by
 * `npm run cli -- documents sample` style manual checks. Names are the demo's, not real people.
 */
export function sampleDecision(recipients = 3, number: number | null = 5): OfficialDocument {
  const names = ['Nguyễn Thị Hương', 'Trần Văn Đức', 'Lê Thị Thu Hằng', 'Phạm Quốc Việt', 'Đỗ Minh Ngọc'];
  const rows = Array.from({ length: recipients }, (_, i) => [
    String(i + 1),
    names[i % names.length]! + (i >= names.length ? ` ${i + 1}` : ''),
    'Chuyên viên, Phòng Nội vụ quận Ba Đình',
    'Lao động tiên tiến',
    '710.000',
  ]);
  return {
    header: {
      parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
      issuingBody: 'Ủy ban nhân dân quận Ba Đình',
      number,
      symbol: 'QĐ-UBND',
      place: 'Ba Đình',
      date: '2021-01-05',
    },
    typeName: 'QUYẾT ĐỊNH',
    subject:
      'Về việc tặng Giấy khen cho các cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2020',
    authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH',
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Xét đề nghị của Trưởng phòng Nội vụ quận',
    ],
    blocks: [
      { kind: 'centered', text: 'QUYẾT ĐỊNH:', bold: true },
      {
        kind: 'article',
        number: 1,
        paragraphs: [
          `Tặng Giấy khen cho ${recipients} cá nhân đã có thành tích xuất sắc trong phong trào thi đua năm 2020 (có danh sách kèm theo).`,
        ],
      },
      {
        kind: 'article',
        number: 2,
        paragraphs: ['Mỗi cá nhân được tặng Giấy khen kèm theo mức tiền thưởng theo quy định hiện hành.'],
      },
      {
        kind: 'article',
        number: 3,
        paragraphs: [
          'Chánh Văn phòng Ủy ban nhân dân quận, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
        ],
      },
    ],
    recipients: ['Như Điều 3', 'Thường trực Quận ủy', 'Lưu: VT, NV'],
    signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Văn Thắng' },
    annexes: [
      {
        title: 'Danh sách cá nhân được tặng Giấy khen',
        columns: [
          { header: 'STT', width: 7, align: 'center' },
          { header: 'Họ và tên', width: 26 },
          { header: 'Chức vụ, đơn vị công tác', width: 38 },
          { header: 'Danh hiệu, hình thức', width: 18 },
          { header: 'Tiền thưởng (đồng)', width: 14, align: 'right' },
        ],
        rows,
        totalRow: ['', 'Tổng cộng', '', '', '2.130.000'],
      },
    ],
  };
}
