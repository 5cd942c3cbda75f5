import { useTranslation } from 'react-i18next';
import { findLesson, LESSONS } from '../../lessons';
import { useScene } from '../../state/scene';
import { showChart, useHandout } from './handout';
import { LessonText } from './LessonText';

/** The printable handout: one page per lesson, each step's texts beside the chart it was captured with. */
export function Handout() {
  const { t } = useTranslation();
  const language = useScene((s) => s.language);
  const { status, lessons, progress } = useHandout();
  if (status === 'idle') return null;
  if (status === 'preparing')
    return (
      <div className="handout-progress" role="status" data-testid="handout.preparing">
        {progress && t('lessons.preparing', { lesson: t('lessons.number', { n: progress.lesson }), n: progress.n, total: progress.total })}
      </div>
    );
  const close = () => useHandout.setState({ status: 'idle', lessons: [] });
  return (
    <div className="handout" data-testid="handout" role="dialog" aria-modal="true" aria-label={t('lessons.handoutTitle')}>
      <div className="handout-bar">
        <strong>{t('lessons.handoutTitle')}</strong>
        <button type="button" data-testid="handout.print" onClick={() => window.print()}>
          {t('lessons.print')}
        </button>
        <button type="button" data-testid="handout.close" onClick={close}>
          {t('lessons.close')}
        </button>
      </div>
      {lessons.map(({ id, steps }) => {
        const lesson = findLesson(id);
        if (!lesson) return null;
        return (
          <article key={id} className="handout-lesson" data-testid={`handout.lesson.${id}`}>
            <h2>
              {t('lessons.number', { n: LESSONS.indexOf(lesson) + 1 })} · {lesson.title[language]}
            </h2>
            <div className="handout-steps">
              {lesson.steps.map((step, i) => {
                const { numbers, chart } = steps[i] ?? { numbers: {}, chart: '' };
                return (
                  <section key={i} className="handout-step">
                    <h3>{t('lessons.stepOf', { n: i + 1, total: lesson.steps.length })}</h3>
                    <div
                      className="handout-chart"
                      inert
                      ref={(box) => {
                        if (box) showChart(box, chart);
                      }}
                    />
                    <p>
                      <LessonText text={step.text[language]} numbers={numbers} />
                    </p>
                    <p>
                      <strong>{t('lessons.tryThis')}:</strong> <LessonText text={step.tryThis[language]} numbers={numbers} />
                    </p>
                    {step.question && (
                      <p>
                        <strong>{t('lessons.ask')}:</strong> <LessonText text={step.question.ask[language]} numbers={numbers} />{' '}
                        <em>
                          <LessonText text={step.question.answer[language]} numbers={numbers} />
                        </em>
                      </p>
                    )}
                  </section>
                );
              })}
            </div>
            <p className="handout-footer">{t('lessons.handoutFooter')}</p>
          </article>
        );
      })}
    </div>
  );
}
