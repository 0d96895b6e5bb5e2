// The GModel type ids, diagram types and action kinds of the Framewright diagrams, as the Java server declares them
// (org.framewright.diagram: DiagramTypes, LogicModelTypes, StructureTypes, the *Action.KIND constants) and the six
// logic element kinds of the model (LogicElementKind). One object per Java class, with the Java constants' names:
// ClientTypesTest (org.framewright.diagram.tests) fails the build when the two disagree, and when another client
// source writes one of these ids as a string literal instead of naming it here.

export const DiagramTypes = {
  NAME_LABEL: 'label:name',
  TEXT_LABEL: 'label:text',
  INDICATOR_BADGE: 'node:badge:indicator',
  COMMENT_BADGE: 'node:badge:comments',
  BADGE_LABEL: 'label:badge'
} as const;

export const LogicModelTypes = {
  DIAGRAM_TYPE: 'framewright-logic-model',
  ELEMENT_PREFIX: 'node:logic-element:',
  LANE: 'node:lane',
  LANE_LABEL: 'label:lane',
  LEADS_TO: 'edge:leads-to'
} as const;

export const StructureTypes = {
  DIAGRAM_TYPE: 'framewright-structure',
  AREA: 'node:area',
  STATEMENT: 'node:statement',
  INDICATOR: 'node:indicator',
  EVIDENCE_ITEM: 'node:evidence-item',
  CLASSIFICATION_GROUP: 'node:classification-group',
  CONTAINS: 'edge:contains',
  CLASSIFIES: 'edge:classifies',
  LOGIC_MODEL_ARGUMENT: 'logicModel',
  COLLAPSE_ARGUMENT: 'collapse',
  EXPANDED: 'expanded',
  COLLAPSED: 'collapsed'
} as const;

/** The kinds of the server's own actions (each Java action's KIND). */
export const ActionKinds = {
  ToggleFilterAction: 'framewrightToggleFilter',
  ExportDiagramAction: 'framewrightExportDiagram',
  RefreshDiagramAction: 'framewrightRefreshDiagram',
  PresenceAction: 'framewrightPresence',
  ReportSelectionAction: 'framewrightReportSelection',
  SessionEndedAction: 'framewrightSessionEnded',
  CollapseAction: 'framewrightCollapse'
} as const;

/** The logic element kinds, in the model's order (LogicElementKind). */
export const LOGIC_ELEMENT_KINDS = ['assumption', 'input', 'activity', 'output', 'outcome', 'impact'] as const;

/** The type of a logic element box of {@code kind} (LogicModelTypes.element). */
export function logicElementType(kind: typeof LOGIC_ELEMENT_KINDS[number]): string {
  return LogicModelTypes.ELEMENT_PREFIX + kind;
}
