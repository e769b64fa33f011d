// Diacritic folding is shared with the server (packages/shared/src/text.ts).
export { foldVietnamese, matchesVietnamese } from '@vinhdanh/shared';
