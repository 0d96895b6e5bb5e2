// Framewright diagram element registrations: which sprotty model class and view renders each server type id
// (the ids are defined once on the server: LogicModelTypes, StructureTypes, DiagramTypes; types.ts names them here).
import { injectable } from 'inversify';
import { h, VNode } from 'snabbdom';
import {
  BindingContext, GEdge, GEdgeView, GIssue, GIssueMarker, GIssueMarkerView, GIssueSeverity, GLabel, GLabelView,
  GModelElement, GNode, RoundedCornerNodeView, RenderingContext, configureModelElement, deletableFeature,
  editLabelFeature, moveFeature, overrideModelElement, selectFeature, svg, Point
} from '@eclipse-glsp/client';
import { AreaNodeView } from './collapse';
import { drawnStraight } from './drag-routes';
import { DiagramTypes, LOGIC_ELEMENT_KINDS, LogicModelTypes, StructureTypes, logicElementType } from './types';

/** The server's arguments of a model element (GModel args: strings, numbers, booleans), empty when it has none. */
export function argsOf(element: GModelElement | undefined): Record<string, unknown> {
  const args = element && 'args' in element ? (element as { args?: unknown }).args : undefined;
  return typeof args === 'object' && args !== null ? args as Record<string, unknown> : {};
}

const SEVERITIES: readonly GIssueSeverity[] = ['error', 'warning', 'info'];

function severity(text: string | undefined): GIssueSeverity {
  return SEVERITIES.find(s => s === text) ?? 'error';
}

/**
 * GLSP's issue marker with the diagnostics as its tooltip (an SVG title: code and message of each, one a line). The
 * server sends severities and messages in the marker's args (DiagramDiagnostics), one a line.
 */
@injectable()
export class TooltipIssueMarkerView extends GIssueMarkerView {
  override render(marker: GIssueMarker, context: RenderingContext): VNode {
    const args = argsOf(marker);
    if (typeof args.messages === 'string') {
      const severities = String(args.severities ?? '').split('\n');
      marker.issues = args.messages.split('\n').map((message: string, i: number): GIssue =>
        ({ message, severity: severity(severities[i]) }));
    }
    const group = super.render(marker, context);
    const text = marker.issues.map(issue => issue.message).join('\n');
    group.children = [h('title', { ns: 'http://www.w3.org/2000/svg' }, text), ...(group.children ?? [])];
    return group;
  }
}

/**
 * An edge along the server's orthogonal route (its routing points, from the source's outline to the target's) with an
 * arrow head at its target; drawn straight while one of its ends is being dragged (drag-routes.ts).
 */
@injectable()
export class ArrowEdgeView extends GEdgeView {
  override render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
    if (!drawnStraight(edge)) {
      return super.render(edge, context);
    }
    const route = edge.routingPoints;
    const straight = edge as GEdge;
    straight.routingPoints = [];
    try {
      return super.render(straight, context);
    } finally {
      straight.routingPoints = route;
    }
  }

  protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
    const additionals = super.renderAdditionals(edge, segments, context);
    if (segments.length < 2) {
      return additionals;
    }
    const p1 = segments[segments.length - 2];
    const p2 = segments[segments.length - 1];
    const angle = (Math.atan2(p1.y - p2.y, p1.x - p2.x) * 180) / Math.PI;
    additionals.push(svg('path', {
      'class-sprotty-edge-arrow': true,
      d: 'M 0,0 L 10,-4.5 L 10,4.5 Z',
      transform: `translate(${p2.x} ${p2.y}) rotate(${angle})`
    }));
    return additionals;
  }
}

export function configureFramewrightElements(context: BindingContext): void {
  for (const kind of LOGIC_ELEMENT_KINDS) {
    configureModelElement(context, logicElementType(kind), GNode, RoundedCornerNodeView);
  }
  configureModelElement(context, StructureTypes.AREA, GNode, AreaNodeView);
  for (const type of [StructureTypes.STATEMENT, StructureTypes.EVIDENCE_ITEM, StructureTypes.CLASSIFICATION_GROUP]) {
    configureModelElement(context, type, GNode, RoundedCornerNodeView);
  }
  configureModelElement(context, StructureTypes.INDICATOR, GNode, RoundedCornerNodeView, { disable: [deletableFeature] });
  configureModelElement(context, LogicModelTypes.LANE, GNode, RoundedCornerNodeView, {
    disable: [selectFeature, moveFeature, deletableFeature]
  });
  for (const type of [DiagramTypes.INDICATOR_BADGE, DiagramTypes.COMMENT_BADGE]) {
    configureModelElement(context, type, GNode, RoundedCornerNodeView, {
      disable: [selectFeature, moveFeature, deletableFeature]
    });
  }
  configureModelElement(context, DiagramTypes.NAME_LABEL, GLabel, GLabelView, { enable: [editLabelFeature] });
  for (const type of [DiagramTypes.TEXT_LABEL, DiagramTypes.BADGE_LABEL, LogicModelTypes.LANE_LABEL]) {
    configureModelElement(context, type, GLabel, GLabelView);
  }
  overrideModelElement(context, 'marker', GIssueMarker, TooltipIssueMarkerView);
  for (const type of [LogicModelTypes.LEADS_TO, StructureTypes.CONTAINS, StructureTypes.CLASSIFIES]) {
    configureModelElement(context, type, GEdge, ArrowEdgeView);
  }
}
