import { useEffect } from 'react';

/** How long (ms) after a step opens its chart is kept in view while panels load and the layout shifts. */
const SETTLE_MS = 10000;
const POLL_MS = 200;
/** A chart this close (px) to the top of the window counts as in place. */
const SLACK_PX = 4;

/** The element a lesson step is about: the one with that test id, or for a chart the panel around it (with its title). */
export function focusElement(testId: string): Element | null {
  const el = document.querySelector(`[data-testid="${testId}"]`);
  return el instanceof SVGSVGElement ? (el.closest('.panel') ?? el) : el;
}

/**
 * Brings the step's chart to the top of the window and keeps it there while the panels above it load and change
 * height, until the user scrolls, clicks or types; `key` names the step.
 */
export function useFocusScroll(key: string, testId: string | null): void {
  useEffect(() => {
    if (!testId) return;
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const stop = (e: Event) => {
      if (e.timeStamp < started) return; // the key or click that opened this step
      stopped = true;
      clearTimeout(timer);
    };
    const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    for (const e of events) window.addEventListener(e, stop, { passive: true });
    const align = () => {
      const el = focusElement(testId);
      if (el && Math.abs(el.getBoundingClientRect().top) > SLACK_PX) el.scrollIntoView({ block: 'start' });
      if (!stopped && performance.now() - started < SETTLE_MS) timer = setTimeout(align, POLL_MS);
    };
    align();
    return () => {
      stopped = true;
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, stop);
    };
  }, [key, testId]);
}
