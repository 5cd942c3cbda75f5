import { create } from 'zustand';
import { findLesson, LESSONS } from '../../lessons';
import { useAnalysis } from '../../state/analysis';
import { openStep } from '../../state/lessonNav';
import { useScene } from '../../state/scene';
import { sourceKey } from '../../state/source';
import { focusElement } from './useFocusScroll';

/** One step as printed: the figures its texts cite (as shown when it was captured) and its chart's markup. */
export interface HandoutStep {
  numbers: Record<string, string>;
  chart: string;
}

/** What the handout shows, and how far its preparation has come. */
interface HandoutState {
  status: 'idle' | 'preparing' | 'ready';
  /** Captured steps of each lesson, by lesson id, in order. */
  lessons: { id: string; steps: HandoutStep[] }[];
  progress: { lesson: string; n: number; total: number } | null;
}

export const useHandout = create<HandoutState>()(() => ({ status: 'idle', lessons: [], progress: null }));

/** Longest wait (ms) for one step's scene to be computed before it is captured as it is. */
const STEP_TIMEOUT_MS = 20000;
const POLL_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the step on screen is fully computed: its tensor loaded, every panel current, its figures known. */
function settled(focus: string, step: number): boolean {
  const a = useAnalysis.getState();
  const scene = useScene.getState();
  if (a.loading || !a.loadedSource || sourceKey(a.loadedSource) !== sourceKey(scene.source)) return false;
  const card = document.querySelector('[data-testid="lesson.card"]');
  if (card?.getAttribute('data-step') !== String(step + 1) || !focusElement(focus)) return false;
  if (document.querySelector('main [data-current="false"], [data-testid="error.panel"][data-exact="false"]')) return false;
  return [...document.querySelectorAll('.lesson-card .live-number')].every((el) => el.textContent !== '…');
}

/**
 * Markup of a chart for the handout. The page's policy refuses inline style attributes in markup, so they travel as
 * data-style and are applied through the CSSOM when shown (see showChart).
 */
function chartMarkup(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const e of [clone, ...clone.querySelectorAll('[style]')]) {
    const style = e.getAttribute('style');
    if (style === null) continue;
    e.setAttribute('data-style', style);
    e.removeAttribute('style');
  }
  return clone.outerHTML;
}

/** Puts captured chart markup into `box` and restores its styles. */
export function showChart(box: HTMLElement, markup: string): void {
  box.innerHTML = markup;
  for (const e of box.querySelectorAll<HTMLElement | SVGElement>('[data-style]')) e.style.cssText = e.dataset.style ?? '';
}

/** The figures the card shows now, by name. */
function shownNumbers(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const el of document.querySelectorAll<HTMLElement>('.lesson-card .live-number')) {
    const name = el.dataset.testid?.replace('lesson.num.', '');
    if (name) out[name] = el.textContent ?? '';
  }
  return out;
}

/**
 * Walks through every step of the lessons named, waits for each scene to be computed, and keeps its figures and
 * the markup of the chart it is about; then puts the scene back as it was and shows the handout.
 */
export async function prepareHandout(ids: string[]): Promise<void> {
  if (useHandout.getState().status === 'preparing') return;
  const saved = useScene.getState();
  const lessons: HandoutState['lessons'] = [];
  useHandout.setState({ status: 'preparing', lessons: [] });
  try {
    for (const id of ids) {
      const lesson = findLesson(id);
      if (!lesson) continue;
      const steps: HandoutStep[] = [];
      for (let i = 0; i < lesson.steps.length; i++) {
        useHandout.setState({ progress: { lesson: String(LESSONS.indexOf(lesson) + 1), n: i + 1, total: lesson.steps.length } });
        openStep({ id, step: i });
        const started = performance.now();
        let calm = 0; // consecutive polls that found the step settled
        while (calm < 2 && performance.now() - started < STEP_TIMEOUT_MS) {
          await sleep(POLL_MS);
          calm = settled(lesson.steps[i].focus, i) ? calm + 1 : 0;
        }
        const chart = focusElement(lesson.steps[i].focus);
        steps.push({ numbers: shownNumbers(), chart: chart ? chartMarkup(chart) : '' });
      }
      lessons.push({ id, steps });
    }
  } finally {
    useScene.setState(saved);
    useHandout.setState({ status: 'ready', lessons, progress: null });
  }
}
