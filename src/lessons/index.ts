import { activations } from './content/activations';
import { affine } from './content/affine';
import { calibration } from './content/calibration';
import { formats } from './content/formats';
import { granularity } from './content/granularity';
import { outliers } from './content/outliers';
import { qat } from './content/qat';
import { symmetric } from './content/symmetric';
import { workflow } from './content/workflow';
import type { Lesson } from './types';

export type { Bilingual, Lesson, LessonFocus, LessonStep } from './types';

/** The lessons for class, in the order of the article: formats → affine maths → … → the workflow. */
export const LESSONS: Lesson[] = [formats, affine, symmetric, granularity, outliers, calibration, activations, qat, workflow];

/** The lesson with this id, or undefined. */
export function findLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
