import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxPackage } from "../../../src/workbook/xlsx/package";
import { readSnapshot } from "../../../src/workbook/xlsx/read-workbook";
import type { ReadOptions } from "../../../src/workbook/port";

const PYTHON = "/usr/bin/python3";
const SCRIPT = join(__dirname, "corpus", "build_corpus.py");

/**
 * Build the corpus (test/workbook/xlsx/corpus/build_corpus.py: openpyxl and raw zip edits) once
 * per test file. Fails, never skips, when the Debian python3-openpyxl the script needs is
 * missing: `.ci/setup-readers.sh` installs it.
 */
export function buildCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "wsoa-corpus-"));
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: run .ci/setup-readers.sh (apt-get install python3 python3-openpyxl)`);
  try {
    execFileSync(PYTHON, [SCRIPT, dir], { stdio: "pipe" });
  } catch (e) {
    const stderr = String((e as { stderr?: Buffer }).stderr ?? "");
    if (/No module named 'openpyxl'/.test(stderr)) throw new Error("python3-openpyxl is missing: run .ci/setup-readers.sh (apt-get install python3-openpyxl)");
    throw new Error(`building the corpus failed: ${stderr || (e as Error).message}`);
  }
  return dir;
}

export const readCorpus = (dir: string, name: string, options?: ReadOptions) => readSnapshot(XlsxPackage.open(readFileSync(join(dir, name)), name), options);
