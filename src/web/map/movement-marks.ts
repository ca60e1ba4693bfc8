/**
 * The beweging of a speler's position on the five-forces map: a small arrow left of its node, pointing down
 * for a movement from above (van boven: beleid, top-down) and up for a counter-movement from below (van
 * onderop). Left, because names go right of a node first (labels.ts); the arrow's box is reserved so no
 * name is drawn over it. Pure geometry in viewport pixels, shared by the canvas drawing (MapView) and the
 * saved image (capture-view.ts, where the arrow becomes a ↓ or ↑ beside the node).
 */
import type { Movement } from '../../domain/index.ts';
import type { SceneCaption } from '../../formats/map-image/index.ts';
import type { Reserved } from './labels.ts';

const WIDTH = 9;
const HEIGHT = 13;
/** Space between the node's rim and the arrow. */
const GAP = 3;
const SHAFT = 3;
const HEAD = 5;

export const MOVEMENT_MARK_COLOR = '#1f2933';

/** Where the arrow goes for a node at (x, y) with this radius on screen. */
export function markBox(x: number, y: number, radius: number): Reserved {
  return { x: x - radius - GAP - WIDTH, y: y - HEIGHT / 2, width: WIDTH, height: HEIGHT };
}

/**
 * The arrow's outline, clockwise from its tail's left corner: a shaft and a head, pointing down for
 * `van_boven`, up for `van_onderop`.
 */
export function arrowOutline(box: Reserved, movement: Movement): { x: number; y: number }[] {
  const centre = box.x + box.width / 2;
  const left = centre - SHAFT / 2;
  const right = centre + SHAFT / 2;
  const down = movement === 'van_boven';
  const tail = down ? box.y : box.y + box.height;
  const tip = down ? box.y + box.height : box.y;
  const neck = down ? tip - HEAD : tip + HEAD;
  return [
    { x: left, y: tail },
    { x: right, y: tail },
    { x: right, y: neck },
    { x: box.x + box.width, y: neck },
    { x: centre, y: tip },
    { x: box.x, y: neck },
    { x: left, y: neck },
  ];
}

/** Draws the arrows on a 2D canvas (CSS pixels), each with a white halo so it reads over lines. */
export function drawMovementMarks(
  context: CanvasRenderingContext2D,
  marks: readonly { box: Reserved; movement: Movement }[],
): void {
  if (marks.length === 0) return;
  context.save();
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.95)';
  context.fillStyle = MOVEMENT_MARK_COLOR;
  for (const { box, movement } of marks) {
    const outline = arrowOutline(box, movement);
    context.beginPath();
    const [first, ...rest] = outline;
    if (first) context.moveTo(first.x, first.y);
    for (const point of rest) context.lineTo(point.x, point.y);
    context.closePath();
    context.stroke();
    context.fill();
  }
  context.restore();
}

/** The arrow as a word on a saved image: ↓ or ↑, its right end where the arrow's right side is. */
export function markCaption(box: Reserved, movement: Movement, top: number): SceneCaption {
  return {
    x: box.x + box.width,
    y: top + box.y + box.height - 1,
    text: movement === 'van_boven' ? '↓' : '↑',
    anchor: 'end',
  };
}
