import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: its own scripts, Workers and styles; WebAssembly compiled from its
 * own .wasm files ('wasm-unsafe-eval', never 'unsafe-eval'); no inline script, no <style> element (style
 * attributes are allowed: they cannot run code); connections to its own origin and to
 * http(s) URLs, which the app only fetches when the user loads one (a link's src= asks first). Images may be data:
 * or blob: URLs (chart export); no plugins, no frames, no forms, no <base> elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'", // style attributes (the handout re-inserts captured charts); <style> elements stay blocked
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The favicon as a data: URL, so the browser never fetches it again when the address changes. */
function inlineFavicon(html: string): string {
  const svg = readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8');
  return html.replace('href="/favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
}

/**
 * Puts the policy into index.html as a <meta http-equiv> in the build only: the dev server's React refresh preamble
 * is an inline script and its HMR client needs a websocket, which a strict policy would block. The favicon is
 * inlined too (under the policy, Chromium fetched it anew after each history entry, and it failed offline).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'quantscope-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => ({
        html: inlineFavicon(html),
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
            injectTo: 'head-prepend',
          },
        ],
      }),
    },
  };
}
