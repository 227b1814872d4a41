// Inside Excel and the playground a Content-Security-Policy may forbid `new Function`; zod's
// optional JIT probes for it and logs a notice. The config schemas are tiny: run without it.
import { z } from "zod/mini";

z.config({ jitless: true });
