import { useMemo } from 'react';
import { useClipRange } from '../../state/derived';
import { channelColumns, channelOrder, columnsThatFit } from './channelColumns';
import { ChannelRangeView } from './ChannelRangeView';

interface Props {
  /** Per-channel minimum and maximum (channel c at index c). */
  min: Float32Array;
  max: Float32Array;
  /** Order the channels by their range width instead of by index. */
  sorted: boolean;
  width: number;
  selected: number | null;
  onSelect(channel: number): void;
}

/** The channel ranges against the clipping range on screen (from the scene): orders and merges the channels, the view draws them. */
export function ChannelRangeChart({ min, max, sorted, width, selected, onSelect }: Props) {
  const tensorRange = useClipRange();
  const order = useMemo(() => channelOrder(min, max, sorted), [min, max, sorted]);
  const fit = columnsThatFit(width);
  const columns = useMemo(() => channelColumns(min, max, order, fit), [min, max, order, fit]); // not per frame of a drag
  return (
    <ChannelRangeView columns={columns} order={order} tensorRange={tensorRange} width={width} selected={selected} onSelect={onSelect} />
  );
}
