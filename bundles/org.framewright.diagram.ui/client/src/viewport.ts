// Zoom commands of the toolbar (and of the workbench's Diagram menu through fwZoom): fit, in, out, 100 %.
import { FitToScreenAction, GModelRoot, SetViewportAction } from '@eclipse-glsp/client';

export type ZoomCommand = 'fit' | 'in' | 'out' | '100';

const STEP = 1.25;

/** The action that performs {@code command} on the diagram {@code root} (a viewport). */
export function zoomAction(root: GModelRoot, command: ZoomCommand): FitToScreenAction | SetViewportAction {
  if (command === 'fit') {
    return FitToScreenAction.create([], { padding: 16, maxZoom: 1, animate: false });
  }
  const viewport = root as any;
  const zoom: number = viewport.zoom ?? 1;
  const scroll = viewport.scroll ?? { x: 0, y: 0 };
  const canvas = viewport.canvasBounds ?? { width: 0, height: 0 };
  const newZoom = command === 'in' ? zoom * STEP : command === 'out' ? zoom / STEP : 1;
  // keep the point at the centre of the view where it is
  const centre = { x: scroll.x + canvas.width / 2 / zoom, y: scroll.y + canvas.height / 2 / zoom };
  const newScroll = { x: centre.x - canvas.width / 2 / newZoom, y: centre.y - canvas.height / 2 / newZoom };
  return SetViewportAction.create(root.id, { scroll: newScroll, zoom: newZoom }, { animate: false });
}
