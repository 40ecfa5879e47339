import { isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";

/** The text of a table's header cells, in order ("Role, Region, Yearly band"). */
function headerCells(node: ReactNode): string[] {
  if (Array.isArray(node)) return node.flatMap(headerCells);
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  if (node.type === "th") return [textOf(node.props.children).trim()].filter(Boolean);
  return headerCells(node.props.children);
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return isValidElement<{ children?: ReactNode }>(node) ? textOf(node.props.children) : "";
}

/**
 * Wide GFM tables scroll inside their own box on phones instead of widening the page. The box is named
 * after the table's columns, so the Tab stop it needs says which table it is (it was "Table" for all).
 */
export function Table(props: ComponentPropsWithoutRef<"table">) {
  const columns = headerCells(props.children);
  return (
    <ScrollBox name={columns.length ? `Table: ${columns.join(", ")}` : "Table"} className="avoid-break my-6">
      <table {...props} className="my-0" />
    </ScrollBox>
  );
}

/**
 * A box a table scrolls in sideways when it is wider than the page's column. ScrollBoxFocus
 * (components/scroll-box-focus.client.tsx) keeps its Tab stop only where the table scrolls.
 */
export function ScrollBox({ name, className, children }: { name: string; className?: string; children: ReactNode }) {
  return (
    // `relative` keeps what is positioned inside (a screen reader's text at the end of a cell) in the box: it
    // would otherwise widen the page from there, the box's scrolling notwithstanding.
    // A scrollable box must be reachable by keyboard to be scrolled (WCAG 2.1.1; axe scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={`${className ?? ""} relative overflow-x-auto`} tabIndex={0} role="region" aria-label={name} data-scroll-box={name}>
      {children}
    </div>
  );
}
