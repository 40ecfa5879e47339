"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

/**
 * Live answers for the planner. Without JavaScript the form is a plain GET form; with it, every change
 * (once each question has an answer) replaces the URL with the new answers and re-renders the answer on
 * the server, so the address bar always holds a shareable link to what is on screen. router.replace uses
 * history.replaceState: changing answers does not fill the Back history. A change waits `settleMs` for the
 * next one: arrowing through a question's options otherwise re-rendered, and had the plan's summary read out,
 * at every option passed. Renders only a visual status line (not a live region: the answer's summary is one).
 */
const settleMs = 600;

export function PlanLive({ formId, questionIds, answerId }: { formId: string; questionIds: readonly string[]; answerId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const focusAnswer = useRef(false);

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: number | undefined;
    const update = (event: Event) => {
      window.clearTimeout(timer);
      const data = new FormData(form);
      const query = new URLSearchParams();
      for (const id of questionIds) {
        const value = data.get(id);
        if (typeof value === "string") query.set(id, value);
      }
      const complete = questionIds.every((id) => query.has(id));
      const show = () => startTransition(() => router.replace(`/plan?${query}`, { scroll: false }));
      if (event.type === "submit") {
        event.preventDefault();
        focusAnswer.current = complete;
        show();
      } else if (complete) timer = window.setTimeout(show, settleMs); // nothing until every question has an answer
    };
    form.addEventListener("change", update);
    form.addEventListener("submit", update);
    return () => {
      window.clearTimeout(timer);
      form.removeEventListener("change", update);
      form.removeEventListener("submit", update);
    };
  }, [formId, questionIds, router]);

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
    <p className="js-only mt-3 min-h-5 text-sm text-fg-muted">
      {pending ? "Updating the answer…" : ""}
    </p>
  );
}
