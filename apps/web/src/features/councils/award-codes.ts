/** Titles and award forms a council votes on (codes of the rules catalogue). */
export const COUNCIL_AWARD_CODES: { value: string; label: string }[] = [
  { value: 'CSTD_CO_SO', label: 'Chiến sĩ thi đua cơ sở' },
  { value: 'CSTD_BO_TINH', label: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh' },
  { value: 'CSTD_TOAN_QUOC', label: 'Chiến sĩ thi đua toàn quốc' },
  { value: 'CO_THI_DUA_BO_TINH', label: 'Cờ thi đua của bộ, ban, ngành, tỉnh' },
  { value: 'CO_THI_DUA_CHINH_PHU', label: 'Cờ thi đua của Chính phủ' },
  { value: 'BANG_KHEN_BO_TINH', label: 'Bằng khen của bộ, ban, ngành, tỉnh' },
  { value: 'BANG_KHEN_THU_TUONG', label: 'Bằng khen của Thủ tướng Chính phủ' },
  { value: 'HCLD_HANG_BA', label: 'Huân chương Lao động hạng Ba' },
  { value: 'GIAY_KHEN', label: 'Giấy khen' },
];
