// Zoom commands of the toolbar (and of the workbench's Diagram menu through fwZoom): fit, in, out, 100 %.
// 100 %, in and out centre the selection (or the whole diagram) at the new zoom: sprotty's centre command, which
// (unlike a bare viewport change) keeps working after the client's own fit.
import { CenterAction, FitToScreenAction, GModelRoot, isSelected, isViewport } from '@eclipse-glsp/client';

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
    return FitToScreenAction.create([], { padding: 16, maxZoom: 1, animate: false });
  }
  const zoom = isViewport(root) ? root.zoom : 1;
  const newZoom = command === 'in' ? zoom * STEP : command === 'out' ? zoom / STEP : 1;
  const selected = [...root.index.all()].filter(element => isSelected(element)).map(element => element.id);
  return { ...CenterAction.create(selected, { animate: false, retainZoom: false }), zoomScale: newZoom };
}
