import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");

/**
 * The compiled CLI (dist-cli/, built by `prepare`) needs nothing but Node: copied with its bin
 * into a folder with no node_modules anywhere above it, it still checks a plan.
 */
describe("the compiled CLI runs with Node alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "wsoa-compiled-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("bin/wsoa.js → dist-cli/wsoa.mjs checks the Thurrock example outside the repo", () => {
    if (!existsSync(join(repo, "dist-cli", "wsoa.mjs"))) execFileSync("node", ["scripts/build-cli.mjs"], { cwd: repo });
    cpSync(join(repo, "bin"), join(dir, "bin"), { recursive: true });
    cpSync(join(repo, "dist-cli"), join(dir, "dist-cli"), { recursive: true });
    const out = execFileSync("node", [join(dir, "bin", "wsoa.js"), "check", join(repo, "examples", "thurrock-2019.xlsx"), "--today", "2023-03-31"], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(out).toContain('sheet "Written Statement of Action", header row 4, scheme Five-level RAG');
    expect(out).toContain("38 items · 6 of 38 complete");
  });

  it("writes with apply and fix too (ExcelJS's writer and the carry-over check are in the bundle)", () => {
    const run = (args: string[]) => execFileSync("node", [join(dir, "bin", "wsoa.js"), ...args], { cwd: dir, encoding: "utf8", env: { PATH: process.env.PATH } });
    const formatted = join(dir, "formatted.xlsx");
    expect(run(["apply", join(repo, "examples", "thurrock-2019.xlsx"), "-o", formatted, "--today", "2023-03-31"])).toContain('Summary sheet: "Summary".');
    expect(run(["check", formatted, "--today", "2023-03-31"])).toContain("38 items · 6 of 38 complete");
    expect(run(["fix", join(repo, "examples", "hounslow-2022.xlsx"), "-o", join(dir, "fixed.xlsx")])).toContain('F38: "G" → "Green"');
  });

  it("an installed package's prepare step keeps the shipped build (no source, esbuild or not)", () => {
    const pkg = join(dir, "installed");
    cpSync(join(repo, "dist-cli"), join(pkg, "dist-cli"), { recursive: true });
    cpSync(join(repo, "scripts", "build-cli.mjs"), join(pkg, "scripts", "build-cli.mjs"));
    // The analyst's project may itself have esbuild installed: the step must not try to rebuild.
    symlinkSync(join(repo, "node_modules"), join(pkg, "node_modules"));
    const before = readFileSync(join(pkg, "dist-cli", "wsoa.mjs"), "utf8");
    execFileSync("node", [join(pkg, "scripts", "build-cli.mjs")], { cwd: pkg });
    expect(readFileSync(join(pkg, "dist-cli", "wsoa.mjs"), "utf8")).toBe(before);
  });

  it("in a checkout, a source change is built before it runs (npm run wsoa is never stale)", () => {
    const checkout = join(dir, "checkout");
    for (const part of ["bin", "scripts/build-cli.mjs", "src/cli", "src/core", "src/review", "src/workbook", "package.json"]) cpSync(join(repo, part), join(checkout, part), { recursive: true });
    symlinkSync(join(repo, "node_modules"), join(checkout, "node_modules"));
    const help = () => execFileSync("node", [join(checkout, "bin", "wsoa.js"), "help"], { cwd: checkout, encoding: "utf8" });
    expect(help()).toContain("wsoa check FILE"); // no dist-cli yet: built first
    const args = join(checkout, "src", "cli", "args.ts");
    writeFileSync(args, readFileSync(args, "utf8").replace("wsoa check FILE", "wsoa check PLAN.xlsx"));
    utimesSync(args, new Date(), new Date(Date.now() + 5_000)); // surely newer than the build
    expect(help()).toContain("wsoa check PLAN.xlsx");
  });

  it("says how to build it when the compiled file is missing, without a stack trace", () => {
    const bare = join(dir, "bare");
    cpSync(join(repo, "bin"), join(bare, "bin"), { recursive: true });
    let stderr = "";
    try {
      execFileSync("node", [join(bare, "bin", "wsoa.js"), "check", "x.xlsx"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      stderr = (e as { stderr: string }).stderr;
      expect((e as { status: number }).status).toBe(2);
    }
    expect(stderr).toBe("wsoa: the compiled CLI is missing (dist-cli/wsoa.mjs): run `npm run build:cli` in the repository.\n");
  });
});
