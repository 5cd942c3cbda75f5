import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkParts } from '../state/url/location';
import { currentQuery } from '../state/url/useUrlSync';

/** "Copy link": the scene as a link, copied to the clipboard and shown so it can also be copied by hand. */
export function ShareLink() {
  const { t } = useTranslation();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const { search, hash } = linkParts(currentQuery());
    const url = `${window.location.origin}${window.location.pathname}${search}${hash}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard permission: the link is shown to copy by hand
    }
  };
  return (
    <div className="share">
      <button type="button" data-testid="share.copy" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      {link && (
        <span className="share-link">
          <input readOnly value={link} data-testid="share.link" aria-label={t('share.label')} onFocus={(e) => e.target.select()} />
          <span role="status">{copied ? t('share.copied') : t('share.manual')}</span>
        </span>
      )}
    </div>
  );
}
