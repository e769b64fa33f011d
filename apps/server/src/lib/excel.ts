// The one entry point to exceljs in the server: applies the UTF-8 chunk-boundary fix first. exceljs is
// required (not imported) so that it loads after the fix: ESM would link a static CommonJS import first.
import './exceljs-utf8';
import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';

const require = createRequire(import.meta.url);
const ExcelJS = require('exceljs') as typeof ExcelJSModule;

export default ExcelJS;
export type { CellValue, Workbook, Worksheet } from 'exceljs';
