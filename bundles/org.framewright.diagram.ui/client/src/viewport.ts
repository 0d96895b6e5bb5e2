// Zoom commands of the toolbar (and of the workbench's Diagram menu through fwZoom): fit, in, out, 100 %.
// 100 %, in and out centre the selection (or the whole diagram) at the new zoom: sprotty's centre command, which
// (unlike a bare viewport change) keeps working after the client's own fit.
import { CenterAction, FitToScreenAction, GModelRoot, isBoundsAware, isSelected, isViewport } from '@eclipse-glsp/client';

export type ZoomCommand = 'fit' | 'in' | 'out' | '100';

const COMMANDS: readonly string[] = ['fit', 'in', 'out', '100'];

/** Whether {@code text} (a toolbar button's data-zoom, a call from the editor) names a zoom command. */
export function isZoomCommand(text: unknown): text is ZoomCommand {
  return typeof text === 'string' && COMMANDS.includes(text);
}

const STEP = 1.25;

/** The action that performs {@code command} on the diagram {@code root} (a viewport). */
export function zoomAction(root: Readonly<GModelRoot>, command: ZoomCommand): FitToScreenAction | CenterAction {
  if (command === 'fit') {
    // every element named: without ids, sprotty fits only the selection when there is one (a node just dragged or
    // clicked), which left the rest of the diagram out of view and undrawn
    const all = [...root.index.all()].filter(element => isBoundsAware(element)).map(element => element.id);
    return FitToScreenAction.create(all, { padding: 16, maxZoom: 1, animate: false });
  }
  const zoom = isViewport(root) ? root.zoom : 1;
  const newZoom = command === 'in' ? zoom * STEP : command === 'out' ? zoom / STEP : 1;
  const selected = [...root.index.all()].filter(element => isSelected(element)).map(element => element.id);
  return { ...CenterAction.create(selected, { animate: false, retainZoom: false }), zoomScale: newZoom };
}
