package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * An edit action on the model elements a selection provider (a model tree) selects: Delete, Copy, Paste. It follows
 * the provider's selection and re-computes its enablement ({@link #update()}) whenever it changes.
 */
public abstract class ModelSelectionAction extends Action {

    private final ISelectionChangedListener listener = event -> update();
    private ISelectionProvider provider;

    /** An action labelled {@code text}, acting on {@code provider}'s selection ({@code null}: none yet). */
    protected ModelSelectionAction(String text, ISelectionProvider provider) {
        super(text);
        setSelectionProvider(provider);
    }

    /** Acts on {@code newProvider}'s selection from now on. */
    public final void setSelectionProvider(ISelectionProvider newProvider) {
        if (provider != null) {
            provider.removeSelectionChangedListener(listener);
        }
        provider = newProvider;
        if (provider != null) {
            provider.addSelectionChangedListener(listener);
        }
        update();
    }

    /** Enables or disables the action for the current selection. */
    public abstract void update();

    /** The selection provider, or {@code null}. */
    protected final ISelectionProvider provider() {
        return provider;
    }

    /** The selected model elements; empty when something else (a file, the framework root) is selected too. */
    protected final List<EObject> selected() {
        List<EObject> elements = new ArrayList<>();
        if (provider != null && provider.getSelection() instanceof IStructuredSelection selection) {
            for (Object item : selection) {
                if (!(item instanceof EObject element) || element.eContainer() == null) {
                    return List.of();
                }
                elements.add(element);
            }
        }
        return elements;
    }

    /** The open document that holds all of {@code elements} in its own file, or {@code null}. */
    protected static ModelDocument documentOf(List<? extends EObject> elements) {
        ModelDocument document = elements.isEmpty() ? null : ModelDocuments.of(elements.get(0));
        boolean oneFile = document != null
            && elements.stream().allMatch(e -> e.eResource() == document.resource());
        return oneFile ? document : null;
    }
}
