import { tf } from '../core/tf';

/**
 * Throws unless tfjs gradients are registered (tfjs-core ships them separately). Register once per entry point:
 * browser/Worker `import '@tensorflow/tfjs-core/dist/register_all_gradients'`; Node (tsx) `import '@tensorflow/tfjs'`.
 */
export function assertGradients(): void {
  if (!tf.getGradient(tf.RealDiv) || !tf.getGradient(tf.BatchMatMul)) {
    throw new Error(
      "tfjs gradients are not registered: import '@tensorflow/tfjs-core/dist/register_all_gradients' (browser, Vite) or '@tensorflow/tfjs' (Node) first",
    );
  }
}
