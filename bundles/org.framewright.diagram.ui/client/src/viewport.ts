// Zoom commands of the toolbar (and of the workbench's Diagram menu through fwZoom): fit, in, out, 100 %.
// 100 %, in and out centre the selection (or the whole diagram) at the new zoom: sprotty's centre command, which
// (unlike a bare viewport change) keeps working after the client's own fit.
import { Action, FitToScreenAction, GModelRoot } from '@eclipse-glsp/client';

export type ZoomCommand = 'fit' | 'in' | 'out' | '100';

const STEP = 1.25;

/** The action that performs {@code command} on the diagram {@code root} (a viewport). */
export function zoomAction(root: GModelRoot, command: ZoomCommand): Action {
  if (command === 'fit') {
    return FitToScreenAction.create([], { padding: 16, maxZoom: 1, animate: false });
  }
  const zoom: number = (root as any).zoom ?? 1;
  const newZoom = command === 'in' ? zoom * STEP : command === 'out' ? zoom / STEP : 1;
  const selected = [...root.index.all()].filter((element: any) => element.selected).map(element => element.id);
  return { kind: 'center', elementIds: selected, animate: false, retainZoom: false, zoomScale: newZoom } as Action;
}
