import { WIDTH_LIMITS, clampWidth, type Side } from '../core/settings';

interface Props {
  width: number;
  side: Side;
  onResize: (width: number) => void;
}

/** The sidebar's inner edge: drag it, or focus it and use the arrow keys (Home/End for the limits). */
export function ResizeHandle({ width, side, onResize }: Props) {
  // Dragging towards the page widens the sidebar: leftwards when docked right, rightwards when left.
  const grow = side === 'right' ? -1 : 1;
  const onPointerDown = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = width;
    const onMove = (move: PointerEvent) => onResize(clampWidth(startWidth + grow * (move.clientX - startX)));
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    event.preventDefault();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const wider = side === 'right' ? 'ArrowLeft' : 'ArrowRight';
    const narrower = side === 'right' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === wider ? width + WIDTH_LIMITS.step
      : event.key === narrower ? width - WIDTH_LIMITS.step
      : event.key === 'Home' ? WIDTH_LIMITS.min
      : event.key === 'End' ? WIDTH_LIMITS.max
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onResize(clampWidth(next));
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
