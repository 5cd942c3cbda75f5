/** The shipped pretrained digits MLP (npm run train), PyTorch layout with __metadata__.layers; fetch it in the browser, readFileSync(fileURLToPath(...)) in Node. */
export const SHIPPED_WEIGHTS_URL = new URL('./mlp-digits.safetensors', import.meta.url);
