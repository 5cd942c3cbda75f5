import { useEffect, useState } from 'react';
import { useScene } from '../state/scene';

/** Size in px of the text inside the charts: 13 on a screen, 18 in presenter mode (legible from the back of a room). */
export const CHART_FONT = { screen: 13, presenter: 18 } as const;

/** The charts' text size for the current mode. */
export function useChartFont(): number {
  return useScene((s) => (s.presenter ? CHART_FONT.presenter : CHART_FONT.screen));
}

/** Approximate advance in px of one character of chart text at `font` px (bold Latin digits and letters). */
export function charWidth(font: number): number {
  return font * 0.62;
}

/** Approximate width in px of `text` at `font` px: a Hangul syllable or jamo takes a full em, anything else charWidth(font). */
export function textWidth(text: string, font: number): number {
  const wide = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  return wide * font + (Array.from(text).length - wide) * charWidth(font);
}

/** The window's inner height in CSS px, tracked on resize. */
export function useWindowHeight(): number {
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 900 : window.innerHeight));
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}
