/**
 * The files the read benchmark measures: a generated plan of any size, and the "inflated" plan of
 * review finding F10 (12 items, every row down to 1,048,576 carrying a row style and one
 * bordered empty cell in the rating column, as after formatting whole rows to the bottom).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { writePlanFile } from "./file-path";

export const LAST_ROW = 1_048_576;

/** Add a bordered cell format to styles.xml; returns the new xf's index. */
function addBorderedStyle(styles: string): { styles: string; xf: number } {
  let borderId = 0;
  let out = styles.replace(/<borders count="(\d+)">([\s\S]*?)<\/borders>/, (_m, n: string, body: string) => {
    borderId = Number(n);
    return `<borders count="${borderId + 1}">${body}<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>`;
  });
  let xf = 0;
  out = out.replace(/<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, n: string, body: string) => {
    xf = Number(n);
    return `<cellXfs count="${xf + 1}">${body}<xf numFmtId="0" fontId="0" fillId="0" borderId="${borderId}" xfId="0" applyBorder="1"/></cellXfs>`;
  });
  return { styles: out, xf };
}

/** Write the F10 plan: a 12-item plan whose rows are formatted down to the last row of the sheet. */
export async function writeInflatedPlan(path: string, items = 12): Promise<void> {
  await writePlanFile(path, "hounslow", items);
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const { styles, xf } = addBorderedStyle(strFromU8(parts["xl/styles.xml"]!));
  parts["xl/styles.xml"] = strToU8(styles);
  const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]!);
  const last = Math.max(...[...sheet.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const rows: string[] = [];
  for (let r = last + 1; r <= LAST_ROW; r++) rows.push(`<row r="${r}" s="${xf}" customFormat="1"><c r="F${r}" s="${xf}"/></row>`);
  parts["xl/worksheets/sheet1.xml"] = strToU8(sheet.replace("</sheetData>", `${rows.join("")}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:G${LAST_ROW}"/>`));
  writeFileSync(path, zipSync(parts, { level: 6 }));
}
