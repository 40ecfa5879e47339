import { pagePaths } from "@/lib/routes";

/**
 * A plain GET form to the server-rendered /search page: search works with JavaScript off. `name` names its
 * search landmark: without JavaScript, /search and the 404 page hold two (the header's and their own), and
 * two unnamed ones cannot be told apart in a screen reader's list of landmarks. `width` sizes the field on wide
 * screens (the header's follows the header's own width, see components/site-header.tsx), and `placeholder` is
 * its visible text, which starts its name (WCAG 2.5.3): the header's narrow field says only "Search".
 * `button` adds a visible "Search" button: on a page's own form, for readers who do not know that Enter submits
 * (and whose typed words have hidden the placeholder); the header's has no room for one. The field's text is 16 px:
 * iOS Safari zooms the page into any smaller field a reader taps, and leaves it zoomed.
 */
export function SearchForm({
  id,
  name,
  defaultValue,
  width = "md:w-56",
  placeholder = "Search the guide",
  button = false,
}: {
  id: string;
  name: string;
  defaultValue?: string;
  width?: string;
  placeholder?: "Search the guide" | "Search";
  button?: boolean;
}) {
  return (
    <form action={pagePaths.search} method="get" role="search" aria-label={name} className={button ? "relative flex gap-2" : "relative"}>
      <label htmlFor={id} className="sr-only">
        Search the guide
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={200}
        className={`h-9 w-full min-w-0 rounded-md border border-border-strong bg-bg px-3 text-base placeholder:text-fg-muted ${width}`}
      />
      {button && (
        <button type="submit" className="h-9 shrink-0 rounded-md bg-accent px-4 text-sm font-semibold text-on-accent hover:bg-accent-hover">
          Search
        </button>
      )}
    </form>
  );
}
