import { useTranslation } from 'react-i18next';
import { useScene } from '../state/scene';
import { useLink } from '../state/url/linkStore';
import { shorten } from './shorten';

/** Asks before a link's src= is fetched: names the host and the address, and waits for a click. */
export function PendingUrl() {
  const { t } = useTranslation();
  const pending = useLink((l) => l.pendingUrl);
  if (!pending) return null;
  const host = new URL(pending.url).host;
  const load = () => {
    useLink.setState({ pendingUrl: null });
    useScene.setState({ source: { kind: 'url', url: pending.url, tensor: pending.tensor } }); // keep the link's range and calibrator
  };
  return (
    <li className="notice notice-info" role="status" data-testid="notice.pending-url">
      <span title={pending.url}>{t('robust.askUrl', { host, url: shorten(pending.url, 80) })}</span>{' '}
      <button type="button" data-testid="notice.pending-url.load" onClick={load}>
        {t('robust.loadFrom', { host: shorten(host, 40) })}
      </button>{' '}
      <button type="button" data-testid="notice.pending-url.dismiss" onClick={() => useLink.setState({ pendingUrl: null })}>
        {t('robust.notNow')}
      </button>
    </li>
  );
}
