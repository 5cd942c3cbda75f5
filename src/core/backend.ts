import { tf } from './tf';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Where the tfjs wasm binaries are served from: a folder URL, or one URL per binary. */
export type WasmPaths = Parameters<typeof setWasmPaths>[0];

/** Renderer names of software rasterizers: webgl on these is ~100× slower than wasm. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

/** True only when a WebGL context exists and its renderer is a real GPU (never SwiftShader/llvmpipe). */
export function hasRealGpu(): boolean {
  if (typeof OffscreenCanvas === 'undefined') return false;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE_RENDERERS.test(renderer);
  } catch {
    return false;
  }
}

let chosen: Promise<string> | undefined;

/**
 * Picks and initialises the tfjs backend once: webgl on a real GPU, else wasm (SIMD, single-threaded:
 * the threaded build breaks when minified), else cpu. Resolves to the backend's name.
 */
export function initBackend(options: { wasmPaths?: WasmPaths; preferGpu?: boolean } = {}): Promise<string> {
  chosen ??= choose(options);
  return chosen;
}

async function choose({ wasmPaths, preferGpu = true }: { wasmPaths?: WasmPaths; preferGpu?: boolean }): Promise<string> {
  if (preferGpu && hasRealGpu()) {
    await import('@tensorflow/tfjs-backend-webgl');
    if (await tf.setBackend('webgl')) return 'webgl';
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  try {
    if (wasmPaths !== undefined) setWasmPaths(wasmPaths);
    if (await tf.setBackend('wasm')) return 'wasm';
  } catch {
    // fall through to cpu: the wasm binary could not be fetched or compiled
  }
  await tf.setBackend('cpu');
  return 'cpu';
}
