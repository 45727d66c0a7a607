// Synchronous work under a hard time limit, in this thread. The extractor cannot be awaited or
// cancelled: a request that reads too long a text would hold every other request up. The work
// should stop itself at a safe point when it sees the deadline pass (see deadline()); if one step
// still runs on, Node's vm timeout ends it at `hardMs` (V8 terminates whatever JavaScript is
// running, from any context), so no request holds the server longer than that.
//
// A hard stop can land in the middle of a library's shared cache (wink-nlp's lexicon), so it is
// the backstop, not the budget: the work's own checks come first and stop cleanly.
import { Script, createContext } from 'node:vm';

export class HardStop extends Error {
  readonly ms: number;
  constructor(ms: number) {
    super(`stopped after ${ms} ms`);
    this.name = 'HardStop';
    this.ms = ms;
  }
}

/** A check for the work to call at its safe points: true once `budgetMs` from now has passed. */
export function deadline(budgetMs: number): () => boolean {
  const end = performance.now() + budgetMs;
  return () => performance.now() > end;
}

const holder = globalThis as typeof globalThis & { __claimsHardStop?: { script: Script; sandbox: { run: () => void } } };

/** Runs `work` now and returns its result; throws HardStop if it runs past `hardMs`. */
export function runWithin<T>(hardMs: number, work: () => T): T {
  // One context for the process: making one costs about a millisecond, running in it nothing.
  holder.__claimsHardStop ??= { script: new Script('run()'), sandbox: createContext({ run: () => {} }) as { run: () => void } };
  const { script, sandbox } = holder.__claimsHardStop;
  let result: { value: T } | undefined;
  sandbox.run = () => {
    result = { value: work() };
  };
  try {
    script.runInContext(sandbox, { timeout: Math.max(1, Math.ceil(hardMs)) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new HardStop(Math.ceil(hardMs));
    throw error;
  } finally {
    sandbox.run = () => {};
  }
  return result!.value;
}
