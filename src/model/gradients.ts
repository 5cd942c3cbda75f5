import { tf } from '../core/tf';
import { modelError } from './errors';

/**
 * Throws unless tfjs gradients are registered (tfjs-core ships them separately). Register once per entry point:
 * browser/Worker `import '@tensorflow/tfjs-core/dist/register_all_gradients'`; Node (tsx) `import '@tensorflow/tfjs'`.
 */
export function assertGradients(): void {
  if (!tf.getGradient(tf.RealDiv) || !tf.getGradient(tf.BatchMatMul)) {
    throw modelError('noGradients');
  }
}
