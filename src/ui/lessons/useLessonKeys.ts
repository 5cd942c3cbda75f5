import { useEffect } from 'react';
import { findLesson } from '../../lessons';
import { openStep } from '../../state/lessonNav';
import { useScene } from '../../state/scene';
import { lessonKeyAction, stepAfter } from './keys';

/** In a lesson, → / PageDown / Space, ← / PageUp, Home / End step through it and Esc leaves it (not in text fields). */
export function useLessonKeys(): void {
  const active = useScene((s) => s.lesson !== null && !s.embed);
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const el = e.target instanceof HTMLElement ? e.target : document.body;
      const action = lessonKeyAction(
        e.key,
        { tag: el.tagName, role: el.getAttribute('role'), editable: el.isContentEditable },
        e.ctrlKey || e.altKey || e.metaKey,
      );
      const place = useScene.getState().lesson;
      const lesson = place && findLesson(place.id);
      if (!action || !place || !lesson) return;
      e.preventDefault();
      const step = stepAfter(action, place.step, lesson.steps.length);
      if (step === null) useScene.getState().leaveLesson();
      else if (step !== place.step) openStep({ id: place.id, step });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
