"use client";

import { useEffect } from "react";
import { emailInvalidMessage, emailPattern, messages } from "@/lib/forms/fields";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The message for a control from its own validity and the server's wording in its data-msg-* attributes. */
function messageFor(control: Control): string {
  const { validity, dataset } = control;
  if (validity.valueMissing) return dataset.msgMissing ?? "Fill in this field";
  if (validity.typeMismatch || validity.patternMismatch) return control.type === "email" ? emailInvalidMessage(control.value) : (dataset.msgInvalid ?? "Check this field");
  const max = Number(dataset.maxLength);
  const length = control.value.trim().length;
  if (max && length > max) return messages.tooLong(max, length);
  return "";
}

/** What the enhancer works with on one form: its status line, its button, and how to show a field's message. */
interface FormUi {
  form: HTMLFormElement;
  status: HTMLElement | null;
  button: HTMLButtonElement | null;
  /** Shows `message` (or clears it, when empty) beside the field `name`, and marks the field invalid or not. */
  show(name: string, message: string): void;
  /** Checks every field, shows each one's message, and returns the invalid ones in page order. */
  checkAll(): Control[];
}

function formUi(form: HTMLFormElement): FormUi {
  const status = form.querySelector<HTMLElement>("[data-form-status]");
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const controls = () => [...form.elements].filter((el): el is Control => "validity" in el && "name" in el && !!(el as Control).name && (el as Control).type !== "hidden" && !el.closest("[aria-hidden=true]"));

  function show(name: string, message: string) {
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(name)}"]`);
    if (slot) slot.textContent = message;
    for (const control of controls()) {
      if (control.name !== name || control.type === "radio") continue; // ARIA has no aria-invalid on a radio
      // "false" rather than no attribute: Chromium reports an empty required field as invalid otherwise.
      control.setAttribute("aria-invalid", message ? "true" : "false");
    }
  }

  function checkAll(): Control[] {
    const invalid: Control[] = [];
    const seen = new Set<string>();
    for (const control of controls()) {
      if (seen.has(control.name)) continue;
      seen.add(control.name);
      const message = messageFor(control);
      show(control.name, message);
      if (message) invalid.push(control);
    }
    return invalid;
  }

  return { form, status, button, show, checkAll };
}

/**
 * Sends a checked form with fetch, asking for JSON: on success it follows the server's redirect, as the plain
 * form would; on a problem nothing typed is lost and the server's messages appear in place.
 */
async function sendForm({ form, status, button, show, checkAll }: FormUi): Promise<void> {
  if (form.dataset.pending) return;
  if (status) status.textContent = "";
  const invalid = checkAll();
  if (invalid.length) {
    if (status) status.textContent = invalid.length === 1 ? "One field needs your attention." : `${invalid.length} fields need your attention.`;
    invalid[0].focus();
    return;
  }
  const label = button?.textContent ?? "";
  form.dataset.pending = "true";
  form.setAttribute("aria-busy", "true");
  if (button) {
    button.disabled = true;
    button.textContent = button.dataset.pendingLabel ?? "Sending…";
  }
  let aboutTheForm = false;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      headers: { Accept: "application/json" },
    });
    const result = (await response.json()) as { ok: boolean; redirect?: string; errors?: Record<string, string>; message?: string };
    if (result.ok && result.redirect) {
      window.location.assign(result.redirect);
      return;
    }
    if (result.errors) {
      for (const [name, message] of Object.entries(result.errors)) show(name, message);
      const first = Object.keys(result.errors)[0];
      form.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
      if (status) status.textContent = Object.keys(result.errors).length === 1 ? "Please check the field marked below." : "Please check the fields marked below.";
    } else if (status) {
      status.textContent = result.message ?? "Something went wrong. Please try again.";
      aboutTheForm = true;
    }
  } catch {
    if (status) status.textContent = "We could not reach the site. Check your connection and try again; what you typed is still here.";
    aboutTheForm = true;
  }
  delete form.dataset.pending;
  form.removeAttribute("aria-busy");
  if (button) {
    button.disabled = false;
    button.textContent = label;
  }
  // A message about the whole form (too large, too many forms, nothing stored, offline) sits at its top,
  // which on a long form is out of view, and the disabled button had dropped focus to the page: move
  // focus, and so the view, to the message.
  if (aboutTheForm && status) {
    status.tabIndex = -1;
    status.focus();
  }
}

/**
 * Enhances a server-rendered form (found by id) when JavaScript runs: messages appear beside a field as the
 * reader leaves it, the button shows that the form is sending, and the form is submitted with fetch asking
 * for JSON, so on a problem nothing typed is lost and the server's messages appear in place. On success it
 * follows the server's redirect, as the plain form would. Without JavaScript the form posts as usual.
 *
 * Hand-written rather than a form library (react-hook-form and the like): those own the form's state in
 * React, so the server-rendered form would have to become a client component and lose its no-JavaScript
 * path. This leaf only listens to the form the server rendered, reads the browser's own validity and the
 * server's wording, and adds no bytes beyond its own.
 */
export function FormEnhancer({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    form.noValidate = true; // our messages, in place, instead of the browser's bubbles
    // An address without a dot after the @ is caught here, with the rest, not by the server a round later.
    // Set here, not in the markup: without JavaScript the browser's bubble for a pattern is vaguer than the
    // server's message (lib/forms/fields.ts emailInvalidMessage).
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="email"]')) input.pattern ||= emailPattern;
    const ui = formUi(form);
    const { show } = ui;

    // A message shown as the reader leaves a field pushes down what is below it. Leaving by a press on the
    // next control (the consent box under the address), the press then ended on something else and the tap
    // was lost. So while a pointer is pressed, the message waits for the click (or, with no click, the
    // pointer's release), then appears. A touch's tap moves focus only after the finger lifts, hence the click.
    let pressed = false;
    let waiting: Control | undefined;
    let fallback: number | undefined;
    const flush = () => {
      pressed = false;
      window.clearTimeout(fallback);
      const control = waiting;
      waiting = undefined;
      if (control) show(control.name, messageFor(control));
    };
    const onPress = () => {
      pressed = true;
      window.clearTimeout(fallback);
    };
    const onRelease = () => {
      // If no click follows the release (the press ended off the control), show the message anyway; 600 ms
      // is longer than a slow tap's press-to-click gap, short enough not to feel lost.
      fallback = window.setTimeout(flush, 600);
    };
    const onClick = () => {
      window.setTimeout(flush, 0);
    };

    const onLeave = (event: FocusEvent) => {
      const control = event.target as Control;
      if (!control.name || !("validity" in control) || control.type === "radio") return;
      // Only once something was typed, so tabbing through an empty form does not shout.
      if (control.value === "" && control.getAttribute("aria-invalid") !== "true") return;
      if (pressed) waiting = control;
      else show(control.name, messageFor(control));
    };
    const onChange = (event: Event) => {
      const control = event.target as Control;
      if (control.name && "validity" in control && form.querySelector(`[data-error-for="${CSS.escape(control.name)}"]`)?.textContent) {
        show(control.name, messageFor(control));
      }
    };

    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      void sendForm(ui);
    };

    document.addEventListener("pointerdown", onPress, true);
    document.addEventListener("pointerup", onRelease, true);
    document.addEventListener("pointercancel", onRelease, true);
    document.addEventListener("click", onClick, true);
    form.addEventListener("focusout", onLeave);
    form.addEventListener("change", onChange);
    form.addEventListener("input", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      document.removeEventListener("pointerdown", onPress, true);
      document.removeEventListener("pointerup", onRelease, true);
      document.removeEventListener("pointercancel", onRelease, true);
      document.removeEventListener("click", onClick, true);
      window.clearTimeout(fallback);
      form.removeEventListener("focusout", onLeave);
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId]);
  return null;
}
