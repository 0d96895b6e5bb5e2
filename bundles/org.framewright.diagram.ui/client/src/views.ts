// Framewright diagram element registrations: which sprotty model class and view renders each server type id
// (the ids are defined once on the server: LogicModelTypes, StructureTypes, DiagramTypes).
import { injectable } from 'inversify';
import { h } from 'snabbdom';
import {
  BindingContext, GEdge, GEdgeView, GIssueMarker, GIssueMarkerView, GLabel, GLabelView, GNode, RoundedCornerNodeView,
  RenderingContext, configureModelElement, deletableFeature, editLabelFeature, moveFeature, overrideModelElement,
  selectFeature, svg, Point
} from '@eclipse-glsp/client';

/**
 * GLSP's issue marker with the diagnostics as its tooltip (an SVG title: code and message of each, one a line). The
 * server sends severities and messages in the marker's args (DiagramDiagnostics), one a line.
 */
@injectable()
export class TooltipIssueMarkerView extends GIssueMarkerView {
  override render(marker: GIssueMarker, context: RenderingContext): any {
    const args: any = (marker as any).args ?? {};
    if (typeof args.messages === 'string') {
      const severities = String(args.severities ?? '').split('\n');
      marker.issues = args.messages.split('\n').map((message: string, i: number) =>
        ({ message, severity: (severities[i] ?? 'error') as any }));
    }
    const group: any = super.render(marker, context);
    const text = marker.issues.map(issue => issue.message).join('\n');
    group.children = [h('title', { ns: 'http://www.w3.org/2000/svg' } as any, text), ...(group.children ?? [])];
    return group;
  }
}

/** An edge with an arrow head at its target. */
@injectable()
export class ArrowEdgeView extends GEdgeView {
  protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): any[] {
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

const KINDS = ['assumption', 'input', 'activity', 'output', 'outcome', 'impact'];

export function configureFramewrightElements(context: BindingContext): void {
  for (const kind of KINDS) {
    configureModelElement(context, `node:logic-element:${kind}`, GNode, RoundedCornerNodeView);
  }
  for (const type of ['node:area', 'node:statement', 'node:classification-group']) {
    configureModelElement(context, type, GNode, RoundedCornerNodeView);
  }
  configureModelElement(context, 'node:indicator', GNode, RoundedCornerNodeView, { disable: [deletableFeature] });
  configureModelElement(context, 'node:lane', GNode, RoundedCornerNodeView, {
    disable: [selectFeature, moveFeature, deletableFeature]
  });
  configureModelElement(context, 'node:badge:indicator', GNode, RoundedCornerNodeView, {
    disable: [selectFeature, moveFeature, deletableFeature]
  });
  configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
  for (const type of ['label:text', 'label:badge', 'label:lane']) {
    configureModelElement(context, type, GLabel, GLabelView);
  }
  overrideModelElement(context, 'marker', GIssueMarker, TooltipIssueMarkerView);
  for (const type of ['edge:leads-to', 'edge:contains', 'edge:classifies']) {
    configureModelElement(context, type, GEdge, ArrowEdgeView);
  }
}
