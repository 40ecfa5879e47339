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
