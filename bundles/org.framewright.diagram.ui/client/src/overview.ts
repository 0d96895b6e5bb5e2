// What the editor's Outline view draws as a thumbnail of the whole diagram (fwOverview: every node's box and kind,
// every edge's ends and route (the server's routing points), the visible part of the diagram) and how a click there scrolls the diagram (fwScrollTo).
import { GEdge, GModelRoot, GShapeElement, SetViewportAction, isViewport } from '@eclipse-glsp/client';
import { argsOf } from './views';

/** A node's box in diagram coordinates, its type and CSS classes (which give its colour). */
export interface OverviewNode { id: string, type: string, classes: string[], x: number, y: number, w: number, h: number }

/** An edge: its ends' node ids and its route's corners (the server's routing points; none: drawn straight). */
export interface OverviewEdge { from: string, to: string, points: { x: number, y: number }[] }

/** The whole diagram in diagram coordinates and the visible part of it (the viewport). */
export interface Overview {
  nodes: OverviewNode[];
  edges: OverviewEdge[];
  viewport: { x: number, y: number, w: number, h: number, zoom: number };
  filters: string;
}

/** The thumbnail's content of diagram {@code root}. */
export function overview(root: Readonly<GModelRoot>): Overview {
  const nodes: OverviewNode[] = [];
  const edges: OverviewEdge[] = [];
  for (const child of root.children) {
    if (child instanceof GShapeElement && child.type.startsWith('node:')) {
      nodes.push({ id: child.id, type: child.type, classes: [...(child.cssClasses ?? [])], x: child.position.x,
        y: child.position.y, w: child.size.width, h: child.size.height });
    } else if (child instanceof GEdge) {
      edges.push({ from: child.sourceId, to: child.targetId, points: child.routingPoints.map(p => ({ x: p.x, y: p.y })) });
    }
  }
  const zoom = isViewport(root) ? root.zoom : 1;
  const scroll = isViewport(root) ? root.scroll : { x: 0, y: 0 };
  const canvas = root.canvasBounds;
  return {
    nodes, edges,
    viewport: { x: scroll.x, y: scroll.y, w: canvas.width / zoom, h: canvas.height / zoom, zoom },
    filters: String(argsOf(root).filters ?? '')
  };
}

/** Scrolls diagram {@code root} so that diagram point ({@code x}, {@code y}) is in the middle of the view. */
export function scrollTo(root: Readonly<GModelRoot>, x: number, y: number): SetViewportAction {
  const zoom = isViewport(root) ? root.zoom : 1;
  const canvas = root.canvasBounds;
  return SetViewportAction.create(root.id, {
    scroll: { x: x - canvas.width / zoom / 2, y: y - canvas.height / zoom / 2 }, zoom
  }, { animate: false });
}
