import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENE, PANELS } from '../state/scene';
import { decodeScene, encodeScene } from '../state/url/codec';
import { LESSON_NUMBERS } from '../ui/lessons/numbers';
import { placeholders } from '../ui/lessons/template';
import { LESSONS } from '.';
import type { Bilingual } from './types';

/** Sentences of an English or Korean text: a full stop, ? or ! before a space and a capital, a Hangul syllable or the end. */
function sentences(text: string): number {
  return text.split(/(?<=[.?!])\s+(?=[A-Z“(\d\p{Script=Hangul}])/u).filter((s) => s.trim()).length;
}

const steps = LESSONS.flatMap((lesson) => lesson.steps.map((step, i) => ({ lesson, step, name: `${lesson.id} step ${i + 1}` })));
const texts = (b: Bilingual) => [b.en, b.ko];

describe('lessons', () => {
  it('are at least nine, with stable, distinct, link-safe ids and 3 to 6 steps each', () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(9);
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    expect(LESSONS.slice(0, 9).map((l) => l.id)).toEqual([
      'formats',
      'affine',
      'symmetric',
      'granularity',
      'outliers',
      'calibration',
      'activations',
      'qat',
      'workflow',
    ]);
    for (const l of LESSONS) {
      expect(l.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(l.steps.length, l.id).toBeGreaterThanOrEqual(3);
      expect(l.steps.length, l.id).toBeLessThanOrEqual(6);
    }
  });

  it('have every title, summary, text, prompt, question and answer in English and Korean', () => {
    for (const l of LESSONS) for (const t of [...texts(l.title), ...texts(l.summary)]) expect(t.trim().length, l.id).toBeGreaterThan(3);
    for (const { step, name } of steps) {
      const all = [step.text, step.tryThis, ...(step.question ? [step.question.ask, step.question.answer] : [])];
      for (const b of all) {
        expect(b.en.trim().length, name).toBeGreaterThan(10);
        expect(b.ko.trim().length, name).toBeGreaterThan(5);
        expect(b.ko, name).toMatch(/\p{Script=Hangul}/u);
        expect(b.en, name).not.toMatch(/\p{Script=Hangul}/u);
      }
    }
  });

  it('keep each step’s text to 2–5 sentences in both languages', () => {
    for (const { step, name } of steps) {
      for (const t of texts(step.text)) {
        expect(sentences(t), `${name}: ${t}`).toBeGreaterThanOrEqual(2);
        expect(sentences(t), `${name}: ${t}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('ask a question in most steps', () => {
    const asked = steps.filter(({ step }) => step.question).length;
    expect(asked / steps.length).toBeGreaterThan(0.5);
  });

  it('cite only figures the app computes, the same ones in both languages', () => {
    for (const { step, name } of steps) {
      for (const b of [step.text, step.tryThis, ...(step.question ? [step.question.ask, step.question.answer] : [])]) {
        for (const p of placeholders(b.en)) expect(LESSON_NUMBERS, `${name}: {{${p}}}`).toContain(p);
        expect(placeholders(b.ko).sort(), name).toEqual(placeholders(b.en).sort());
      }
    }
  });

  it('answer with figures the step’s own texts already cite (the handout prints answers beside them)', () => {
    for (const { step, name } of steps) {
      if (!step.question) continue;
      const cited = new Set([step.text, step.tryThis, step.question.ask].flatMap((b) => placeholders(b.en)));
      for (const p of placeholders(step.question.answer.en)) expect(cited, `${name}: {{${p}}}`).toContain(p);
    }
  });

  it('mark published figures as such', () => {
    for (const { step, name } of steps) {
      if (/\b(F1|16×)/.test(step.text.en)) {
        expect(step.text.en, name).toMatch(/[Pp]ublished/);
        expect(step.text.ko, name).toMatch(/발표된/);
      }
    }
  });
});

describe('lesson scenes', () => {
  it.each(steps.map((s) => [s.name, s.step.scene] as const))('%s decodes through the link codec with nothing ignored', (_, scene) => {
    const { scene: decoded, ignored } = decodeScene(scene);
    expect(ignored).toEqual([]);
    expect(scene.startsWith('?v=1&') || scene === '?v=1').toBe(true);
    expect(PANELS).toContain(decoded.panel);
    // the viewer's settings are the viewer's: a step never changes language, presenter mode, embedding or hidden panels
    expect(decoded.language).toBe(DEFAULT_SCENE.language);
    expect(decoded.presenter).toBe(false);
    expect(decoded.embed).toBe(false);
    expect(decoded.hidden).toEqual([]);
    expect(decoded.lesson).toBeNull();
    // and what it decodes to is written back as the same scene
    expect(decodeScene(encodeScene(decoded)).scene).toEqual(decoded);
  });

  it('differ from one step to the next, or change the chart in focus', () => {
    for (const l of LESSONS) {
      for (let i = 1; i < l.steps.length; i++) {
        const [a, b] = [l.steps[i - 1], l.steps[i]];
        expect(a.scene !== b.scene || a.focus !== b.focus, `${l.id} step ${i + 1}`).toBe(true);
      }
    }
  });
});
