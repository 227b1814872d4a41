import { inflateRawSync } from "node:zlib";

/**
 * One entry of a zip file as stored: its compressed bytes are a view into the file, so a part we
 * do not change can be copied into the output without being inflated and deflated again (byte for
 * byte, and cheap), and a part we read is inflated only when asked for.
 */
export interface ZipEntry {
  /** Path inside the zip as stored (`xl/workbook.xml`; no leading slash). */
  name: string;
  /** 0 = stored, 8 = deflated (the only two methods an .xlsx uses). */
  method: number;
  crc32: number;
  compressedSize: number;
  /** Inflated size. */
  size: number;
  /** The compressed data (a view into the file's bytes, not a copy). */
  raw: Uint8Array;
  /** Last-modified time and date, as DOS fields (kept so a writer can copy them). */
  dosTime: number;
  dosDate: number;
  /** The whole local record as stored (header, name, extra, data, data descriptor): copied as it is. */
  record: Uint8Array;
  /** The central directory record as stored (a writer rewrites only its offset). */
  central: Uint8Array;
}

/** Why a zip could not be read; the package turns it into a WorkbookError. */
export class ZipFormatError extends Error {}

/** Zip record signatures (the writer uses them too). */
export const EOCD = 0x06054b50;
export const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;

function findEndOfCentralDirectory(b: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new ZipFormatError("no zip directory at the end of the file (it may be truncated)");
}

/**
 * Read the central directory: every record, in the order the zip lists them, folders included
 * (a writer copies them too). The reader and the patching writer share this one walk.
 */
export function readZipRecords(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if ((eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) || count === 0xffff || at === 0xffffffff)
    throw new ZipFormatError("it is a ZIP64 archive (over 4 GB or 65,535 parts), which a workbook never needs");
  const decoder = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("its zip directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const dosTime = view.getUint16(at + 12, true);
    const dosDate = view.getUint16(at + 14, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const centralLen = 46 + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    // Bit 11: the name is UTF-8; otherwise code page 437, which for the ASCII names of a workbook is latin1.
    const name = (flags & 0x800 ? decoder : latin1).decode(bytes.subarray(at + 46, at + 46 + nameLen));
    const central = bytes.subarray(at, at + centralLen);
    at += centralLen;
    if (flags & 0x1) throw new ZipFormatError(`its part ${name} is encrypted`);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipFormatError(`its part ${name} is damaged`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    let end = dataStart + compressedSize;
    if (end > bytes.length) throw new ZipFormatError(`its part ${name} is cut short (the file may be truncated)`);
    // Bit 3: sizes follow the data in a descriptor (with or without its optional signature).
    if (flags & 0x8) end += end + 4 <= bytes.length && view.getUint32(end, true) === DESCRIPTOR ? 16 : 12;
    if (end > bytes.length) throw new ZipFormatError(`its part ${name} is cut short (the file may be truncated)`);
    entries.push({ name, method, crc32, compressedSize, size, raw: bytes.subarray(dataStart, dataStart + compressedSize), dosTime, dosDate, record: bytes.subarray(local, end), central });
  }
  return entries;
}

/** The parts a reader needs: every record but folders, which hold nothing. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  return readZipRecords(bytes).filter((e) => !e.name.endsWith("/"));
}

function checkMethod(e: ZipEntry): void {
  if (e.method !== 0 && e.method !== 8) throw new ZipFormatError(`its part ${e.name} uses a compression method (${e.method}) that workbooks do not use`);
}

/**
 * The entry's inflated bytes. Node's zlib (native) inflates several times faster than any
 * JavaScript inflater, and a sheet formatted down to row 1,048,576 is ~70 MB of XML (F10).
 */
export function inflateEntry(e: ZipEntry): Uint8Array {
  checkMethod(e);
  if (e.method === 0) return e.raw;
  try {
    // One output buffer of the known size: no list of 16 kB pieces to join afterwards.
    return inflateRawSync(e.raw, { chunkSize: Math.max(64, Math.min(e.size, 1 << 30)) });
  } catch (err) {
    throw new ZipFormatError(`its part ${e.name} is damaged (${(err as Error).message})`);
  }
}

/**
 * The entry's bytes piece by piece (64 kB each: decoded strings that small die young, which
 * halves peak memory against 1 MB pieces), handed to `onChunk`, which returns false to
 * stop early; the pieces are decoded and parsed one at a time.
 */
export function inflateEntryChunks(e: ZipEntry, onChunk: (chunk: Uint8Array) => boolean | void): void {
  const bytes = inflateEntry(e);
  const STEP = 1 << 16;
  for (let i = 0; i < bytes.length; i += STEP) if (onChunk(bytes.subarray(i, i + STEP)) === false) return;
}
