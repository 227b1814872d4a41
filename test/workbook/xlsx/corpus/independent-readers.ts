import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

/**
 * Readers that are not ours. CI installs them (.ci/setup-readers.sh); a machine without them
 * fails these tests rather than skipping them, so a green run always means they were checked.
 */
export const PYTHON = "/usr/bin/python3";
const HERE = __dirname;

export type Values = Record<string, { state: string; cells: Record<string, unknown> } | { error: string }>;

/** openpyxl's view of each file: every sheet's state and cell values. */
export function openpyxlValues(files: string[]): Record<string, Values> {
  const out = execFileSync(PYTHON, [join(HERE, "dump_values.py"), ...files], { maxBuffer: 64 * 1024 * 1024 }).toString();
  return JSON.parse(out) as Record<string, Values>;
}

/** Build the openpyxl-written corpus into `dir`. */
export function makeOpenpyxlCorpus(dir: string): void {
  execFileSync(PYTHON, [join(HERE, "make_openpyxl.py"), dir]);
}

/** Have LibreOffice open each file and save it as .ods; returns the files it could not convert. */
export function libreOfficeFailures(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, "lo-profile");
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "ods", "--outdir", outDir, ...files], { stdio: "pipe", timeout: 180_000 });
  const made = new Set(readdirSync(outDir));
  return files.filter((f) => !made.has(basename(f).replace(/\.xlsx?m?$/, ".ods")) || !existsSync(join(outDir, basename(f).replace(/\.xlsx?m?$/, ".ods"))));
}

/** Have LibreOffice save a file as .xlsx (a workbook "saved by LibreOffice", finding F8). */
export function saveWithLibreOffice(file: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  execFileSync("soffice", [`-env:UserInstallation=file://${join(outDir, "lo-profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, file], { stdio: "pipe", timeout: 120_000 });
  return join(outDir, basename(file));
}
