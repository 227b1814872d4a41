import { WorkbookError } from "../errors";
import { assertNotSameFile, writeFileAtomically } from "../exceljs/save-file";
import type { ReadOptions, Workbook, WorkbookSnapshot, WritePlan } from "../port";
import { readFileBytes } from "./open-file";
import { XlsxPackage as ReadPackage } from "./package";
import { WritablePackage } from "./package-parts";
import { readSnapshot } from "./read-workbook";
import { patchPackage } from "./write-package";
import { ZipFormatError } from "./zip-parts";

/** Reads a snapshot from the file's bytes (the streaming reader; tests may pass another). */
export type SnapshotReader = (bytes: Uint8Array, options: ReadOptions, label: string) => WorkbookSnapshot | Promise<WorkbookSnapshot>;

const streamingReader: SnapshotReader = (bytes, options, label) => readSnapshot(ReadPackage.open(bytes, label), options);

function openPackage(bytes: Uint8Array, label: string): WritablePackage {
  try {
    return WritablePackage.fromBytes(bytes);
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
  private pkg: WritablePackage;
  /** Parts the last write changed or added. */
  touched: string[] = [];
  /** Ranges of the user's own dropdowns the last write replaced with ours. */
  replacedValidations: string[] = [];

  private constructor(
    private bytes: Uint8Array,
    readonly path: string,
    private readonly reader: SnapshotReader,
  ) {
    this.pkg = openPackage(bytes, path);
  }

  static async open(path: string, reader: SnapshotReader = streamingReader): Promise<XlsxWorkbook> {
    const bytes = await readFileBytes(path);
    ReadPackage.open(bytes, path); // the clear messages for text files, .xls, encrypted, empty or damaged zips
    return new XlsxWorkbook(bytes, path, reader);
  }

  static fromBytes(bytes: Uint8Array, path = "(memory)", reader: SnapshotReader = streamingReader): XlsxWorkbook {
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

  /** Read through the streaming reader: ownership markers and protection come with the snapshot. */
  async read(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return this.reader(this.bytes, options, this.path);
  }

  async write(plan: WritePlan): Promise<void> {
    // A fresh package per write: a refusal or a failure half-way leaves the workbook as it was.
    const next = openPackage(this.bytes, this.path);
    this.replacedValidations = patchPackage(next, plan).replacedValidations;
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
