import { useRef } from 'preact/hooks';
import { WIDTH_LIMITS, clampWidth, type Side } from '../core/settings';

interface Props {
  width: number;
  side: Side;
  onResize: (width: number) => void;
  /** A drag began at this screen x; the page side follows it until the button is released. */
  onDragStart: (screenX: number) => void;
}

/** The sidebar's inner edge: drag it, or focus it and use the arrow keys (Home/End for the limits). */
export function ResizeHandle({ width, side, onResize, onDragStart }: Props) {
  // The width last asked for: the prop follows only once the page has moved, and quick steps
  // (a held arrow key) must add up rather than each start from the width of the moment. A prop
  // that is the echo of a width we asked for is not news; any other (the settings page) is.
  const asked = useRef(width);
  const pending = useRef<number[]>([]);
  const echo = pending.current.indexOf(width);
  if (echo >= 0) pending.current.splice(0, echo + 1);
  else if (width !== asked.current) {
    asked.current = width;
    pending.current = [];
  }
  const resize = (next: number) => {
    asked.current = clampWidth(next);
    pending.current.push(asked.current);
    onResize(asked.current);
  };
  // A drag leaves the sidebar's frame for the page at once: the page side follows the pointer from
  // here (onDragStart), in screen coordinates, since the frame itself moves as it resizes.
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    onDragStart(event.screenX);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const wider = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrower = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    const current = asked.current;
    const next =
      event.key === wider ? current + WIDTH_LIMITS.step
      : event.key === narrower ? current - WIDTH_LIMITS.step
      : event.key === 'Home' ? WIDTH_LIMITS.min
      : event.key === 'End' ? WIDTH_LIMITS.max
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    resize(next);
  };
  return (
    <div
      class="resize-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the sidebar"
      aria-valuemin={WIDTH_LIMITS.min}
      aria-valuemax={WIDTH_LIMITS.max}
      aria-valuenow={width}
      aria-valuetext={`${width} pixels wide`}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
