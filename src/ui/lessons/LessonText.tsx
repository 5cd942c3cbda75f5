import { useTranslation } from 'react-i18next';
import type { LessonNumber } from './numbers';
import { splitTemplate } from './template';

/** A lesson text with its `{{name}}` figures filled from the live scene (… until they are computed). */
export function LessonText({ text, numbers, testId }: { text: string; numbers: Partial<Record<LessonNumber, string>>; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span data-testid={testId}>
      {splitTemplate(text).map((part, i) =>
        'text' in part ? (
          part.text
        ) : (
          <strong
            key={i}
            className="live-number"
            data-testid={`lesson.num.${part.name}`}
            title={numbers[part.name as LessonNumber] === undefined ? t('lessons.notReady') : undefined}
          >
            {numbers[part.name as LessonNumber] ?? '…'}
          </strong>
        ),
      )}
    </span>
  );
}
