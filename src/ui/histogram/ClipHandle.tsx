import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Range } from '../../core/math';
import type { Handle } from '../../state/range';
import { useGesture } from '../../state/gesture';
import type { Scale } from './geometry';
import { handleKeyTarget } from './handleKeys';

interface Props {
  handle: Handle;
  value: number;
  bounds: Range;
  x: Scale;
  top: number;
  bottom: number;
  label: string;
  symbol: string;
  /** Moves this handle to a data value. */
  onMove(handle: Handle, value: number): void;
}

/** One clipping bound on the histogram: a vertical line with a grip, draggable and an ARIA slider. */
export function ClipHandle({ handle, value, bounds, x, top, bottom, label, symbol, onMove }: Props) {
  const dragging = useRef(false);
  const px = x(value);

  const toValue = (event: PointerEvent<SVGGElement>): number => {
    const svg = event.currentTarget.ownerSVGElement;
    const left = svg ? svg.getBoundingClientRect().left : 0;
    return x.invert(event.clientX - left);
  };
  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = true;
    useGesture.getState().begin();
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (dragging.current) onMove(handle, toValue(event));
  };
  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    event.currentTarget.releasePointerCapture(event.pointerId);
    useGesture.getState().end();
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const target = handleKeyTarget(event.key, value, bounds);
    if (target === null) return;
    onMove(handle, target);
    event.preventDefault();
    useGesture.getState().begin(); // a held key repeats: the gesture ends with its key-up
  };

  return (
    <g
      className={`clip-handle clip-handle-${handle}`}
      data-testid={`hist.handle.${handle === 'min' ? 'lo' : 'hi'}`}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuemin={Number(bounds.min.toPrecision(6))}
      aria-valuemax={Number(bounds.max.toPrecision(6))}
      aria-valuenow={Number(value.toPrecision(6))}
      aria-valuetext={`${symbol} = ${value.toPrecision(4)}`}
      transform={`translate(${px.toFixed(2)},0)`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onKeyUp={() => useGesture.getState().end()}
      onBlur={() => useGesture.getState().end()}
    >
      <line className="clip-handle-hit" y1={top} y2={bottom} />
      <line className="clip-handle-line" y1={top} y2={bottom} />
      {/* β's grip hangs left of its line and α's right, so neither hides the other when the handles meet. */}
      <rect className="clip-handle-grip" x={handle === 'min' ? -22 : 0} y={top - 26} width={22} height={24} rx={5} />
      <text className="clip-handle-symbol" x={handle === 'min' ? -11 : 11} y={top - 9} textAnchor="middle">
        {symbol}
      </text>
    </g>
  );
}
