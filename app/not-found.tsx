import { AppLink } from "@/components/app-link";
import { SearchForm } from "@/components/search-form";
import { pagePaths } from "@/lib/routes";

export const metadata = { title: "Page not found" };

/** The site's own 404 page (served with HTTP status 404). */
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-20 focus:outline-none sm:px-6">
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We could not find that page</h1>
      <p className="mt-4 text-lg text-fg-muted">
        The link may be old, or the chapter may have moved. Search the guide, or start from the list of chapters.
      </p>
      <div className="mt-8 max-w-sm">
        <SearchForm id="not-found-search" name="Find a page" button />
      </div>
      <p className="mt-8">
        <AppLink href={pagePaths.contents} className="font-semibold text-accent underline underline-offset-4">
          See all chapters
        </AppLink>
      </p>
    </main>
  );
}
