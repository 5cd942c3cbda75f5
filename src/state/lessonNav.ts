import { stepLink } from './lessonLink';
import { useModelLab } from './modelLab';
import { useScene, type LessonPlace } from './scene';

/**
 * Opens a lesson step: its scene and model lab inputs replace the current ones (viewer settings kept).
 */
export function openStep(place: LessonPlace): void {
  const { scene: next, model } = stepLink(useScene.getState(), place);
  useModelLab.setState(model);
  useScene.setState(next); // a calibrator the step follows resolves its range from the analysis store
}
