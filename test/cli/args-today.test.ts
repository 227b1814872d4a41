import { runCli } from "../../src/cli/main";

async function run(args: string[]) {
  let err = "";
  const code = await runCli(args, { out: () => undefined, err: (t) => (err += t + "\n") });
  return { code, err };
}

describe("--today (review F15)", () => {
  it.each(["2020-02-30", "2020-13-45", "2023-02-29"])("%s, which is no calendar day, is a usage error, not an internal failure", async (day) => {
    const r = await run(["check", "examples/thurrock-2019.xlsx", "--today", day]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--today must be a real date like 2023-03-31 (got "${day}")`);
    expect(r.err).not.toContain("unexpected failure");
  });

  it("a leap day is a real day", async () => {
    expect((await run(["check", "examples/thurrock-2019.xlsx", "--today", "2024-02-29"])).code).not.toBe(2);
  });
});
