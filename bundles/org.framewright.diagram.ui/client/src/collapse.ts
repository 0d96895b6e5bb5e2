// Collapse / expand of structure areas: an area with children carries args.collapse (expanded | collapsed, from the
// server's StructureGModelFactory); AreaNodeView draws a +/- toggle at the middle of its bottom edge, and a click on
// it (or the editor's Collapse / Expand / Collapse All / Expand All, through fwCollapse) sends the server's
// CollapseAction, which keeps the state in the diagram's layout file and renders again.
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { Action, GNode, Hoverable, RenderingContext, RoundedCornerNodeView, Selectable, svg } from '@eclipse-glsp/client';
import { ActionKinds, StructureTypes } from './types';
import { argsOf } from './views';

/** The server's CollapseAction: collapses or expands the areas named (every area with children when none is). */
export interface CollapseAction extends Action {
  kind: typeof ActionKinds.CollapseAction;
  elementIds: string[];
  collapsed: boolean;
}

/** The action that collapses ({@code collapsed} true) or expands {@code elementIds} (all when empty). */
export function collapseAction(elementIds: string[], collapsed: boolean): CollapseAction {
  return { kind: ActionKinds.CollapseAction, elementIds, collapsed };
}

/** StructureTypes.COLLAPSED, StructureTypes.EXPANDED, or the empty string for an element without children. */
export function collapseStateOf(element: unknown): string {
  const state = argsOf(element as GNode)[StructureTypes.COLLAPSE_ARGUMENT];
  return typeof state === 'string' ? state : '';
}

/** The CSS class of the toggle (a click on it collapses or expands its area). */
export const TOGGLE_CLASS = 'fw-collapse-toggle';

const RADIUS = 7;

/** An area box with a +/- toggle when it has children. */
@injectable()
export class AreaNodeView extends RoundedCornerNodeView {
  override render(node: Readonly<GNode & Hoverable & Selectable>, context: RenderingContext): VNode | undefined {
    const box = super.render(node, context);
    const state = collapseStateOf(node);
    if (!box || !state) {
      return box;
    }
    const collapsed = state === StructureTypes.COLLAPSED;
    const x = node.size.width / 2;
    const y = node.size.height;
    const sign = collapsed ? `M ${x - 4} ${y} H ${x + 4} M ${x} ${y - 4} V ${y + 4}` : `M ${x - 4} ${y} H ${x + 4}`;
    const toggle = svg('g', { class: { [TOGGLE_CLASS]: true, [`fw-${state}`]: true }, attrs: { 'data-collapse': state } },
      svg('title', {}, collapsed ? 'Expand: show the children' : 'Collapse: hide the children'),
      svg('circle', { attrs: { cx: x, cy: y, r: RADIUS } }),
      svg('path', { attrs: { d: sign } }));
    box.children = [...(box.children ?? []), toggle];
    return box;
  }
}
