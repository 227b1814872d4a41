import { readFile } from "node:fs/promises";
import { WorkbookError } from "../errors";
import { XlsxPackage } from "./package";

/** A file's bytes, with a sentence for each way reading it can fail. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookError("not-found", `${path}: no such file.`, e);
    if (code === "EISDIR") throw new WorkbookError("not-xlsx", `${path} is a folder, not a workbook.`, e);
    throw new WorkbookError("not-found", `${path} cannot be read (${code ?? "unknown error"}).`, e);
  }
}

/** Open an .xlsx/.xlsm file as a package (read once; every part's bytes kept). */
export async function openXlsxFile(path: string): Promise<XlsxPackage> {
  return XlsxPackage.open(await readFileBytes(path), path);
}
