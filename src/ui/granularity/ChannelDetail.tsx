import { useTranslation } from 'react-i18next';
import { quantWorker } from '../../worker/client';
import { useChartFont } from '../chartFont';
import { MiniHistogram } from '../lab/MiniHistogram';
import { useWorkerResult } from '../lab/useWorkerResult';

/** The picked channel's own histogram, over its own range. */
export function ChannelDetail({ axis, channel, width }: { axis: number; channel: number; width: number }) {
  const { t } = useTranslation();
  const font = useChartFont();
  const { result } = useWorkerResult(`${axis}:${channel}`, () =>
    quantWorker.latest('channelHistogram', `${axis}:${channel}`, 'channelHistogram', axis, channel, 64),
  );
  if (!result) return null;
  return (
    <MiniHistogram
      h={result}
      width={width}
      height={120}
      font={font}
      testId="gran.channel-histogram"
      label={t('gran.channelHistogram', { c: channel })}
    />
  );
}
