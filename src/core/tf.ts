/** The one place the core imports tfjs from: tfjs-core plus the CPU kernels as the always-there fallback. */
export * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
