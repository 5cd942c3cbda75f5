import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson, LESSONS } from '../../lessons';
import { openStep } from '../../state/lessonNav';
import { useScene } from '../../state/scene';
import { LessonText } from './LessonText';
import { useFocusScroll } from './useFocusScroll';
import { useLessonNumbers } from './useLessonNumbers';
import { prepareHandout } from './handout';

/** The step on screen: counter and progress, its text with live figures, a prompt, a question, and navigation. */
export function LessonCard() {
  const { t } = useTranslation();
  const place = useScene((s) => s.lesson);
  const language = useScene((s) => s.language);
  const numbers = useLessonNumbers();
  const lesson = place && findLesson(place.id);
  const step = place && lesson ? lesson.steps[place.step] : undefined;
  const stepKey = place ? `${place.id}:${place.step}` : '';
  useFocusScroll(stepKey, step?.focus ?? null);
  const [answered, setAnswered] = useState('');
  if (!place || !lesson || !step) return null;
  const total = lesson.steps.length;
  const go = (n: number) => openStep({ id: lesson.id, step: n });
  const shown = answered === stepKey;
  return (
    <section className="lesson-card" aria-label={lesson.title[language]} data-testid="lesson.card" data-step={place.step + 1}>
      <p className="lesson-kicker">
        {t('lessons.number', { n: LESSONS.indexOf(lesson) + 1 })} · <span className="lesson-title">{lesson.title[language]}</span>
      </p>
      <div className="lesson-progress">
        <progress max={total} value={place.step + 1} aria-label={t('lessons.progress')} data-testid="lesson.progress" />
        <span data-testid="lesson.counter">{t('lessons.stepOf', { n: place.step + 1, total })}</span>
      </div>
      <p className="lesson-text" aria-live="polite">
        <LessonText text={step.text[language]} numbers={numbers} testId="lesson.text" />
      </p>
      <p className="lesson-try" data-testid="lesson.try">
        <strong>{t('lessons.tryThis')}:</strong> <LessonText text={step.tryThis[language]} numbers={numbers} />
      </p>
      {step.question && (
        <div className="lesson-question" data-testid="lesson.question">
          <p>
            <strong>{t('lessons.ask')}:</strong> <LessonText text={step.question.ask[language]} numbers={numbers} />
          </p>
          <button
            type="button"
            aria-expanded={shown}
            aria-controls="lesson-answer"
            data-testid="lesson.answer-toggle"
            onClick={() => setAnswered(shown ? '' : stepKey)}
          >
            {shown ? t('lessons.hideAnswer') : t('lessons.showAnswer')}
          </button>
          {shown && (
            <p id="lesson-answer" className="lesson-answer" data-testid="lesson.answer">
              <LessonText text={step.question.answer[language]} numbers={numbers} />
            </p>
          )}
        </div>
      )}
      <nav className="lesson-nav" aria-label={lesson.title[language]}>
        <button type="button" data-testid="lesson.previous" disabled={place.step === 0} onClick={() => go(place.step - 1)}>
          ← {t('lessons.previous')}
        </button>
        <button type="button" data-testid="lesson.next" disabled={place.step === total - 1} onClick={() => go(place.step + 1)}>
          {t('lessons.next')} →
        </button>
      </nav>
      <div className="lesson-tools">
        <button type="button" data-testid="lesson.leave" onClick={() => useScene.getState().leaveLesson()}>
          {t('lessons.leave')} (Esc)
        </button>
        <button type="button" data-testid="lesson.handout" onClick={() => void prepareHandout([lesson.id])}>
          {t('lessons.handout')}
        </button>
      </div>
      <p className="hint lesson-keys">{t('lessons.keys')}</p>
    </section>
  );
}
