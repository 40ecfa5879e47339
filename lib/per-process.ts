/**
 * A holder shared by every copy of a module in this process. Next bundles the pages and the route handlers
 * separately, each with its own copy of a module, so a cache kept in a module-level variable is built once
 * per bundle; one kept here is built once per process. Only for what any copy can use: plain data, or objects
 * made from code that does not differ between copies (a connection pool, a mail transport).
 * Hand-written: a single `globalThis` entry under a registered symbol is all it takes.
 *
 * Under `next dev` each copy gets its own holder, so an edit to the module's code (which reloads it) also
 * rebuilds what it caches; `keepInDev` keeps one holder there too, for what must stay single however often
 * the code reloads (the database connection, the signing keys).
 */
export function perProcess<T extends object>(name: string, { keepInDev = false } = {}): Partial<T> {
  if (process.env.NODE_ENV === "development" && !keepInDev) return {};
  const shared = globalThis as { [key: symbol]: unknown };
  return (shared[Symbol.for(`ai-hiring-guide.${name}`)] ??= {}) as Partial<T>;
}

/**
 * What `open()` resolves to, opened once per process (in dev too) and shared by every copy of the module.
 * A failed open is forgotten, so the next call tries again (after the operator fixed the cause).
 */
export function openOnce<T>(name: string, open: () => Promise<T>): Promise<T> {
  const holder = perProcess<{ opened: Promise<T> }>(name, { keepInDev: true });
  if (!holder.opened) {
    const opened = open();
    holder.opened = opened;
    opened.catch(() => {
      if (holder.opened === opened) delete holder.opened;
    });
  }
  return holder.opened;
}

/**
 * Closes what `openOnce(name)` opened, if it opened and the value has a `close()`, and forgets it: for a clean
 * stop (SQLite then folds its write-ahead log back into the database file, so a copy of that file is whole).
 */
export async function closeOpened(name: string): Promise<void> {
  const holder = perProcess<{ opened: Promise<{ close?: () => Promise<void> | void }> }>(name, { keepInDev: true });
  const opened = holder.opened;
  delete holder.opened;
  const value = await opened?.catch(() => undefined);
  await value?.close?.();
}

/** Work a clean stop waits for (see `finishBeforeStop`), shared by every copy of this module in the process. */
const beforeStop = () => perProcess<{ pending: Set<Promise<unknown>> }>("before-stop", { keepInDev: true });

/**
 * Registers work that must end before a clean stop exits, even when no request waits for it any more: a mail
 * under way when the stop cut its request's connection, or one sent after the answer (next/server `after`).
 * Returns `work` itself.
 */
export function finishBeforeStop<T>(work: Promise<T>): Promise<T> {
  const pending = (beforeStop().pending ??= new Set());
  pending.add(work);
  const done = () => void pending.delete(work);
  work.then(done, done);
  return work;
}

/** How many pieces of work registered with `finishBeforeStop` are still under way. */
export const pendingBeforeStop = (): number => beforeStop().pending?.size ?? 0;

/**
 * Resolves once every piece of work registered with `finishBeforeStop` has ended (work registered meanwhile
 * included), or after `limitMs`, whichever comes first: each mail ends by its own timeouts, but a server that
 * trickles bytes could hold a stop open for ever.
 */
export async function settledBeforeStop(limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)));
  try {
    while (pendingBeforeStop() > 0 && Date.now() < deadline) await Promise.race([Promise.allSettled(beforeStop().pending!), limit]);
  } finally {
    clearTimeout(timer);
  }
}
