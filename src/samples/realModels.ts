/** Real float32 model weights shipped by the npm package @vladmandic/human (MIT), copied into the build under /models/. */
export const REAL_MODELS = [
  { id: 'blazeface', files: ['blazeface.json', 'blazeface.bin'], title: 'BlazeFace (face detector)' },
  { id: 'iris', files: ['iris.json', 'iris.bin'], title: 'MediaPipe Iris' },
  { id: 'emotion', files: ['emotion.json', 'emotion.bin'], title: 'Emotion classifier' },
] as const;

export type RealModelId = (typeof REAL_MODELS)[number]['id'];

/** Where the models come from, for the attribution line. */
export const REAL_MODEL_ATTRIBUTION = '@vladmandic/human 3.3.6, MIT licence';

/** Folder the model files are served from, relative to the app's base URL. */
export const MODELS_PATH = 'models/';

/** The model entry for an id, or undefined for an unknown one. */
export function findRealModel(id: string): (typeof REAL_MODELS)[number] | undefined {
  return REAL_MODELS.find((m) => m.id === id);
}
