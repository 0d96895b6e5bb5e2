// Framewright diagram client: connects to the in-process GLSP server (ws://127.0.0.1:PORT/framewright?token=...)
// and shows one diagram. Page parameters: port, token, diagramType, sourceUri, element (a logic model id), title.
// Talks to the SWT editor through optional browser functions: fwLog, fwSelectionChanged, fwOpenLogicModel, fwExport.
import 'reflect-metadata';
import { Container } from 'inversify';
import {
  BaseJsonrpcGLSPClient, DiagramLoader, EditorContextService, FeatureModule, GLSPActionDispatcher, GLSPClient,
  GLSPWebSocketProvider, LogLevel, ConsoleLogger, STANDALONE_MODULE_CONFIG, SelectionService, TYPES, bindOrRebind,
  configureDefaultModelElements, createDiagramOptionsModule, initializeDiagramContainer
} from '@eclipse-glsp/client';
import { MessageConnection } from 'vscode-jsonrpc';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import { configureFramewrightElements } from './views';

const params = new URLSearchParams(window.location.search);
const port = params.get('port') ?? '8081';
const token = params.get('token') ?? '';
const diagramType = params.get('diagramType') ?? 'framewright-logic-model';
const sourceUri = params.get('sourceUri') ?? '';
const element = params.get('element') ?? '';
const host = window as any;

function javaCall(name: string, ...args: unknown[]): void {
  if (typeof host[name] === 'function') {
    try { host[name](...args); } catch (e) { console.warn(name, e); }
  }
}

function status(message: string): void {
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
}, { featureId: Symbol('framewright') });

document.body.classList.add(diagramType === 'framewright-structure' ? 'fw-structure' : 'fw-logic-model');
const title = document.getElementById('fw-title');
if (title) { title.textContent = params.get('title') ?? ''; }

const wsProvider = new GLSPWebSocketProvider(`ws://127.0.0.1:${port}/framewright?token=${encodeURIComponent(token)}`);
wsProvider.listen({ onConnection: initialize, onReconnect: c => initialize(c, true), logger: console });

async function initialize(connectionProvider: MessageConnection, isReconnecting = false): Promise<void> {
  try {
    const glspClient: GLSPClient = new BaseJsonrpcGLSPClient({ id: 'framewright', connectionProvider });
    const requestOptions: Record<string, string> = { sourceUri };
    if (element) { requestOptions.element = element; }
    const container = initializeDiagramContainer(new Container(), framewrightModule, STANDALONE_MODULE_CONFIG,
      createDiagramOptionsModule({ clientId: 'sprotty', diagramType, glspClientProvider: async () => glspClient, sourceUri }));
    const dispatcher = container.get(GLSPActionDispatcher);
    host.fwDispatch = (action: any) => dispatcher.dispatch(action);
    host.fwNodeCount = () => document.querySelectorAll('#sprotty .sprotty-node').length;
    wireToolbar(dispatcher);
    wireSelection(container);
    wireDrillDown(container);
    await container.get(DiagramLoader).load({ requestModelOptions: { ...requestOptions, isReconnecting } });
    // show the whole diagram, never enlarged beyond 100 % (once it is rendered and its bounds are known)
    await new Promise(resolve => setTimeout(resolve, 200));
    await dispatcher.dispatch({ kind: 'fit', elementIds: [], padding: 16, maxZoom: 1, animate: false } as any);
    status('ready');
  } catch (e: any) {
    status('ERROR: ' + (e?.message ?? e));
  }
}

function wireToolbar(dispatcher: GLSPActionDispatcher): void {
  document.querySelectorAll<HTMLInputElement>('input[data-filter]').forEach(box => {
    box.onchange = () => dispatcher.dispatch({ kind: 'framewrightToggleFilter', filter: box.dataset.filter, active: box.checked } as any);
  });
  const arrange = document.getElementById('fw-arrange');
  if (arrange) { arrange.onclick = () => dispatcher.dispatch({ kind: 'layout', elementIds: [] } as any); }
  document.querySelectorAll<HTMLButtonElement>('button[data-export]').forEach(button => {
    button.onclick = () => javaCall('fwExport', button.dataset.export);
  });
}

function wireSelection(container: Container): void {
  const selection = container.get(SelectionService);
  selection.onSelectionChanged(() => javaCall('fwSelectionChanged', JSON.stringify(selection.getSelectedElementIDs())));
}

function wireDrillDown(container: Container): void {
  document.getElementById('sprotty')?.addEventListener('dblclick', event => {
    const root = container.get(EditorContextService).modelRoot;
    for (let el = event.target as Element | null; el; el = el.parentElement) {
      const id = el.id?.startsWith('sprotty_') ? el.id.substring('sprotty_'.length) : undefined;
      const model: any = id ? root.index.getById(id) : undefined;
      if (model?.args?.logicModel) {
        javaCall('fwOpenLogicModel', String(model.args.logicModel));
        return;
      }
    }
  });
}
