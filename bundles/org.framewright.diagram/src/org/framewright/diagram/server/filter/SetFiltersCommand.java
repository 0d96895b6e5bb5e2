package org.framewright.diagram.server.filter;

import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.framewright.diagram.server.layout.DiagramLayout;

/** Switches on exactly the given filters of one diagram in its {@link DiagramLayout}, undoably. */
public class SetFiltersCommand extends AbstractCommand {

    private final DiagramLayout layout;
    private final String diagramKey;
    private final Set<String> newFilters;
    private Set<String> oldFilters;

    /** Switches on exactly {@code filters} (by name) in diagram {@code diagramKey}. */
    public SetFiltersCommand(DiagramLayout layout, String diagramKey, Set<String> filters) {
        super("Show/Hide " + String.join(", ", filters.isEmpty() ? Set.of("all") : filters));
        this.layout = layout;
        this.diagramKey = diagramKey;
        this.newFilters = Set.copyOf(filters);
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        oldFilters = layout.filters(diagramKey);
        redo();
    }

    @Override
    public void redo() {
        layout.setFilters(diagramKey, newFilters);
    }

    @Override
    public void undo() {
        layout.setFilters(diagramKey, oldFilters);
    }
}
