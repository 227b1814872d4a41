import ExcelJS from "exceljs";
import { WorkbookError } from "../errors";
import { ExcelJsWorkbook } from "../exceljs";
import { loadXlsx } from "../exceljs/open-file";
import { assertNotSameFile, writeFileAtomically } from "../exceljs/save-file";
import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import { markedSheets } from "./owned-parts";
import { XlsxPackage } from "./package-parts";
import { sheetProtected } from "./preflight-package";
import { patchPackage } from "./write-package";
import { ZipFormatError } from "./zip-parts";

/** Reads a snapshot from the file's bytes. Until the streaming reader lands, ExcelJS reads (it never writes here). */
export type SnapshotReader = (bytes: Uint8Array, options: ReadOptions) => Promise<WorkbookSnapshot>;

const excelJsReader: SnapshotReader = async (bytes, options) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return ExcelJsWorkbook.fromWorkbook(wb).read(options);
};

function openPackage(bytes: Uint8Array, label: string): XlsxPackage {
  try {
    return XlsxPackage.fromBytes(bytes);
  } catch (e) {
    if (e instanceof ZipFormatError || e instanceof SyntaxError || e instanceof RangeError)
      throw new WorkbookError("not-xlsx", `${label} could not be read as an .xlsx workbook: ${e.message}.`, e);
    throw e;
  }
}

/**
 * The Workbook port over an .xlsx file, written by patching the package: every part a write
 * does not own is copied byte for byte (src/workbook/xlsx/write-package.ts). `write` patches in
 * memory, as a unit; `save` writes the file atomically, never over the input.
 */
export class XlsxWorkbook implements Workbook {
  private pkg: XlsxPackage;
  /** Parts the last write changed or added. */
  touched: string[] = [];

  private constructor(
    private bytes: Uint8Array,
    readonly path: string,
    private readonly reader: SnapshotReader,
  ) {
    this.pkg = openPackage(bytes, path);
  }

  static async open(path: string, reader?: SnapshotReader): Promise<XlsxWorkbook> {
    // ExcelJS's loader gives the clear messages for missing, empty, .xls and damaged files; its model is read once.
    const { workbook, bytes } = await loadXlsx(path);
    const first = reader ?? (async (b: Uint8Array, o: ReadOptions) => (b === bytes ? ExcelJsWorkbook.fromWorkbook(workbook).read(o) : excelJsReader(b, o)));
    return new XlsxWorkbook(bytes, path, first);
  }

  static fromBytes(bytes: Uint8Array, path = "(memory)", reader: SnapshotReader = excelJsReader): XlsxWorkbook {
    return new XlsxWorkbook(bytes, path, reader);
  }

  /** The file as it stands (after any write). */
  get data(): Uint8Array {
    return this.bytes;
  }

  /** The workbook part is macro-enabled (.xlsm): the copy must keep that extension. */
  get macroEnabled(): boolean {
    return this.pkg.macroEnabled;
  }

  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const snapshot = await this.reader(this.bytes, options);
    // ownedAs only where a marker proves it (the legacy rule is the use case's, run on the snapshot).
    const marked = [...markedSheets(this.pkg)];
    const parts = this.pkg.sheets();
    for (const s of snapshot.sheets) {
      const role = marked.find(([, p]) => p.name === s.name)?.[0];
      if (role) s.ownedAs = role;
      const part = parts.find((p) => p.name === s.name);
      if (part) s.protected = sheetProtected(this.pkg, part);
    }
    snapshot.structureProtected = this.pkg.structureProtected;
    return snapshot;
  }

  async write(plan: WritePlan): Promise<void> {
    // A fresh package per write: a refusal or a failure half-way leaves the workbook as it was.
    const next = openPackage(this.bytes, this.path);
    patchPackage(next, plan);
    this.touched = next.touched();
    this.bytes = next.toBytes();
    this.pkg = openPackage(this.bytes, this.path);
  }

  /** Write the workbook to a new file, whole or not at all; never over the file it was opened from. */
  async save(path: string): Promise<void> {
    if (this.path !== "(memory)") await assertNotSameFile(this.path, path);
    await writeFileAtomically(path, this.bytes);
  }
}
