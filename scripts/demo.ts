/**
 * `npm run demo`: the main job on the bundled examples. Builds the example workbooks from
 * their readable sources, checks each (the report a programme manager sees), and — where
 * `apply` is available — writes formatted copies with a summary sheet to out/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../src/cli/main";

/** Each plan as its board saw it: the "today" of a board meeting in the plan's life. */
const EXAMPLES = [
  { file: "hounslow-2022.xlsx", today: "2023-03-31" },
  { file: "hounslow-2024-12.xlsx", today: "2024-12-31" },
  { file: "thurrock-2019.xlsx", today: "2019-10-31" },
  { file: "peterborough-2019.xlsx", today: "2019-12-31" },
  // Three reporting rounds recorded: the summary shows "since the last report" and the trend.
  { file: "hounslow-rounds.xlsx", today: "2024-12-31" },
];

/** Two versions of one plan: what changed between the March 2023 board and December 2024. */
const COMPARE = ["examples/hounslow-2022.xlsx", "examples/hounslow-2024-12.xlsx"];

async function main(): Promise<void> {
  const { buildAllExamples } = await import("./build-examples");
  await buildAllExamples();
  mkdirSync("out", { recursive: true });
  const io = { out: (t: string) => console.log(t), err: (t: string) => console.error(t) };
  for (const { file, today } of EXAMPLES) {
    const path = join("examples", file);
    if (!existsSync(path)) throw new Error(`${path} was not built`);
    console.log(`\n$ wsoa check ${path} --today ${today}\n`);
    await runCli(["check", path, "--today", today], io);
    const out = join("out", file);
    console.log(`\n$ wsoa apply ${path} -o ${out} --today ${today}\n`);
    await runCli(["apply", path, "-o", out, "--today", today], io);
  }
  console.log(`\n$ wsoa compare ${COMPARE.join(" ")}\n`);
  await runCli(["compare", ...COMPARE], io);
  console.log("\nOpen the workbooks in out/ in Excel or LibreOffice to see the formatting and the summary sheet.");
}

main().catch((e) => {
  console.error(`demo failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
