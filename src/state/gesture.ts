import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';

/** How long (ms) a value must stay still, outside the end of a gesture, before work that waits for rest starts. */
export const REST_DELAY_MS = 120;

/** A pointer drag or a held key on a control (transient UI state, not part of the scene). */
interface GestureState {
  /** A gesture is under way. */
  active: boolean;
  /** Counts finished gestures: a change marks the moment one ended (pointer-up, key-up). */
  ended: number;
  begin(): void;
  end(): void;
}

export const useGesture = create<GestureState>()((set) => ({
  active: false,
  ended: 0,
  begin: () => set((g) => (g.active ? {} : { active: true })),
  end: () => set((g) => (g.active ? { active: false, ended: g.ended + 1 } : {})),
}));

/**
 * `value` once it has come to rest, identified by `key`: at once when a gesture ends, else once it has stayed
 * the same for REST_DELAY_MS — during a gesture too (a drag that pauses rests), unless `midGesture` is false
 * (for work too long to start on every pause). Until then, the last value that rested.
 */
export function useRested<T>(value: T, key: string, midGesture = true): T {
  const ended = useGesture((g) => g.ended);
  const waiting = useGesture((g) => g.active && !midGesture);
  const [rested, setRested] = useState({ key, value });
  const seenEnd = useRef(ended);
  useEffect(() => {
    const justEnded = seenEnd.current !== ended;
    seenEnd.current = ended;
    if (rested.key === key || waiting) return;
    const settle = () => setRested({ key, value });
    if (justEnded) return settle();
    const timer = setTimeout(settle, REST_DELAY_MS);
    return () => clearTimeout(timer);
    // `value` is identified by `key`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ended, rested.key, waiting]);
  return rested.value;
}

/** Whether an event target is a slider (a range input) or inside one. */
const onSlider = (target: EventTarget | null): boolean => target instanceof Element && target.closest('input[type="range"]') !== null;

/**
 * Makes a drag of any slider (pointer down … up) or a held arrow key on it one gesture, like the histogram's
 * handles: its many changes then make one history entry. Listens on the document.
 */
export function useSliderGestures(): void {
  useEffect(() => {
    const { begin, end } = useGesture.getState();
    const down = (e: Event) => onSlider(e.target) && begin();
    const up = () => end(); // wherever the key or pointer comes up (a Tab's key-up lands on the next control)
    const events: [string, (e: Event) => unknown][] = [
      ['pointerdown', down],
      ['keydown', down],
      ['pointerup', up],
      ['pointercancel', up],
      ['keyup', up],
    ];
    for (const [type, listener] of events) document.addEventListener(type, listener, true);
    return () => {
      for (const [type, listener] of events) document.removeEventListener(type, listener, true);
    };
  }, []);
}
