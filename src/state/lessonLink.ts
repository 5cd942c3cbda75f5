import { findLesson } from '../lessons';
import type { ModelLabInputs } from './modelLab';
import type { LessonPlace, SceneState } from './scene';
import { decodeScene, type DecodedLink } from './url/codec';

/** Link keys that say how to show a scene, not what it is: a lesson link made only of these opens the step's own scene. */
const VIEWER_KEYS = new Set(['v', 'lesson', 'step', 'lang', 'presenter', 'embed', 'hide']);

/**
 * The scene of a lesson step and the model lab's inputs, read by the link decoder from the step's link, with the
 * viewer's own settings kept (language, presenter mode, embedding, hidden panels). Throws for a place that names no step.
 */
export function stepLink(viewer: SceneState, place: LessonPlace): { scene: SceneState; model: ModelLabInputs } {
  const step = findLesson(place.id)?.steps[place.step];
  if (!step) throw new RangeError(`no step ${place.step + 1} in lesson "${place.id}"`);
  const { scene, model } = decodeScene(step.scene);
  const kept = { language: viewer.language, presenter: viewer.presenter, embed: viewer.embed, hidden: viewer.hidden };
  return { scene: { ...scene, ...kept, lesson: place }, model };
}

/**
 * A decoded link that names a lesson step: a bare `?lesson=…&step=…` (with viewer keys only) opens the step's
 * scene; a link that also carries a scene (as the app writes it) shows that scene with the step's text.
 */
export function withLessonScene(link: DecodedLink, query: string): DecodedLink {
  const place = link.scene.lesson;
  if (!place) return link;
  for (const key of new URLSearchParams(query).keys()) if (!VIEWER_KEYS.has(key)) return link;
  return { ...link, ...stepLink(link.scene, place) };
}
