import type { CellValue } from "../../core/grid";
import { columnNumber } from "../../core/address";

/**
 * A tiny evaluator for the conditional-format formulas we write (AND/OR/NOT/IF/IFERROR, N, UPPER,
 * TRIM, SUBSTITUTE, LEFT, FIND, ISNUMBER, TODAY, comparisons, text read as numbers in arithmetic), so the playground shows formatting as Excel
 * would. Anything else is "unsupported" and the rule is simply not drawn: it is not Excel.
 *
 *   evaluateFormula('AND(N("x")=0,UPPER($H5)="RED")', { cell: (r, c) => …, offset: { rows: 2, cols: 0 }, today: "2025-01-31" })
 */
export interface FormulaContext {
  /** The cell value at a sheet row/column (1-based). */
  cell(row: number, col: number): CellValue;
  /** How far the evaluated cell is from the rule range's top-left (relative references move by this). */
  offset: { rows: number; cols: number };
  /** ISO date for TODAY(). */
  today: string;
}

type Value = string | number | boolean | null;
type Token = { kind: "str" | "num" | "ref" | "fn" | "op"; text: string };

class Unsupported extends Error {}
/** An Excel error value (#VALUE!): IFERROR catches it; anywhere else the rule is not drawn. */
class ValueError extends Unsupported {}

const TOKEN = /\s*(?:"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z(])|([A-Z][A-Z0-9.]*)\s*\(|(<=|>=|<>|[=<>,()&+\-*/]))/iy;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.replace(/^=/, "").trim();
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (!m) throw new Unsupported(`cannot read formula at ${TOKEN.lastIndex}`);
    if (m[1] !== undefined) tokens.push({ kind: "str", text: m[1].replace(/""/g, '"') });
    else if (m[2] !== undefined) tokens.push({ kind: "num", text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: "ref", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "fn", text: m[4].toUpperCase() }, { kind: "op", text: "(" });
    else if (m[5] !== undefined) tokens.push({ kind: "op", text: m[5] });
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
  }
  return tokens;
}

/** Excel's serial day number of an ISO date or a Date (UTC midnight). */
export function serialOf(date: string | Date): number {
  const ms = typeof date === "string" ? Date.parse(`${date}T00:00:00Z`) : date.getTime();
  return Math.floor(ms / 86_400_000) + 25569;
}

const plain = (v: CellValue): Value => (v instanceof Date ? serialOf(v) : v);
const text = (v: Value): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
const truthy = (v: Value): boolean => (typeof v === "string" ? v.toUpperCase() === "TRUE" : Boolean(v));
const num = (v: Value): number => {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  // Text in arithmetic as Excel reads it: "96%" is 0.96, "1,234" is 1234.
  const t = v.trim().replace(/,(?=\d{3}\b)/g, "");
  const percent = t.endsWith("%");
  const n = t === "" ? NaN : Number(percent ? t.slice(0, -1) : t);
  if (Number.isNaN(n)) throw new ValueError("#VALUE!");
  return percent ? n / 100 : n;
};

/** Excel's comparison: blank is "" or 0, text compares without case, numbers < text < booleans. */
function compare(a: Value, b: Value): number {
  if (a === null) a = typeof b === "number" ? 0 : typeof b === "boolean" ? false : "";
  if (b === null) b = typeof a === "number" ? 0 : typeof a === "boolean" ? false : "";
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string") return a.toUpperCase().localeCompare(String(b).toUpperCase());
  return Number(a) - Number(b);
}

const FUNCTIONS: Record<string, (args: Value[], ctx: FormulaContext) => Value> = {
  AND: (a) => a.every(truthy),
  OR: (a) => a.some(truthy),
  NOT: (a) => !truthy(a[0] ?? null),
  IF: (a) => (truthy(a[0] ?? null) ? (a[1] ?? true) : (a[2] ?? false)),
  N: (a) => (typeof a[0] === "number" ? a[0] : typeof a[0] === "boolean" ? Number(a[0]) : 0),
  UPPER: (a) => text(a[0] ?? null).toUpperCase(),
  LOWER: (a) => text(a[0] ?? null).toLowerCase(),
  TRIM: (a) => text(a[0] ?? null).replace(/ +/g, " ").trim(),
  LEN: (a) => text(a[0] ?? null).length,
  LEFT: (a) => text(a[0] ?? null).slice(0, a.length > 1 ? num(a[1] ?? null) : 1),
  SUBSTITUTE: (a) => text(a[0] ?? null).split(text(a[1] ?? null)).join(text(a[2] ?? null)),
  ISNUMBER: (a) => typeof a[0] === "number",
  FIND: (a) => {
    const at = text(a[1] ?? null).indexOf(text(a[0] ?? null));
    if (at < 0) throw new ValueError("#VALUE!");
    return at + 1;
  },
  ISBLANK: (a) => a[0] === null,
  TODAY: (_a, ctx) => serialOf(ctx.today),
};

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly ctx: FormulaContext) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private take(op?: string): Token {
    const t = this.tokens[this.i++];
    if (!t || (op !== undefined && t.text !== op)) throw new Unsupported(`expected ${op ?? "more"}`);
    return t;
  }

  parse(): Value {
    const v = this.comparison();
    if (this.i !== this.tokens.length) throw new Unsupported("trailing text");
    return v;
  }

  private comparison(): Value {
    let left = this.concat();
    for (let t = this.peek(); t?.kind === "op" && ["=", "<", ">", "<=", ">=", "<>"].includes(t.text); t = this.peek()) {
      this.i++;
      const c = compare(left, this.concat());
      left = { "=": c === 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0, "<>": c !== 0 }[t.text] ?? false;
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.peek()?.text === "&") {
      this.i++;
      left = text(left) + text(this.additive());
    }
    return left;
  }

  private additive(): Value {
    let left = this.term();
    for (let t = this.peek(); t?.kind === "op" && (t.text === "+" || t.text === "-"); t = this.peek()) {
      this.i++;
      const right = num(this.term());
      left = t.text === "+" ? num(left) + right : num(left) - right;
    }
    return left;
  }

  private term(): Value {
    const t = this.take();
    if (t.kind === "str") return t.text;
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "ref") return this.reference(t.text);
    if (t.kind === "op" && t.text === "(") {
      const v = this.comparison();
      this.take(")");
      return v;
    }
    if (t.kind === "op" && t.text === "-") return -num(this.term());
    if (t.kind === "fn") return this.call(t.text);
    throw new Unsupported(`unexpected ${t.text}`);
  }

  /** The index of the token ending the argument that starts at `start` (a top-level "," or ")"). */
  private argumentEnd(start: number): number {
    let depth = 0;
    for (let i = start; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.kind !== "op") continue;
      if (depth === 0 && (t.text === "," || t.text === ")")) return i;
      if (t.text === "(") depth++;
      if (t.text === ")") depth--;
    }
    throw new Unsupported("unclosed argument");
  }

  /** IFERROR(value, fallback): the fallback when the value is an error value. */
  private ifError(): Value {
    this.take("(");
    const start = this.i;
    let value: Value | undefined;
    try {
      value = this.comparison();
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      this.i = this.argumentEnd(start);
    }
    this.take(",");
    const fallback = this.comparison();
    this.take(")");
    return value === undefined ? fallback : value;
  }

  private call(name: string): Value {
    if (name === "IFERROR") return this.ifError();
    const fn = FUNCTIONS[name];
    if (!fn) throw new Unsupported(`function ${name}`);
    this.take("(");
    const args: Value[] = [];
    if (this.peek()?.text !== ")") {
      args.push(this.comparison());
      while (this.peek()?.text === ",") {
        this.i++;
        args.push(this.comparison());
      }
    }
    this.take(")");
    return fn(args, this.ctx);
  }

  private reference(ref: string): Value {
    const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/i.exec(ref)!;
    const col = columnNumber(m[2]!) + (m[1] ? 0 : this.ctx.offset.cols);
    const row = Number(m[4]) + (m[3] ? 0 : this.ctx.offset.rows);
    return plain(this.ctx.cell(row, col));
  }
}

/** The formula's value at one cell, or undefined when it uses something this evaluator does not know. */
export function evaluateFormula(formula: string, ctx: FormulaContext): Value | undefined {
  try {
    return new Parser(tokenize(formula), ctx).parse();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** True when the formula is TRUE at that cell (as a conditional format would see it). */
export function formulaIsTrue(formula: string, ctx: FormulaContext): boolean {
  const v = evaluateFormula(formula, ctx);
  return v !== undefined && truthy(v);
}
