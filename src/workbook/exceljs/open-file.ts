import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { WorkbookError } from "../errors";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The whole file, read once. */
async function fileBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookError("not-found", `${path}: no such file.`, e);
    if (code === "EISDIR") throw new WorkbookError("not-xlsx", `${path} is a folder, not a workbook.`, e);
    throw new WorkbookError("not-found", `${path} cannot be read (${code ?? "unknown error"}).`, e);
  }
}

const startsWith = (b: Buffer, magic: number[]) => magic.every((m, i) => b[i] === m);

/**
 * Load an .xlsx file with ExcelJS, turning every way it can fail into a WorkbookError
 * with a sentence a programme manager can act on.
 */
export async function loadXlsx(path: string): Promise<{ workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const bytes = await fileBytes(path);
  const head = bytes.subarray(0, 8);
  if (head.length === 0) throw new WorkbookError("not-xlsx", `${path} is an empty file, not a workbook.`);
  if (startsWith(head, OLE))
    throw new WorkbookError("encrypted", `${path} is password-protected or an old .xls workbook: open it in Excel, remove the password or save it as .xlsx, and try again.`);
  if (!startsWith(head, ZIP))
    throw new WorkbookError("not-xlsx", `${path} is not an .xlsx workbook (it looks like ${/^[\x09\x0a\x0d\x20-\x7e]+$/.test(head.toString("latin1")) ? "a text file" : "some other kind of file"}).`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookError("not-xlsx", `${path} could not be read as an .xlsx workbook: it may be damaged (${(e as Error).message.split("\n")[0]}).`, e);
  }
  return { workbook, bytes };
}
