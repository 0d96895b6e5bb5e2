package org.framewright.diagram.ui.commands;

import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.menus.UIElement;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.ui.editor.DiagramEditor;

/**
 * Switches one layer or filter of the active diagram on or off (commands {@code org.framewright.diagram.ui.filter.}
 * followed by the {@link DiagramFilter} name). Menu and toolbar items show the diagram's current state: the editor
 * refreshes them whenever its filters change ({@link #refresh}).
 */
public class FilterHandler extends AbstractHandler implements IElementUpdater, IExecutableExtension {

    /** The prefix of the filter commands' ids. */
    public static final String PREFIX = "org.framewright.diagram.ui.filter.";

    private DiagramFilter filter;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data)
            throws CoreException {
        String commandId = config.getAttribute("commandId");
        filter = commandId == null || !commandId.startsWith(PREFIX) ? null : filterOf(commandId);
        if (filter == null) {
            throw new CoreException(Status.error("FilterHandler: no diagram filter for command " + commandId));
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor) {
            editor.setFilter(filter, !editor.activeFilters().contains(filter.name()));
        }
        return null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        IWorkbenchWindow window = element.getServiceLocator().getService(IWorkbenchWindow.class);
        if (window != null && window.getActivePage() != null
                && window.getActivePage().getActiveEditor() instanceof DiagramEditor editor) {
            element.setChecked(editor.activeFilters().contains(filter.name()));
        }
    }

    /** Updates the check marks of every filter item (after the active diagram's filters changed). */
    public static void refresh() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (DiagramFilter filter : DiagramFilter.values()) {
            commands.refreshElements(PREFIX + filter.name(), null);
        }
    }

    private static DiagramFilter filterOf(String commandId) {
        return DiagramFilter.named(commandId.substring(PREFIX.length())).orElse(null);
    }
}
