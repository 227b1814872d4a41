import { readFileSync } from "node:fs";
import { XlsxPackage } from "../../src/workbook/xlsx/package";
import { readSnapshot } from "../../src/workbook/xlsx/read-workbook";
for (const f of process.argv.slice(2)) {
  try {
    const s = readSnapshot(XlsxPackage.open(readFileSync(f), f));
    console.log("==", f, "structure", s.structureProtected);
    for (const sh of s.sheets) console.log(" ", sh.name, sh.visibility, "prot", sh.protected, "owned", sh.ownedAs, "rows", sh.grid.values.length, JSON.stringify(sh.grid.values.slice(3, 6)).slice(0, 300), "fills", JSON.stringify(sh.grid.fills?.slice(3, 7)), "formulas", sh.grid.formulaCells, "merges", sh.grid.merges, JSON.stringify(sh.grid.values.slice(16)));
  } catch (e) { console.log("==", f, "ERR", (e as Error).message); }
}
