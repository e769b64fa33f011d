/** Vietnamese number formatting for messages. */
export const vnd = (n: number): string => `${n.toLocaleString('en-US').replace(/,/g, '.')} đồng`;
export const coef = (n: number): string => String(n).replace('.', ',');
