package org.framewright.diagram.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.framewright.diagram.server.export.DiagramExport;
import org.framewright.diagram.server.export.ExportDiagramAction;
import org.framewright.ui.editing.ExportDialogs;

import com.google.gson.Gson;

/**
 * The functions the web client calls in the editor: its status ({@code fwLog}), the selection
 * ({@code fwSelectionChanged}, a JSON array of GModel ids), the filters shown ({@code fwFiltersChanged}, a JSON
 * array of names), drill-down ({@code fwOpenLogicModel}) and export
 * ({@code fwExport}, asks for a file, then has the server render the diagram there) and the edit keys
 * ({@code fwEdit}: delete, copy or paste, see {@link DiagramEditing}).
 */
final class DiagramBrowserFunctions {

    private static final Gson GSON = new Gson();
    private final DiagramEditor editor;

    DiagramBrowserFunctions(DiagramEditor editor) {
        this.editor = editor;
    }

    void install(Browser browser) {
        new BrowserFunction(browser, "fwLog") {
            @Override
            public Object function(Object[] arguments) {
                editor.setClientStatus(String.valueOf(arguments[0]));
                return null;
            }
        };
        new BrowserFunction(browser, "fwSelectionChanged") {
            @Override
            public Object function(Object[] arguments) {
                String[] ids = GSON.fromJson(String.valueOf(arguments[0]), String[].class);
                editor.selectGModelIds(ids == null ? List.of() : new ArrayList<>(List.of(ids)));
                return null;
            }
        };
        new BrowserFunction(browser, "fwFiltersChanged") {
            @Override
            public Object function(Object[] arguments) {
                String[] names = GSON.fromJson(String.valueOf(arguments[0]), String[].class);
                editor.filtersShown(names == null ? List.of() : List.of(names));
                return null;
            }
        };
        new BrowserFunction(browser, "fwOpenLogicModel") {
            @Override
            public Object function(Object[] arguments) {
                String id = String.valueOf(arguments[0]);
                browser.getDisplay().asyncExec(() -> editor.openLogicModel(id));
                return null;
            }
        };
        new BrowserFunction(browser, "fwEdit") {
            @Override
            public Object function(Object[] arguments) {
                // later: the delete dialog must not open inside the page's key event
                String command = String.valueOf(arguments[0]);
                browser.getDisplay().asyncExec(() -> editor.editing().fromKey(command));
                return null;
            }
        };
        new BrowserFunction(browser, "fwExport") {
            @Override
            public Object function(Object[] arguments) {
                DiagramExport format = DiagramExport.valueOf(String.valueOf(arguments[0]));
                browser.getDisplay().asyncExec(() -> export(browser, format));
                return null;
            }
        };
    }

    private void export(Browser browser, DiagramExport format) {
        Path file = ExportDialogs.askSaveLocation(browser.getShell(), editor.getEditorInput().getAdapter(IFile.class),
            format.extension(), editor.getPartName().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + format.extension());
        if (file != null) {
            browser.execute("fwDispatch({kind:'" + ExportDiagramAction.KIND + "',format:'" + format.name() + "',file:"
                    + GSON.toJson(file.toAbsolutePath().toString()) + "})");
        }
    }
}
