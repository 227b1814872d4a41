import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");
const example = join(repo, "examples", "thurrock-2019.xlsx");
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/**
 * What a council analyst does: install the packed tarball into an empty folder (no repo, no
 * devDependencies, so no tsx or esbuild) and run `wsoa check` on a plan.
 */
describe("npm pack → install the tarball in an empty folder → wsoa check", () => {
  const dir = mkdtempSync(join(tmpdir(), "wsoa-package-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("installs a working wsoa that checks examples/thurrock-2019.xlsx", () => {
    npm(["pack", "--pack-destination", dir], repo); // runs `prepare`: builds dist-cli/
    const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
    const listing = execFileSync("tar", ["-tzf", join(dir, tarball)], { encoding: "utf8" }).split("\n");
    expect(listing).toEqual(expect.arrayContaining(["package/bin/wsoa.js", "package/dist-cli/wsoa.mjs", "package/package.json"]));
    expect(listing.filter((f) => f.startsWith("package/src/"))).toEqual([]); // compiled only

    const app = join(dir, "analyst");
    execFileSync("mkdir", [app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "analyst", private: true }));
    npm(["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, tarball)], app);
    expect(readdirSync(join(app, "node_modules"))).not.toContain("tsx");
    expect(readdirSync(join(app, "node_modules"))).not.toContain("esbuild");

    const out = execFileSync(join(app, "node_modules", ".bin", "wsoa"), ["check", example, "--today", "2023-03-31", "--json"], { cwd: app, encoding: "utf8" });
    const report = JSON.parse(out);
    expect(report).toMatchObject({ sheet: "Written Statement of Action", headerRow: 4, items: 38 });
    expect(report.columns).toMatchObject({ deadline: "F", status: "H" });

    const text = execFileSync(join(app, "node_modules", ".bin", "wsoa"), ["check", example, "--today", "2023-03-31"], { cwd: app, encoding: "utf8" });
    expect(text).toContain('sheet "Written Statement of Action", header row 4');
    expect(text).toContain("38 items · 6 of 38 complete");

    const formatted = join(app, "formatted.xlsx");
    const applied = execFileSync(join(app, "node_modules", ".bin", "wsoa"), ["apply", example, "-o", formatted, "--today", "2023-03-31"], { cwd: app, encoding: "utf8" });
    expect(applied).toContain('Summary sheet: "Summary".');
    expect(execFileSync(join(app, "node_modules", ".bin", "wsoa"), ["check", formatted, "--today", "2023-03-31", "--json"], { cwd: app, encoding: "utf8" })).toContain('"items": 38');
  });
});
