/**
 * The shared model of an administrative document laid out per Nghị định 30/2020/NĐ-CP (Phụ lục I; Mẫu 1.2 for a
 * quyết định cá biệt, Mẫu 2.1 for an attached list). One model feeds both renderers (`renderDocx`, `renderPdf`), so
 * a decision, a tờ trình, a biên bản or a danh sách look the same in Word and in PDF.
 *
 * Everything here is plain data: callers build the texts (căn cứ, điều khoản, nơi nhận) from their own rows; the
 * renderers only lay them out. Legal dates are `YYYY-MM-DD` strings.
 */

/** Ô 1–4: the two-column header. */
export interface DocumentHeader {
  /** Ô 2: tên cơ quan, tổ chức chủ quản trực tiếp (upright, upper case), e.g. "UBND THÀNH PHỐ HÀ NỘI". */
  parentBody?: string | null;
  /** Ô 2: tên cơ quan, tổ chức ban hành (bold, upper case), e.g. "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH". */
  issuingBody: string;
  /** Ô 3: the number in the register; `null` for a draft (the number is left blank for the văn thư). */
  number?: number | null;
  /** Ô 3: ký hiệu, e.g. "QĐ-UBND" (organisation data, Phụ lục I II.3.b). */
  symbol: string;
  /** Ô 4: địa danh, e.g. "Ba Đình". */
  place: string;
  /** Ô 4: ngày ban hành (`YYYY-MM-DD`); `null` for a draft (blanks are printed). */
  date?: string | null;
}

/** Ô 7: quyền hạn, chức vụ, họ tên người ký. */
export interface DocumentSigner {
  /** Quyền hạn line, e.g. "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; omitted when the head signs in person. */
  authority?: string | null;
  /** Chức vụ, e.g. "PHÓ CHỦ TỊCH", "CHỦ TỊCH". */
  title: string;
  /** Họ tên (no academic titles, NĐ 30). Empty for a draft to be signed by whoever holds the office. */
  name: string;
}

/** One block of the content (ô 6). */
export type DocumentBlock =
  /** A body paragraph: justified, first line indented 1 cm. */
  | { kind: 'paragraph'; text: string; italic?: boolean; bold?: boolean }
  /** A centred line, e.g. "QUYẾT ĐỊNH:" before the articles. */
  | { kind: 'centered'; text: string; bold?: boolean; italic?: boolean }
  /** "Điều 1. <title>" in bold, then the article's paragraphs (khoản "1.", điểm "a)" are plain text). */
  | { kind: 'article'; number: number; title?: string; paragraphs: string[] };

/** A column of an attached list. `width` is relative (the columns share the page width in proportion). */
export interface AnnexColumn {
  header: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** Phụ lục / danh sách kèm theo (Phụ lục I Phần I Mục III.1, Mẫu 2.1). Page numbers restart in each annex. */
export interface DocumentAnnex {
  /** "Phụ lục I" when the document has two or more annexes; omitted for a single attached list. */
  label?: string | null;
  /** Tên phụ lục (upper case, bold), e.g. "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN". */
  title: string;
  /**
   * The italic reference line under the title. When omitted it is built from the parent document:
   * "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2021 của Chủ tịch Ủy ban nhân dân quận Ba Đình)".
   */
  reference?: string | null;
  columns: AnnexColumn[];
  rows: string[][];
  /** Optional last row in bold (e.g. "Tổng cộng"). */
  totalRow?: string[] | null;
  /** Wide lists may be printed landscape (A4 stays the paper size). */
  landscape?: boolean;
}

export interface OfficialDocument {
  header: DocumentHeader;
  /** Ô 5a: tên loại, e.g. "QUYẾT ĐỊNH", "TỜ TRÌNH", "BIÊN BẢN". */
  typeName: string;
  /** Ô 5a: trích yếu, e.g. "Về việc khen thưởng …". */
  subject?: string | null;
  /** Ô 9a: "Kính gửi: …" for a tờ trình or công văn. */
  addressees?: string[];
  /** Thẩm quyền ban hành (upper, bold, centred), e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH". */
  authority?: string | null;
  /**
   * Căn cứ ban hành (italic). Each line is printed as given; the renderers add ";" to every line but the last and
   * "." to the last when the caller left the punctuation off.
   */
  bases?: string[];
  blocks: DocumentBlock[];
  /** Ô 9b: nơi nhận, each printed after "- " (the last one is usually "Lưu: VT, TĐKT."). */
  recipients?: string[];
  signer?: DocumentSigner | null;
  annexes?: DocumentAnnex[];
  /** Document metadata (DOCX core properties, PDF info). Defaults to the type name and subject. */
  title?: string;
}

const TYPE_NAME_CASE: Record<string, string> = {
  'QUYẾT ĐỊNH': 'Quyết định',
  'TỜ TRÌNH': 'Tờ trình',
  'BIÊN BẢN': 'Biên bản',
  'BÁO CÁO': 'Báo cáo',
  'KẾ HOẠCH': 'Kế hoạch',
  'THÔNG BÁO': 'Thông báo',
  'NGHỊ QUYẾT': 'Nghị quyết',
};

/** "05": numbers below 10 get a leading zero (Phụ lục I Mục II, ô 3 and ô 4). */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Ô 3: "Số: 05/QĐ-UBND", or "Số:      /QĐ-UBND" for a draft. */
export function numberLine(header: DocumentHeader): string {
  const n = header.number == null ? '      ' : pad2(header.number);
  return `Số: ${n}/${header.symbol}`;
}

/** "ngày 05 tháng 01 năm 2021" (day below 10 and months 1–2 padded, NĐ 30 ô 4). */
export function vietnameseDateWords(date: string | null | undefined): string {
  if (!date) return 'ngày      tháng      năm ';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/** Ô 4: "Ba Đình, ngày 05 tháng 01 năm 2021". */
export function placeDateLine(header: DocumentHeader): string {
  return `${header.place}, ${vietnameseDateWords(header.date)}`.trimEnd();
}

/** The default reference line of an annex, Mẫu 2.1: "(Kèm theo Quyết định số … ngày … của …)". */
export function annexReference(doc: OfficialDocument): string {
  const kind = TYPE_NAME_CASE[doc.typeName.toUpperCase()] ?? 'Văn bản';
  const n = doc.header.number == null ? '      ' : pad2(doc.header.number);
  const issuer = doc.authority ? sentenceCase(doc.authority) : sentenceCase(doc.header.issuingBody);
  return `(Kèm theo ${kind} số ${n}/${doc.header.symbol} ${vietnameseDateWords(doc.header.date)} của ${issuer})`;
}

/** Căn cứ lines with the punctuation NĐ 30 asks for (";" after each, "." after the last). */
export function punctuatedBases(bases: string[]): string[] {
  return bases.map((b, i) => {
    const t = b.trim().replace(/[;.,]+$/, '');
    return i === bases.length - 1 ? `${t}.` : `${t};`;
  });
}

/**
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH" → "Chủ tịch Ủy ban nhân dân quận Ba Đình": the common words of an office are
 * lower-cased after the first; proper names (the words after the administrative level) keep capitals.
 */
export function sentenceCase(upper: string): string {
  const words = upper.toLocaleLowerCase('vi').split(/\s+/);
  const levels = new Set(['quận', 'huyện', 'thị', 'xã', 'phường', 'tỉnh', 'thành', 'đặc']);
  let proper = false;
  return words
    .map((w, i) => {
      if (i === 0) return cap(w);
      if (proper) return cap(w);
      if ((w === 'ủy' || w === 'uỷ') && words[i + 1] === 'ban') return cap(w);
      if (w === 'sở') {
        proper = true;
        return cap(w);
      }
      if (levels.has(w)) {
        // "thành phố Hà Nội", "thị xã Sơn Tây", "thị trấn …": the level word(s) stay lower, the name is capitalised.
        const next = words[i + 1];
        if (!(w === 'thành' && next === 'phố') && !(w === 'thị' && (next === 'xã' || next === 'trấn')))
          proper = true;
        if (w === 'đặc') proper = false;
      }
      if (w === 'phố' || w === 'trấn' || w === 'khu' || (w === 'xã' && words[i - 1] === 'thị')) proper = true;
      return w;
    })
    .join(' ');
}

function cap(w: string): string {
  return w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
}

/** Every visible text of a document, in reading order (used for metadata and by tests). */
export function documentTitle(doc: OfficialDocument): string {
  return doc.title ?? [doc.typeName, doc.subject].filter(Boolean).join(' ');
}
