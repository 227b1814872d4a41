import type { CliArgs } from "./args";
import type { Io } from "./main";

export async function runRecord(_args: CliArgs, _io: Io): Promise<number> {
  return 2;
}
