// Framewright diagram client: connects to the in-process GLSP server (ws://127.0.0.1:PORT/framewright?token=...)
// and shows one diagram. Page parameters: port, token, diagramType, sourceUri, element (a logic model id), title.
// Served over http by a shared diagram's session (org.framewright.diagram.server.share.ShareSession) at /edit or
// /view, it connects to the same host's /framewright/edit|view websocket; then also: name (the participant's name)
// and names ('ask': ask for a name when the link has none; 'numbered': the server numbers participants).
// Talks to the SWT editor through optional browser functions: fwLog, fwSelectionChanged, fwFiltersChanged,
// fwOpenLogicModel, fwExport, fwEdit;
// the editor calls fwDispatch, fwZoom, fwSetFilter, fwEditLabel, fwContextElement, fwCollapse, fwCollapseState
// (its menu and key bindings), fwOverview and fwScrollTo (the Outline view's thumbnail).
import 'reflect-metadata';
import { Container, injectable } from 'inversify';
import {
  Action, BaseJsonrpcGLSPClient, DiagramLoader, EditorContextService, FeatureModule, GChildElement,
  GLSPActionDispatcher, GLSPClient, GLSPWebSocketProvider, GlspEditLabelUI, GModelElement, GModelRoot, GShapeElement,
  LayoutOperation, LogLevel, ConsoleLogger, STANDALONE_MODULE_CONFIG, SelectAction, SelectionService, TYPES,
  ChangeBoundsTool, IActionHandler, bindOrRebind, configureActionHandler, configureDefaultModelElements, createDiagramOptionsModule, EditMode, initializeDiagramContainer, isSelected
} from '@eclipse-glsp/client';
import { MessageConnection } from 'vscode-jsonrpc';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import { argsOf, configureFramewrightElements } from './views';
import { FramewrightEditLabelUI, editSelectedLabel } from './label-edit';
import { ClickSafeChangeBoundsTool } from './click-safe';
import { routesArrived } from './drag-routes';
import { ZoomCommand, isZoomCommand, zoomAction } from './viewport';
import { TOGGLE_CLASS, collapseAction, collapseStateOf } from './collapse';
import { overview, scrollTo } from './overview';
import { ActionKinds, DiagramTypes, LogicModelTypes, StructureTypes } from './types';

/** The server's ToggleFilterAction: shows or hides one of the diagram's filters. */
interface ToggleFilterAction extends Action {
  kind: typeof ActionKinds.ToggleFilterAction;
  filter: string;
  active: boolean;
}

/** One participant's selection in a shared diagram (the server's PresenceAction.Mark). */
interface PresenceMark {
  name: string;
  colour: string;
  elementIds: string[];
}

/** The server's PresenceAction: every participant's selection. */
interface PresenceAction extends Action {
  kind: typeof ActionKinds.PresenceAction;
  marks: PresenceMark[];
}

/** The server's ReportSelectionAction: this participant's selection. */
interface ReportSelectionAction extends Action {
  kind: typeof ActionKinds.ReportSelectionAction;
  elementIds: string[];
}

let presence: PresenceMark[] = [];

/** Keeps the participants' selections the server sends and outlines them. */
@injectable()
class PresenceHandler implements IActionHandler {
  handle(action: Action): void {
    presence = (action as PresenceAction).marks ?? [];
    showPresence();
  }
}

// the host ended the shared session: the page says so and sends nothing more
let sessionEnded = false;

/** The server's SessionEndedAction: the host ended the session (End Session, or closed the diagram). */
@injectable()
class SessionEndedHandler implements IActionHandler {
  handle(): void {
    endSession();
  }
}

/** Says "Session ended" in the status and a banner over the diagram, which takes no more pointer or key input. */
function endSession(): void {
  status('Session ended');
  sessionEnded = true;
  document.body.classList.add('fw-session-ended');
  const banner = document.createElement('div');
  banner.id = 'fw-session-ended';
  banner.textContent = 'Session ended: the host ended this session. Your view no longer changes and edits are not'
    + ' sent; close this page.';
  document.body.prepend(banner);
  // keys (Delete, paste, label edits) reach the diagram no more; the pointer is stopped by the page's style
  document.addEventListener('keydown', event => { event.stopImmediatePropagation(); event.preventDefault(); }, true);
}

const SVG = 'http://www.w3.org/2000/svg';

/** Outlines each participant's selected nodes in their colour, with their name above (after every render too). */
function showPresence(): void {
  document.querySelectorAll('.fw-presence').forEach(mark => mark.remove());
  for (const mark of presence) {
    for (const id of mark.elementIds) {
      const node = document.getElementById('sprotty_' + id);
      if (!(node instanceof SVGGraphicsElement)) {
        continue;
      }
      const box = node.getBBox();
      const group = document.createElementNS(SVG, 'g');
      group.setAttribute('class', 'fw-presence');
      group.dataset.element = id;
      group.dataset.name = mark.name;
      const outline = document.createElementNS(SVG, 'rect');
      outline.setAttribute('x', String(box.x - 4));
      outline.setAttribute('y', String(box.y - 4));
      outline.setAttribute('width', String(box.width + 8));
      outline.setAttribute('height', String(box.height + 8));
      outline.setAttribute('rx', '4');
      outline.setAttribute('style', `fill:none;stroke:${mark.colour};stroke-width:3;stroke-dasharray:6 3`);
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', String(box.x));
      label.setAttribute('y', String(box.y - 8));
      label.setAttribute('style', `fill:${mark.colour};font-size:11px;font-weight:bold`);
      label.textContent = mark.name;
      group.append(outline, label);
      node.appendChild(group);
    }
  }
}

const params = new URLSearchParams(window.location.search);
const port = params.get('port') ?? '8081';
const token = params.get('token') ?? '';
const diagramType = params.get('diagramType') ?? LogicModelTypes.DIAGRAM_TYPE;
const sourceUri = params.get('sourceUri') ?? '';
const element = params.get('element') ?? '';
// a participant of a shared diagram: the page came over http from the host's session, on its /view or /edit link
const shared = window.location.protocol === 'http:' || window.location.protocol === 'https:';
const readOnly = shared && window.location.pathname === '/view';
// the page's window, where the editor installs its browser functions (fw*) and finds the ones set here
const host = window as unknown as Record<string, unknown>;

function javaCall(name: string, ...args: unknown[]): void {
  const fn = host[name];
  if (typeof fn === 'function') {
    try { fn(...args); } catch (e) { console.warn(name, e); }
  }
}

function status(message: string): void {
  if (sessionEnded) {
    return; // the connection closing after the end is no news to the participant
  }
  const el = document.getElementById('fw-status');
  if (el) { el.textContent = message; }
  host.fwLastStatus = message;
  javaCall('fwLog', message);
}

const framewrightModule = new FeatureModule((bind, unbind, isBound, rebind) => {
  const context = { bind, unbind, isBound, rebind };
  bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
  bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
  configureDefaultModelElements(context);
  configureFramewrightElements(context);
  bind(PresenceHandler).toSelf().inSingletonScope();
  configureActionHandler(context, ActionKinds.PresenceAction, PresenceHandler);
  bind(SessionEndedHandler).toSelf().inSingletonScope();
  configureActionHandler(context, ActionKinds.SessionEndedAction, SessionEndedHandler);
}, { featureId: Symbol('framewright') });

// loaded last: replaces GLSP's label editor and change-bounds tool (bound by default modules)
const framewrightOverrides = new FeatureModule((bind, unbind, isBound, rebind) => {
  bind(FramewrightEditLabelUI).toSelf().inSingletonScope();
  rebind(GlspEditLabelUI).toService(FramewrightEditLabelUI);
  rebind(ChangeBoundsTool).to(ClickSafeChangeBoundsTool).inSingletonScope();
}, { featureId: Symbol('framewright-overrides') });

document.body.classList.add(diagramType === StructureTypes.DIAGRAM_TYPE ? 'fw-structure' : 'fw-logic-model');
const title = document.getElementById('fw-title');
if (title) { title.textContent = params.get('title') ?? ''; }

if (shared) {
  document.body.classList.add('fw-shared');
  if (readOnly) { document.body.classList.add('fw-readonly'); }
}
const participant = shared ? participantName() : '';
const wsProvider = new GLSPWebSocketProvider(shared
  ? `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/framewright${window.location.pathname}?token=${encodeURIComponent(token)}`
  : `ws://127.0.0.1:${port}/framewright?token=${encodeURIComponent(token)}`);
wsProvider.listen({ onConnection: initialize, onReconnect: c => initialize(c, true), logger: console });

async function initialize(connectionProvider: MessageConnection, isReconnecting = false): Promise<void> {
  if (sessionEnded) {
    return; // the host ended the session: no reconnecting to whatever listens there now
  }
  try {
    const glspClient: GLSPClient = new BaseJsonrpcGLSPClient({ id: 'framewright', connectionProvider });
    const requestOptions: Record<string, string> = { sourceUri };
    if (element) { requestOptions.element = element; }
    if (participant) { requestOptions.participant = participant; }
    const container = initializeDiagramContainer(new Container(), framewrightModule, STANDALONE_MODULE_CONFIG,
      createDiagramOptionsModule({ clientId: 'sprotty', diagramType, glspClientProvider: async () => glspClient, sourceUri,
        editMode: readOnly ? EditMode.READONLY : EditMode.EDITABLE }),
      framewrightOverrides);
    const dispatcher = container.get(GLSPActionDispatcher);
    const editorContext = container.get(EditorContextService);
    const zoom = (command: ZoomCommand) => dispatcher.dispatch(zoomAction(editorContext.modelRoot, command));
    host.fwDispatch = (action: Action) => sessionEnded ? Promise.reject(new Error('Session ended'))
      : dispatcher.dispatch(action);
    host.fwNodeCount = () => document.querySelectorAll('#sprotty .sprotty-node').length;
    host.fwPositions = () => JSON.stringify(nodePositions(editorContext));
    host.fwZoom = (command: unknown) => isZoomCommand(command) ? zoom(command) : Promise.resolve();
    host.fwSetFilter = (filter: string, active: boolean) => setFilter(dispatcher, filter, active);
    host.fwEditLabel = () => editLabel(container);
    host.fwCancelLabelEdit = () => container.get(FramewrightEditLabelUI).cancel();
    host.fwContextElement = () => contextElementId ?? '';
    host.fwPresenceShown = () => JSON.stringify(Array.from(document.querySelectorAll<SVGGElement>('.fw-presence'))
      .map(mark => ({ element: mark.dataset.element, name: mark.dataset.name })));
    host.fwCollapse = (ids: string[], collapsed: boolean) => dispatcher.dispatch(collapseAction(ids, collapsed));
    host.fwCollapseState = (id: string) => collapseStateOf(editorContext.modelRoot.index.getById(id));
    host.fwOverview = () => JSON.stringify(overview(editorContext.modelRoot));
    host.fwScrollTo = (x: number, y: number) => dispatcher.dispatch(scrollTo(editorContext.modelRoot, x, y));
    wireToolbar(dispatcher, zoom);
    wireSelection(container);
    wireDrillDown(container);
    wireCollapseToggles(container);
    wireContextMenu(container);
    wireLabelEditKeys(container);
    wireEditKeys(container);
    editorContext.onModelRootChanged(root => { routesArrived(); showFilters(root); setTimeout(showPresence, 50); });
    await container.get(DiagramLoader).load({ requestModelOptions: { ...requestOptions, isReconnecting } });
    // show the whole diagram, never enlarged beyond 100 % (once it is rendered and its bounds are known)
    await new Promise(resolve => setTimeout(resolve, 200));
    await zoom('fit');
    status(shared ? `ready (${readOnly ? 'read-only' : 'editing'}${participant ? ' as ' + participant : ''})` : 'ready');
  } catch (e: unknown) {
    status('ERROR: ' + (e instanceof Error ? e.message : String(e)));
  }
}

/** The name this participant gives: from the link, else asked for when the host wants names ('ask'). */
function participantName(): string {
  const given = params.get('name');
  if (given !== null) {
    return given;
  }
  if (params.get('names') === 'ask') {
    return window.prompt('Your name (the others see it with your changes):', '') ?? '';
  }
  return '';
}

function setFilter(dispatcher: GLSPActionDispatcher, filter: string, active: boolean): Promise<void> {
  const action: ToggleFilterAction = { kind: ActionKinds.ToggleFilterAction, filter, active };
  return dispatcher.dispatch(action);
}

/** Ticks the filter boxes as the server applied them (sent with every model as the root's args.filters). */
function showFilters(root: Readonly<GModelRoot>): void {
  const active = String(argsOf(root).filters ?? '').split(',').filter(name => name.length > 0);
  host.fwActiveFilters = active;
  javaCall('fwFiltersChanged', JSON.stringify(active));
  document.querySelectorAll<HTMLInputElement>('input[data-filter]').forEach(box => {
    box.checked = active.includes(box.dataset.filter ?? '');
  });
}

/** Top-left corners of the diagram's element nodes (not lanes), by id: what stays put when another node changes. */
function nodePositions(editorContext: EditorContextService): Record<string, { x: number, y: number }> {
  const positions: Record<string, { x: number, y: number }> = {};
  for (const child of editorContext.modelRoot.children) {
    if (child instanceof GShapeElement && child.type.startsWith('node:') && child.type !== LogicModelTypes.LANE) {
      positions[child.id] = { x: child.position.x, y: child.position.y };
    }
  }
  return positions;
}

function wireToolbar(dispatcher: GLSPActionDispatcher, zoom: (command: ZoomCommand) => void): void {
  document.querySelectorAll<HTMLInputElement>('input[data-filter]').forEach(box => {
    box.onchange = () => setFilter(dispatcher, box.dataset.filter ?? '', box.checked);
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-zoom]').forEach(button => {
    const command = button.dataset.zoom;
    button.onclick = () => { if (isZoomCommand(command)) { zoom(command); } };
  });
  document.querySelectorAll<HTMLButtonElement>('button[data-collapse-all]').forEach(button => {
    button.onclick = () => dispatcher.dispatch(collapseAction([], button.dataset.collapseAll === 'true'));
  });
  const arrange = document.getElementById('fw-arrange');
  if (arrange) { arrange.onclick = () => dispatcher.dispatch(LayoutOperation.create([])); }
  document.querySelectorAll<HTMLButtonElement>('button[data-export]').forEach(button => {
    button.onclick = () => javaCall('fwExport', button.dataset.export);
  });
}

function wireSelection(container: Container): void {
  const selection = container.get(SelectionService);
  selection.onSelectionChanged(() => {
    javaCall('fwSelectionChanged', JSON.stringify(selection.getSelectedElementIDs()));
    if (shared) {
      const report: ReportSelectionAction = { kind: ActionKinds.ReportSelectionAction,
        elementIds: [...selection.getSelectedElementIDs()] };
      container.get(GLSPActionDispatcher).dispatch(report);
    }
  });
}

/** The model element under a DOM element: the nearest enclosing element drawn for a model element. */
function modelElementAt(container: Container, target: EventTarget | null): GModelElement | undefined {
  const root = container.get(EditorContextService).modelRoot;
  for (let el = target as Element | null; el; el = el.parentElement) {
    const id = el.id?.startsWith('sprotty_') ? el.id.substring('sprotty_'.length) : undefined;
    const model = id ? root.index.getById(id) : undefined;
    if (model) {
      return model;
    }
  }
  return undefined;
}

/**
 * Listens to {@code type} events on the diagram, before the diagram's own handlers. On the document: the diagram
 * replaces its #sprotty element when it first renders, which would drop listeners added to it.
 */
function onDiagram<K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => void): void {
  document.addEventListener(type, event => {
    if ((event.target as Element | null)?.closest?.('#sprotty')) {
      listener(event);
    }
  }, true);
}

/** Double-click on a node (not on its name's text, which edits the name) drills down to its logic model. */
function wireDrillDown(container: Container): void {
  onDiagram('dblclick', event => {
    for (let model = modelElementAt(container, event.target); model; model = parentOf(model)) {
      if (model.type === DiagramTypes.NAME_LABEL) {
        return;
      }
      const logicModel = argsOf(model)[StructureTypes.LOGIC_MODEL_ARGUMENT];
      if (logicModel) {
        javaCall('fwOpenLogicModel', String(logicModel));
        return;
      }
    }
  });
}

/**
 * A click on an area's +/- toggle collapses or expands it; the press does not reach the diagram (no selection, no
 * drag of the area).
 */
function wireCollapseToggles(container: Container): void {
  const toggleOf = (event: Event) => (event.target as Element | null)?.closest?.('.' + TOGGLE_CLASS);
  onDiagram('mousedown', event => {
    if (event.button === 0 && toggleOf(event)) {
      event.stopPropagation();
      event.preventDefault();
    }
  });
  onDiagram('mouseup', event => { if (toggleOf(event)) { event.stopPropagation(); } });
  onDiagram('click', event => {
    const toggle = toggleOf(event);
    const area = toggle ? modelElementAt(container, toggle) : undefined;
    if (toggle && area) {
      event.stopPropagation();
      const collapse = collapseStateOf(area) !== StructureTypes.COLLAPSED;
      container.get(GLSPActionDispatcher).dispatch(collapseAction([area.id], collapse));
    }
  });
}

/** The element containing {@code model}, or undefined for the root. */
function parentOf(model: GModelElement): GModelElement | undefined {
  return model instanceof GChildElement ? model.parent : undefined;
}

let contextElementId: string | undefined;

/**
 * A right-click selects the node under the pointer (as in every diagram editor), so that the editor's context menu
 * (an SWT menu) works on it; the editor reads it through fwContextElement.
 */
function wireContextMenu(container: Container): void {
  const select = (event: MouseEvent) => {
    let model = modelElementAt(container, event.target);
    while (model && (model.type.startsWith('label:') || model.type === DiagramTypes.INDICATOR_BADGE
      || model.type === DiagramTypes.COMMENT_BADGE || model.type === 'marker')) {
      model = parentOf(model);
    }
    const selectable = model !== undefined && model.type !== LogicModelTypes.LANE
      && model !== container.get(EditorContextService).modelRoot;
    contextElementId = selectable ? model?.id : undefined;
    if (model && selectable && !isSelected(model)) {
      container.get(GLSPActionDispatcher).dispatch(SelectAction.create({ selectedElementsIDs: [model.id], deselectedElementsIDs: true }));
    }
  };
  onDiagram('mousedown', event => { if (event.button === 2) { select(event); } });
  onDiagram('contextmenu', event => select(event));
}

function editLabel(container: Container): void {
  const action = editSelectedLabel(container.get(EditorContextService).modelRoot);
  if (action) {
    container.get(GLSPActionDispatcher).dispatch(action);
  }
}

/** F2 edits the selected node's name; Escape cancels an edit wherever the key lands. */
function wireLabelEditKeys(container: Container): void {
  document.addEventListener('keydown', event => {
    const labelEditor = container.get(FramewrightEditLabelUI);
    if (event.key === 'Escape' && labelEditor.editing) {
      labelEditor.cancel();
      event.preventDefault();
    } else if (event.key === 'F2' && !labelEditor.editing) {
      editLabel(container);
      event.preventDefault();
    }
  }, true);
}

/**
 * Delete, Ctrl+C and Ctrl+V in the diagram run the editor's Delete (which asks first when something else refers to
 * what goes), Copy and Paste, instead of GLSP's own, which would delete without asking. Ctrl+Z / Ctrl+Y are left to
 * the workbench's Undo / Redo (GLSP's would undo a second time).
 */
function wireEditKeys(container: Container): void {
  document.addEventListener('keydown', event => {
    if (container.get(FramewrightEditLabelUI).editing || (event.target as Element | null)?.closest?.('input, textarea')) {
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    const command = event.key === 'Delete' && !ctrl ? 'delete'
      : ctrl && key === 'c' ? 'copy'
      : ctrl && key === 'v' ? 'paste' : undefined;
    if (command || (ctrl && (key === 'z' || key === 'y'))) {
      // the workbench's key bindings see Ctrl+<key> too: undo and redo are theirs alone, so they run once
      event.preventDefault();
      event.stopPropagation();
    }
    if (command) {
      javaCall('fwEdit', command);
    }
  }, true);
}
