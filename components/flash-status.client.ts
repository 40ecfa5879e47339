"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A short-lived status message for a button's live region ("Link copied"): `flash(message)` shows it and
 * clears it after `ms` (or after the `keepMs` of that one message, for one the reader must act on). Cleared,
 * the same message is announced again on the next click. A second click restarts the clock instead of letting
 * the first click's timer wipe the new message early, and nothing fires after the button has gone.
 */
export function useFlashStatus(ms: number): [string, (message: string, keepMs?: number) => void] {
  const [status, setStatus] = useState("");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const flash = useCallback(
    (message: string, keepMs = ms) => {
      window.clearTimeout(timer.current);
      setStatus(message);
      timer.current = window.setTimeout(() => setStatus(""), keepMs);
    },
    [ms],
  );
  return [status, flash];
}
