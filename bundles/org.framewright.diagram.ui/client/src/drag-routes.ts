// While a node is dragged, its edges are drawn straight: the server's orthogonal routes (the edges' routing points)
// go around the boxes where they were, and the server routes them again only once the node is dropped. After the
// drop they stay straight until the server's new model (with the new routes) arrives.
import { GConnectableElement, GEdge, isSelected } from '@eclipse-glsp/client';

let dragging = false;
let awaitingRoutes = false;

/** A node is being dragged (the pointer left the click threshold with the button down). */
export function dragStarted(): void {
  dragging = true;
}

/** The dragged node was dropped: the server now routes its edges again. */
export function dragEnded(): void {
  if (dragging) {
    dragging = false;
    awaitingRoutes = true;
  }
}

/** A model came from the server: its routes are where the boxes now are. */
export function routesArrived(): void {
  if (!dragging) {
    awaitingRoutes = false;
  }
}

/** Whether {@code edge} is drawn straight now: an end of it is being moved (the moved nodes are the selected ones). */
export function drawnStraight(edge: Readonly<GEdge>): boolean {
  return (dragging || awaitingRoutes) && (moving(edge.source) || moving(edge.target));
}

function moving(end: GConnectableElement | undefined): boolean {
  return end !== undefined && isSelected(end);
}
