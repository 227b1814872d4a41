import { FakeExcelError } from "./state";

interface Op {
  json: unknown;
  run: () => void;
}

/** Size of one `context.sync()`: the queued operations as JSON, and the data loaded back. */
export interface BatchRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** Excel on the web refuses a request, or a response, of more than 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/**
 * The request queue of the fake: every property set, method call and load is queued, and runs
 * only at `sync()`, in order, as in Excel. Counts syncs and the size of each batch, and fails
 * a batch whose request or response passes the payload limit, as Excel on the web does.
 */
export class FakeContext {
  private queue: Op[] = [];
  private responseBytes = 0;
  readonly batches: BatchRecord[] = [];
  /** Set to Infinity to play desktop Excel, which has no such limit. */
  payloadLimitBytes = PAYLOAD_LIMIT_BYTES;

  get syncCount(): number {
    return this.batches.length;
  }
  get maxBatchBytes(): number {
    return Math.max(0, ...this.batches.map((b) => b.requestBytes));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.batches.map((b) => b.responseBytes));
  }

  enqueue(json: unknown, run: () => void): void {
    this.queue.push({ json, run });
  }

  /** Loaded data counts towards the response size of the batch being run. */
  respond(value: unknown): void {
    this.responseBytes += JSON.stringify(value ?? null).length;
  }

  /** The user is typing in a cell (Excel's cell edit mode). */
  private editing: { ended: Promise<void>; end: () => void } | undefined;

  startCellEdit(): void {
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  endCellEdit(): void {
    this.editing?.end();
    this.editing = undefined;
  }

  /**
   * Excel.RunOptions.delayForCellEdit: "When false, if the user is in cell edit when the batch
   * request is processed by the host, the batch will automatically fail. When true, … if the user
   * is in cell edit mode the batch request will be delayed until the user exits cell edit mode"
   * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). The error code is
   * InvalidOperationInCellEditMode (application-specific-api-error-handling).
   */
  async sync(options: { delayForCellEdit?: boolean } = {}): Promise<void> {
    while (this.editing) {
      if (!options.delayForCellEdit) {
        this.queue = [];
        throw new FakeExcelError("InvalidOperationInCellEditMode", "the operation isn't available while Excel is in Edit cell mode");
      }
      await this.editing.ended;
    }
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    const record: BatchRecord = { requestBytes: JSON.stringify(ops.map((o) => o.json)).length, responseBytes: 0, operations: ops.length };
    this.batches.push(record);
    if (record.requestBytes > this.payloadLimitBytes) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `the request is ${record.requestBytes} bytes`);
    try {
      // Like Excel, a failing operation stops the batch; what ran before it stays done.
      for (const op of ops) op.run();
    } finally {
      record.responseBytes = this.responseBytes;
    }
    if (record.responseBytes > this.payloadLimitBytes) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `the response is ${record.responseBytes} bytes`);
  }

  /** Forget the counters (between a test's arrange and act steps). */
  resetCounters(): void {
    this.batches.length = 0;
  }
}

type Scalar = () => unknown;

/**
 * Base of every fake proxy: properties can be read only after `load` + `sync`, and reading
 * one before throws PropertyNotLoaded, as Excel does.
 */
export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  private readonly kids = new Map<string, FakeObject>();
  private nullFlag: boolean | undefined;

  constructor(protected readonly ctx: FakeContext, protected readonly path: string) {}

  /** Scalar properties this object can load, computed from the workbook at sync time. */
  protected abstract scalars(): Record<string, Scalar>;
  /** Navigation properties (child proxies) that a load path may go through. */
  protected children(): Record<string, () => FakeObject> {
    return {};
  }
  /** Whether the object exists at sync time (false for an OrNullObject that found nothing). */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw new FakeExcelError("PropertyNotLoaded", `${this.path}.isNullObject read before context.sync()`);
    return this.nullFlag;
  }

  /** For objects that load themselves (collections): what a sync found. */
  protected markNull(isNull: boolean): void {
    this.nullFlag = isNull;
  }

  /** OrNullObject proxies learn whether they exist at the next sync. */
  protected resolveNullAtSync(): void {
    this.ctx.enqueue({ resolve: this.path }, () => (this.nullFlag = !this.exists()));
  }

  load(names?: string | string[]): this {
    const paths = (Array.isArray(names) ? names : (names ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue({ load: this.path, paths }, () => this.populate(paths.length ? paths : Object.keys(this.scalars())));
    return this;
  }

  /** Fill loaded values (at sync). */
  populate(paths: string[]): void {
    this.nullFlag = !this.exists();
    if (this.nullFlag) return;
    const scalars = this.scalars();
    const children = this.children();
    const groups = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split("/");
      groups.set(head!, [...(groups.get(head!) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
    }
    for (const [head, rest] of groups) {
      const child = children[head];
      if (child) {
        const c = child();
        c.populate(rest.length ? rest : Object.keys(c.scalars()));
        continue;
      }
      const get = scalars[head];
      if (!get) throw new FakeExcelError("InvalidArgument", `${this.path} has no property "${head}" to load`);
      const value = structuredClone(get());
      this.ctx.respond(value);
      this.loaded.set(head, value);
    }
  }

  /** The same child proxy every time, so what a load fills is what the adapter reads. */
  protected kid<T extends FakeObject>(name: string, make: () => T): T {
    let k = this.kids.get(name);
    if (!k) this.kids.set(name, (k = make()));
    return k as T;
  }

  protected get<T>(name: string): T {
    // A null object's properties read as undefined, loaded or not: the runtime skips its
    // not-loaded check for null objects (office-js runtime, throwIfNotLoaded(…, isNull)).
    if (this.nullFlag === true) return undefined as T;
    if (!this.loaded.has(name)) throw new FakeExcelError("PropertyNotLoaded", `${this.path}.${name} read before load() and context.sync()`);
    return this.loaded.get(name) as T;
  }

  /** Queue a property set or method call; `run` changes the workbook at sync. */
  protected later(json: Record<string, unknown>, run: () => void): void {
    this.ctx.enqueue({ on: this.path, ...json }, run);
  }
}
