import type { ComponentPropsWithoutRef } from "react";

/**
 * GFM task-list checkboxes (`- [ ] item`). The box is disabled (not `readonly`, which HTML does not allow
 * on checkboxes) and uncontrolled (`defaultChecked`), so React needs no change handler. It is hidden from
 * assistive technology and its state is spoken as text instead ("Done:" / "To do:"), because a disabled,
 * unlabelled checkbox is announced badly and fails the WCAG "label" rule.
 */
export function TaskCheckbox(props: ComponentPropsWithoutRef<"input">) {
  if (props.type !== "checkbox") return <input {...props} />;
  return (
    <>
      <input type="checkbox" defaultChecked={!!props.checked} disabled aria-hidden="true" tabIndex={-1} className="mr-2 size-4 align-[-2px] accent-accent" />
      <span className="sr-only">{props.checked ? "Done: " : "To do: "}</span>
    </>
  );
}
