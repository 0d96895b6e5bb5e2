package org.framewright.diagram.server.export;

import org.eclipse.glsp.server.actions.Action;

/** Client request to export the current diagram to a file as SVG or PNG. */
public class ExportDiagramAction extends Action {

    /** The action kind. */
    public static final String KIND = "framewrightExportDiagram";

    private String format;
    private String file;

    /** Creates an empty action (for JSON). */
    public ExportDiagramAction() {
        super(KIND);
    }

    /** Creates an action exporting to {@code file} in {@code format}. */
    public ExportDiagramAction(DiagramExport format, String file) {
        this();
        this.format = format.name();
        this.file = file;
    }

    /** The format's name (a {@link DiagramExport} constant). */
    public String getFormat() {
        return format;
    }

    /** The file to write. */
    public String getFile() {
        return file;
    }
}
