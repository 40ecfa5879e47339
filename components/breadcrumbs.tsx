import { AppLink } from "./app-link";

/** One step of a breadcrumb trail; the last step is the current page and has no link. */
export interface Crumb {
  name: string;
  path?: string;
}

/** Breadcrumb trail (its JSON-LD twin is built from the same crumbs in the page). */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-fg-muted">
      <ol className="flex flex-wrap items-center gap-1.5">
        {crumbs.map((crumb, index) => (
          <li key={crumb.name} className="flex items-center gap-1.5">
            {index > 0 && <span aria-hidden="true">/</span>}
            {crumb.path ? (
              <AppLink href={crumb.path} className="underline-offset-4 hover:text-fg hover:underline">
                {crumb.name}
              </AppLink>
            ) : (
              <span aria-current="page" className="text-fg">
                {crumb.name}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
