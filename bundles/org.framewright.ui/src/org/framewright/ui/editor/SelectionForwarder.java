package org.framewright.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** The editor's selection provider: forwards the selection of the viewer of the active page. */
final class SelectionForwarder implements ISelectionProvider {

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final ISelectionChangedListener forward = event -> fire(event.getSelection());
    private ISelectionProvider delegate;

    /** Forwards {@code provider}'s selection from now on ({@code null}: an empty selection). */
    void setDelegate(ISelectionProvider provider) {
        if (delegate == provider) {
            return;
        }
        if (delegate != null) {
            delegate.removeSelectionChangedListener(forward);
        }
        delegate = provider;
        if (delegate != null) {
            delegate.addSelectionChangedListener(forward);
        }
        fire(getSelection());
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return delegate == null ? StructuredSelection.EMPTY : delegate.getSelection();
    }

    @Override
    public void setSelection(ISelection selection) {
        if (delegate != null) {
            delegate.setSelection(selection);
        }
    }

    private void fire(ISelection selection) {
        SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }
}
