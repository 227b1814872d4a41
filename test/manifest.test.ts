/**
 * manifest.xml against Microsoft's published schemas (OfficeApp 1.1 + TaskPaneApp overrides
 * 1.0), offline, with xmllint compiled to WebAssembly. The schemas live in
 * ../shared/manifest-schemas/ (not copied into this repo): without them the schema test is
 * skipped with a message saying so.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

const root = path.resolve(__dirname, "..");
const manifest = readFileSync(path.join(root, "manifest.xml"), "utf8");
const schemaDir = path.resolve(root, "../shared/manifest-schemas");
const haveSchemas = existsSync(path.join(schemaDir, "OfficeAppManifestV1_1.xsd"));
if (!haveSchemas) console.warn(`Skipping the manifest schema check: ${schemaDir} is absent (it holds Microsoft's manifest XSDs outside this repo).`);

function schemas(): { main: XMLFileInfo; preload: XMLFileInfo[] } {
  const files = readdirSync(schemaDir).filter((f) => f.endsWith(".xsd")).map((f) => ({ fileName: f, contents: readFileSync(path.join(schemaDir, f), "utf8") }));
  return { main: files.find((f) => f.fileName === "OfficeAppManifestV1_1.xsd")!, preload: files.filter((f) => f.fileName !== "OfficeAppManifestV1_1.xsd") };
}

async function validate(xml: string) {
  const { main, preload } = schemas();
  return validateXML({ xml: { fileName: "manifest.xml", contents: xml }, schema: main, preload });
}

(haveSchemas ? describe : describe.skip)("manifest.xml against the Office add-in XSDs", () => {
  it("is valid", async () => {
    const result = await validate(manifest);
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("is rejected when an element is misplaced (the schema really is applied)", async () => {
    const broken = manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permission>ReadWriteDocument</Permission>");
    const result = await validate(broken);
    expect(result.valid).toBe(false);
  });
});

describe("manifest.xml contents", () => {
  it("is a Workbook task pane add-in needing ExcelApi 1.8 and read/write access", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  it("points every URL at the dev server, and every icon at a file in assets/", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith("https://localhost:3000/")).toBe(true);
    const icons = urls.filter((u) => u.includes("/assets/"));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect(existsSync(path.join(root, new URL(icon).pathname))).toBe(true);
  });
});
