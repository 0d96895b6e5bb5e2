package org.framewright.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framewright.io.ComparatorGroupImport;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.DataFileException;
import org.framewright.model.DataSet;
import org.framewright.ui.editing.WorkspaceFiles;

/**
 * The optional comparator groups file of a scoring run, as {@code score --groups} gives it: a combo offering
 * {@value #NONE} and the workspace's files that may hold groups ({@link WorkspaceFiles#groupFiles()}).
 */
public final class GroupChoice {

    /** The entry that scores without comparator groups (the default). */
    public static final String NONE = "(none)";

    private GroupChoice() {
    }

    /**
     * A labelled {@code Groups:} combo in {@code bar} (two columns), with the tooltip that says what it is for; fill
     * it with {@link #offer}.
     */
    public static ComboViewer combo(Composite bar) {
        ComboViewer groupFiles = ResultChoices.combo(bar, "Groups:", 110, String::valueOf);
        groupFiles.getCombo().setToolTipText("Comparator groups (Oflog's NN.json or a CSV group,council) for "
            + "comparator position and comparator imputations, as --groups of the command line reads them");
        return groupFiles;
    }

    /** Lists the groups files again, keeping the chosen one while it is still there ({@value #NONE} otherwise). */
    public static void offer(ComboViewer groupFiles, Label status) {
        Object chosen = groupFiles.getStructuredSelection().getFirstElement();
        List<Object> entries = new ArrayList<>();
        entries.add(NONE);
        try {
            entries.addAll(WorkspaceFiles.scan().groupFiles());
        } catch (CoreException e) {
            status.setText(e.getMessage());
        }
        groupFiles.setInput(entries);
        groupFiles.setSelection(new StructuredSelection(entries.contains(chosen) ? chosen : NONE));
    }

    /**
     * Adds the groups of the file {@code groups} (null: none) to {@code data}; returns what is wrong with the file
     * (its errors' count and the first, at file:line:column), or null when its groups were added.
     */
    public static String addTo(Path groups, DataSet data) throws DataFileException {
        if (groups == null) {
            return null;
        }
        ComparatorGroupImport read = ComparatorGroupReader.read(groups);
        if (!read.errors().isEmpty()) {
            return read.errors().size() + " error(s) in " + groups.getFileName() + "; nothing was run. The first: "
                + read.errors().get(0);
        }
        read.copyInto(data);
        return null;
    }

    /** The chosen groups file on disk, or null for none. */
    public static Path chosen(ComboViewer groupFiles) {
        Object chosen = groupFiles.getStructuredSelection().getFirstElement();
        return chosen instanceof IFile file && file.getLocation() != null ? file.getLocation().toFile().toPath()
            : null;
    }
}
