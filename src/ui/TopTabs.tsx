import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANELS, useScene, type Panel } from '../state/scene';
import { tabAfterKey } from './tabs';

/** Id of the element that holds a panel's content (the tabpanel). */
export const TABPANEL_ID = 'main-panel';

/** The panel a tab stands for: a lesson shows under the Lessons tab, whatever panel its step uses. */
export function useSelectedTab(): Panel {
  return useScene((s) => (s.lesson ? 'lessons' : s.panel));
}

/** The top navigation, as WAI-ARIA tabs: arrows move between them (and open them), Home and End go to the ends. */
export function TopTabs() {
  const { t } = useTranslation();
  const selected = useSelectedTab();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const label: Record<Panel, string> = {
    explorer: t('app.explorer'),
    overview: t('overview.tab'),
    activations: t('lab.tab'),
    model: t('model.tab'),
    lessons: t('lessons.tab'),
  };
  const open = (p: Panel) => useScene.setState({ panel: p, lesson: null });
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = tabAfterKey(e.key, i, PANELS.length);
    if (next === null) return;
    e.preventDefault();
    open(PANELS[next]);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('app.panels')}>
      {PANELS.map((p, i) => (
        <button
          key={p}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${p}`}
          data-testid={`tab.${p}`}
          aria-selected={selected === p}
          aria-controls={TABPANEL_ID}
          tabIndex={selected === p ? 0 : -1}
          onClick={() => open(p)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {label[p]}
        </button>
      ))}
    </div>
  );
}
