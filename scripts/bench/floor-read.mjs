// The floor `wsoa check` is measured against: a Node process that only loads ExcelJS, the
// library a user would pick, and reads the workbook. `node scripts/bench/floor-read.mjs FILE`
import ExcelJS from "exceljs";

const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(process.argv[2]);
