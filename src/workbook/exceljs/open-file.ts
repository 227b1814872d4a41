import ExcelJS from "exceljs";
import { WorkbookError } from "../errors";
import { assertZip } from "../xlsx/file-kind";
import { readFileBytes } from "../xlsx/open-file";

/**
 * Load an .xlsx file with ExcelJS, turning every way it can fail into a WorkbookError
 * with a sentence a programme manager can act on.
 */
export async function loadXlsx(path: string): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const read = await readFileBytes(path);
  const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
  assertZip(bytes, path); // text files, .xls, encrypted and empty files: one sentence each
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError("not-xlsx", `${path} could not be read as an .xlsx workbook: it may be damaged (${(e as Error).message.split("\n")[0]}).`, e);
  }
  return { workbook, bytes };
}
