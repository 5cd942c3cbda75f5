import { useEffect } from 'react';

/** How long (ms) to wait for the chart a step is about to appear (its tensor may still be loading). */
const WAIT_MS = 4000;

/** The element a lesson step is about: the panel around the element with that test id. */
export function focusElement(testId: string): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  return el?.closest<HTMLElement>('.panel') ?? el;
}

/** Scrolls the step's chart into view once it is on screen; `key` names the step. */
export function useFocusScroll(key: string, testId: string | null): void {
  useEffect(() => {
    if (!testId) return;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout>;
    const attempt = () => {
      const el = focusElement(testId);
      if (el) el.scrollIntoView({ block: 'start' });
      else if (performance.now() - started < WAIT_MS) timer = setTimeout(attempt, 100);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [key, testId]);
}
