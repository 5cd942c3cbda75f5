import { useTranslation } from 'react-i18next';
import { useScene } from '../../state/scene';
import { encodeScene } from '../../state/url/codec';
import { linkParts } from '../../state/url/location';

/** In an embedded scene, a small link that opens the same scene in the full app, in a new tab. */
export function EmbedLink() {
  const { t } = useTranslation();
  const scene = useScene();
  const { search, hash } = linkParts(encodeScene({ ...scene, embed: false }));
  const href = `${window.location.pathname}${search}${hash}`;
  return (
    <a className="embed-link" href={href} target="_blank" rel="noopener" data-testid="embed.open">
      {t('lessons.openFull')} ↗
    </a>
  );
}
