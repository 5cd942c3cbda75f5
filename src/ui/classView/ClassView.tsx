import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { HIDEABLE, useScene } from '../../state/scene';
import { currentQuery } from '../../state/url/useUrlSync';
import { linkParts } from '../../state/url/location';

/** "Class view": pick the panels a class sees (and presenter mode) in the app, and get the link that opens exactly that. */
export function ClassView() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { hidden, presenter } = useScene(useShallow((s) => ({ hidden: s.hidden, presenter: s.presenter })));
  const { setHidden, setPresenter } = useScene.getState();
  const parts = open ? linkParts(currentQuery()) : null; // the same link as Copy link: the scene in the fragment
  const link = parts ? `${window.location.origin}${window.location.pathname}${parts.search}${parts.hash}` : '';
  return (
    <div className="class-view">
      <button type="button" className="header-toggle" data-testid="classview.toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('lecture.classView.button')}
      </button>
      {open && (
        <div className="class-view-panel" role="dialog" aria-label={t('lecture.classView.button')} data-testid="classview.panel">
          <p className="class-view-title">{t('lecture.classView.intro')}</p>
          <div className="class-view-parts">
            {HIDEABLE.map((id) => (
              <label key={id} className="check">
                <input
                  type="checkbox"
                  data-testid={`classview.${id}`}
                  checked={!hidden.includes(id)}
                  onChange={(e) => setHidden(e.target.checked ? hidden.filter((h) => h !== id) : [...hidden, id])}
                />
                {t(`lecture.classView.parts.${id}`)}
              </label>
            ))}
          </div>
          <label className="check">
            <input type="checkbox" data-testid="classview.presenter" checked={presenter} onChange={(e) => setPresenter(e.target.checked)} />
            {t('app.presenter')}
          </label>
          <label className="class-view-link">
            {t('lecture.classView.link')}
            <input readOnly value={link} data-testid="classview.link" onFocus={(e) => e.target.select()} />
          </label>
          <button type="button" data-testid="classview.close" onClick={() => setOpen(false)}>
            {t('lecture.classView.close')}
          </button>
        </div>
      )}
    </div>
  );
}
