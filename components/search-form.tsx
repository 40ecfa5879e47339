import { pagePaths } from "@/lib/routes";

/** A plain GET form to the server-rendered /search page: search works with JavaScript off. */
export function SearchForm({ id, defaultValue }: { id: string; defaultValue?: string }) {
  return (
    <form action={pagePaths.search} method="get" role="search" className="relative">
      <label htmlFor={id} className="sr-only">
        Search the guide
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search the guide"
        maxLength={200}
        className="h-9 w-full rounded-md border border-border-strong bg-bg px-3 text-sm placeholder:text-fg-muted md:w-56"
      />
    </form>
  );
}
