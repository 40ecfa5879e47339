/**
 * A holder shared by every copy of a module in this process. Next bundles the pages and the route handlers
 * separately, each with its own copy of a module, so a cache kept in a module-level variable is built once
 * per bundle; one kept here is built once per process. Only for plain data that any copy can use.
 * Hand-written: a single `globalThis` entry under a registered symbol is all it takes.
 *
 * Under `next dev` each copy gets its own holder, so an edit to the module's code (which reloads it) also
 * rebuilds what it caches.
 */
export function perProcess<T extends object>(name: string): Partial<T> {
  if (process.env.NODE_ENV === "development") return {};
  const shared = globalThis as { [key: symbol]: unknown };
  return (shared[Symbol.for(`ai-hiring-guide.${name}`)] ??= {}) as Partial<T>;
}
