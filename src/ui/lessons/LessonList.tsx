import { useTranslation } from 'react-i18next';
import { LESSONS } from '../../lessons';
import { openStep } from '../../state/lessonNav';
import { useScene } from '../../state/scene';
import { prepareHandout } from './handout';

/** The lessons in the article's order, each with its summary and a Start button. */
export function LessonList() {
  const { t } = useTranslation();
  const language = useScene((s) => s.language);
  return (
    <section className="panel lesson-list" data-testid="lesson.list">
      <h2>{t('lessons.heading')}</h2>
      <p className="hint">{t('lessons.intro')}</p>
      <ol>
        {LESSONS.map((lesson, i) => (
          <li key={lesson.id} data-testid={`lesson.item.${lesson.id}`}>
            <div>
              <span className="lesson-kicker">{t('lessons.number', { n: i + 1 })}</span>
              <h3>{lesson.title[language]}</h3>
              <p>{lesson.summary[language]}</p>
            </div>
            <div className="lesson-item-actions">
              <span className="hint">{t('lessons.steps', { count: lesson.steps.length })}</span>
              <button type="button" data-testid={`lesson.start.${lesson.id}`} onClick={() => openStep({ id: lesson.id, step: 0 })}>
                {t('lessons.start')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" data-testid="lesson.handout-all" onClick={() => void prepareHandout(LESSONS.map((l) => l.id))}>
        {t('lessons.handoutAll')}
      </button>
    </section>
  );
}
