"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A short-lived status message for a button's live region ("Link copied"): `flash(message)` shows it and
 * clears it after `ms`. A second click restarts the clock instead of letting the first click's timer wipe the
 * new message early, and nothing fires after the button has gone.
 */
export function useFlashStatus(ms: number): [string, (message: string) => void] {
  const [status, setStatus] = useState("");
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const flash = useCallback(
    (message: string) => {
      window.clearTimeout(timer.current);
      setStatus(message);
      timer.current = window.setTimeout(() => setStatus(""), ms);
    },
    [ms],
  );
  return [status, flash];
}
