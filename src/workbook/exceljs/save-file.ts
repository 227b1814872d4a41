import { randomBytes } from "node:crypto";
import { realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { WorkbookError } from "../errors";

/** The path a file would have once symbolic links are followed (for a file not yet written, its folder's). */
async function realTarget(path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await realpath(full);
  } catch {
    try {
      return join(await realpath(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/** Refuse to write over the workbook we read (after links are followed, and on case-insensitive disks). */
export async function assertNotSameFile(input: string, output: string): Promise<void> {
  const [a, b] = await Promise.all([realTarget(input), realTarget(output)]);
  let same = a === b;
  if (!same) {
    const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
    same = Boolean(sa && sb && sa.dev === sb.dev && sa.ino === sb.ino);
  }
  if (same) throw new WorkbookError("same-file", `${output} is the input workbook itself: this tool never writes over its input. Give another name after -o.`);
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "its folder does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission denied (is it open in Excel, or read-only?)";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOSPC") return "the disk is full";
  return code ?? (e as Error).message;
}

/**
 * Write a file whole or not at all: to a temporary file in the same folder, then rename it
 * over the target (a rename within a folder is atomic), so no half-written workbook is left.
 */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new WorkbookError("write-failed", `${path} could not be written: ${reason(e)}.`, e);
  }
}
