/** A text in every language the product speaks. */
export interface Bilingual {
  en: string;
  ko: string;
}

/**
 * Test id of the chart or panel a step is about: it is scrolled into view when the step opens and captured
 * in the handout. 'hist.svg' is the explorer's histogram.
 */
export type LessonFocus =
  | 'hist.svg'
  | 'error.panel'
  | 'calib.panel'
  | 'gran.panel'
  | 'formats.panel'
  | 'mapping.panel'
  | 'lab.panel'
  | 'lab.bert'
  | 'smooth.panel'
  | 'model.ptq'
  | 'model.sensitivity'
  | 'model.partial'
  | 'model.qat'
  | 'model.workflowPanel';

/**
 * One step: a scene (a link's query string, read by the app's link decoder), the chart it is about, and short
 * texts. Texts may cite live figures as `{{name}}` placeholders (see LESSON_NUMBERS), filled from the scene on
 * screen so that text and chart agree; figures not computed here are written out and marked as published.
 */
export interface LessonStep {
  scene: string;
  focus: LessonFocus;
  text: Bilingual;
  /** Something for the class to do on this scene. */
  tryThis: Bilingual;
  /** A question to ask the class, with the answer revealed on demand. */
  question?: { ask: Bilingual; answer: Bilingual };
}

/** A lesson: its id is part of shared links (`?lesson=<id>&step=<n>`) and never changes. */
export interface Lesson {
  id: string;
  title: Bilingual;
  /** One line saying what the lesson shows, for the lesson list. */
  summary: Bilingual;
  steps: LessonStep[];
}
