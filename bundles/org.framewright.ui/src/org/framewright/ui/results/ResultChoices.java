package org.framewright.ui.results;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;

/** The framework, scheme and data-file choices that the Scoring and Simulation views share. */
public final class ResultChoices {

    private ResultChoices() {
    }

    /**
     * A labelled read-only combo that shows files and schemes by name, and anything else through
     * {@code otherLabels}.
     */
    public static ComboViewer combo(Composite bar, String label, int width, Function<Object, String> otherLabels) {
        new Label(bar, SWT.NONE).setText(label);
        ComboViewer viewer = new ComboViewer(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof IFile file ? file.getName()
                    : element instanceof ScoringScheme scheme ? scheme.getName() : otherLabels.apply(element);
            }
        });
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(viewer.getControl());
        return viewer;
    }

    /**
     * Offers the schemes of {@code framework} (the first one selected), and preselects the data file whose name
     * starts like the framework's file ({@code csci-2006.framework} -> {@code csci-2006-councils.csv}).
     */
    public static void offerSchemesAndData(Framework framework, IFile file, ComboViewer schemes,
        ComboViewer dataFiles) {
        schemes.setInput(framework.getSchemes());
        if (!framework.getSchemes().isEmpty()) {
            schemes.setSelection(new StructuredSelection(framework.getSchemes().get(0)));
        }
        IFile data = dataFileFor(file, ((List<?>) dataFiles.getInput()).stream().map(IFile.class::cast).toList());
        if (data != null) {
            dataFiles.setSelection(new StructuredSelection(data));
        }
    }

    /** The first of {@code dataFiles} named like the framework {@code file} (its name without extension first), or null. */
    public static IFile dataFileFor(IFile file, List<IFile> dataFiles) {
        String base = file.getName().replaceFirst("\\.framework$", "");
        return dataFiles.stream().filter(f -> f.getName().startsWith(base)).findFirst().orElse(null);
    }
}
