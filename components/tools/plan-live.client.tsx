"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { unansweredText } from "@/lib/tools/plan-missing";

/**
 * Live answers for the planner. Without JavaScript the form is a plain GET form; with it, every change
 * replaces the URL with the answers so far and, once each question has an answer, re-renders the answer on
 * the server, so the address bar always holds a shareable link to what is on screen. router.replace uses
 * history.replaceState: changing answers does not fill the Back history. A change waits `settleMs` for the
 * next one: arrowing through a question's options otherwise re-rendered, and had the plan's summary read out,
 * at every option passed. Renders only a visual status line (not a live region: the answer's summary is one).
 */
const settleMs = 600;

/**
 * Next's route announcer (an assertive alert in a shadow root) reads each soft navigation's new title, or,
 * while the title streams in, the page's h1: every new answer had "Plan your AI team" said over its summary,
 * which the page's own status reads. Hidden from assistive technology from the first answer this form asks
 * for until the planner is left, when the announcer reads the next page's name again (plan-js.spec.ts).
 */
function quietAnnouncer(quiet: boolean) {
  const announcer = document.querySelector("next-route-announcer");
  if (quiet) announcer?.setAttribute("aria-hidden", "true");
  else announcer?.removeAttribute("aria-hidden");
}

interface Props {
  formId: string;
  questionIds: readonly string[];
  answerId: string;
  /** The answers the page was rendered for (from its address), as the form shows them without JavaScript. */
  answers: Readonly<Partial<Record<string, string>>>;
}

/** The answers as a query, in question order: what this leaf asks for, and what each render was made for. */
const queryOf = (questionIds: readonly string[], value: (id: string) => unknown) =>
  new URLSearchParams(questionIds.flatMap((id) => (typeof value(id) === "string" ? [[id, value(id) as string]] : []))).toString();

export function PlanLive({ formId, questionIds, answerId, answers }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [missing, setMissing] = useState("");
  const focusAnswer = useRef(false);
  const rendered = queryOf(questionIds, (id) => answers[id]);
  // Queries this leaf asked for, oldest first, and the one the page was last rendered for.
  const asked = useRef<string[]>([]);
  const shown = useRef(rendered);
  const timer = useRef<number | undefined>(undefined);

  // The questions as one string: each render of the page brings `questionIds` as a new array, and an effect that
  // depended on it ran its cleanup at every answer the server sent back, which cleared the timer of a change
  // made while that answer was on its way: the radios showed the new choice, the page and its address the old.
  const questionKey = questionIds.join(" ");

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const ids = questionKey.split(" ");
    // The page's own messages, beside each unanswered question, rather than the browser's bubble: it showed for a
    // few seconds, in no text of the page, with the question's heading above the view at high zoom.
    form.noValidate = true;
    const mark = (id: string, message: string) => {
      const slot = document.getElementById(`${id}-error`);
      if (slot) slot.textContent = message;
      for (const radio of form.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)) {
        if (message) radio.setAttribute("aria-invalid", "true");
        else radio.removeAttribute("aria-invalid");
      }
    };
    const update = (event: Event) => {
      window.clearTimeout(timer.current);
      const data = new FormData(form);
      const query = queryOf(ids, (id) => data.get(id));
      const complete = ids.every((id) => typeof data.get(id) === "string");
      const show = () => {
        asked.current.push(query);
        quietAnnouncer(true);
        startTransition(() => router.replace(`/plan?${query}`, { scroll: false }));
      };
      // A change after "Show my team", before its answer came: the reader is choosing again, so focus stays with them.
      focusAnswer.current = false;
      const unanswered = ids.filter((id) => typeof data.get(id) !== "string");
      if (event.type === "submit" && unanswered.length > 0) {
        event.preventDefault();
        for (const id of ids) mark(id, unanswered.includes(id) ? "Choose an answer to this question." : "");
        setMissing(unansweredText(unanswered.map((id) => ids.indexOf(id) + 1)));
        // The question's heading in view, then its first option focused: the group's description reads the message.
        const first = form.querySelector<HTMLInputElement>(`input[name="${unanswered[0]}"]`);
        first?.closest("fieldset")?.scrollIntoView({ block: "start" });
        first?.focus({ preventScroll: true });
        return;
      }
      if (event.target instanceof HTMLInputElement && event.target.name) mark(event.target.name, "");
      // What is still missing, once said, follows each answer ("Question 6 needs an answer" after 5 is answered).
      setMissing((said) => (said && unanswered.length > 0 ? unansweredText(unanswered.map((id) => ids.indexOf(id) + 1)) : ""));
      if (event.type === "submit") {
        event.preventDefault();
        focusAnswer.current = complete;
        show();
      } else if (complete) timer.current = window.setTimeout(show, settleMs);
      // Not all answered: nothing to render yet, but the address keeps the answers so far (Next's router follows a
      // native replaceState), so a reload, or Back from a chapter read mid-way, no longer brings a blank form.
      else window.history.replaceState(null, "", `/plan?${query}`);
    };
    form.addEventListener("change", update);
    form.addEventListener("submit", update);
    return () => {
      window.clearTimeout(timer.current);
      quietAnnouncer(false);
      form.removeEventListener("change", update);
      form.removeEventListener("submit", update);
    };
  }, [formId, questionKey, router]);

  // The page is the same component from one /plan address to the next, and its radios keep what was ticked. When
  // the address changed by another way than this form (the header's "Team planner" link, Back after it), the
  // ticks stayed those of the plan before: a blank planner with six answers ticked. They now follow the
  // address. A render this leaf asked for is left alone, and so are the older ones it overtook, which arrive
  // while the reader is already choosing again.
  useEffect(() => {
    if (rendered === shown.current) return;
    shown.current = rendered;
    const mine = asked.current.indexOf(rendered);
    if (mine >= 0) {
      asked.current.splice(0, mine + 1);
      return;
    }
    asked.current = [];
    window.clearTimeout(timer.current);
    const form = document.getElementById(formId);
    const values = new URLSearchParams(rendered);
    for (const input of form?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []) {
      input.checked = values.get(input.name) === input.value;
      input.removeAttribute("aria-invalid"); // a message from before is not about this planner
    }
    for (const slot of form?.querySelectorAll("[data-error-for]") ?? []) slot.textContent = "";
    setMissing("");
  }, [rendered, formId]);

  // After "Show my team", move focus and the view to the answer's start once it has rendered. focus()
  // alone scrolls only as far as needed, which on wide screens left the answer's heading above the view.
  useEffect(() => {
    if (pending || !focusAnswer.current) return;
    focusAnswer.current = false;
    const answer = document.getElementById(answerId);
    answer?.focus({ preventScroll: true });
    answer?.scrollIntoView({ block: "start" });
  }, [pending, answerId]);

  return (
    <p className={`js-only mt-3 min-h-5 text-sm ${missing && !pending ? "font-medium text-error" : "text-fg-muted"}`} data-plan-status>
      {pending ? "Updating the answer…" : missing}
    </p>
  );
}
