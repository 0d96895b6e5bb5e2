package org.framewright.ui.diagrams;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.services.IServiceLocator;

/**
 * The workbench command that opens a diagram ({@code org.framewright.diagram.ui.openDiagram}, declared and handled by
 * the diagram editors' bundle, which depends on this one): its parameters and how to run it for a
 * {@link DiagramReference}. The explorer and the form editor open diagrams only through this command.
 */
public final class OpenDiagramCommand {

    /** The command id. */
    public static final String ID = "org.framewright.diagram.ui.openDiagram";

    /** Parameter: the framework file's full workspace path ({@code /Samples/models/x.framework}). */
    public static final String FILE = ID + ".file";

    /**
     * Parameter (optional): the id of the element the diagram is opened on (a logic model's id); without it, a diagram
     * of the framework.
     */
    public static final String LOGIC_MODEL = ID + ".logicModel";

    /**
     * Parameter (optional): the diagram type id ({@code org.framewright.diagram.types}); without it, the logic model
     * diagram when {@link #LOGIC_MODEL} is given, else the structure.
     */
    public static final String DIAGRAM_TYPE = ID + ".diagramType";

    private OpenDiagramCommand() {
    }

    /** The command's parameter values for {@code diagram}. */
    public static Map<String, String> parameters(DiagramReference diagram) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(FILE, diagram.file().getFullPath().toString());
        parameters.put(DIAGRAM_TYPE, diagram.diagramType());
        if (diagram.elementId() != null) {
            parameters.put(LOGIC_MODEL, diagram.elementId());
        }
        return parameters;
    }

    /** The workspace file named by the {@link #FILE} parameter value {@code fullPath}. */
    public static IFile file(String fullPath) {
        return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(fullPath));
    }

    /** Runs the command for {@code diagram}; a failure is shown to the user, never thrown. */
    public static void execute(IServiceLocator locator, DiagramReference diagram, Shell shell) {
        ICommandService commands = locator.getService(ICommandService.class);
        try {
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(ID),
                parameters(diagram));
            locator.getService(IHandlerService.class).executeCommand(command, null);
        } catch (CommandException | RuntimeException e) {
            ILog.of(OpenDiagramCommand.class).error("Cannot open the diagram " + diagram, e);
            MessageDialog.openError(shell, "Open Diagram", "Cannot open the diagram '" + diagram.label() + "' of "
                + diagram.file().getFullPath() + ": " + e.getMessage());
        }
    }
}
