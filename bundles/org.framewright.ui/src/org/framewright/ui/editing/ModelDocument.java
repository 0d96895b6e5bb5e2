package org.framewright.ui.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.provider.FrameworkEditAdapterFactory;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.FrameworkResourceFactory;
import org.framewright.model.resource.ModelLoadException;

/**
 * One open {@code .framework} file: its resource, its framework, and the single {@link EditingDomain} and
 * command stack through which every editor and view changes it. Obtained from {@link ModelDocuments#acquire(IFile)}
 * and given back with {@link #release()}.
 * <p>
 * Every change goes through {@code domain().getCommandStack().execute(command)}, so undo and redo span all
 * editors of the file, and {@link #isDirty()} is true exactly when the stack is not at its last saved point.
 */
public final class ModelDocument {

    /** What happened to a document. */
    public enum Change {
        /** A command was executed, undone or redone (the dirty state may have changed). */
        COMMAND_STACK,
        /** The document was written to its file. */
        SAVED,
        /**
         * The file was changed or deleted by someone else: the document no longer matches it and a new
         * {@link ModelDocuments#acquire(IFile)} loads the file afresh. Holders release this document (an editor with
         * unsaved changes may keep it and save over the file).
         */
        STALE,
        /**
         * A change was refused because the document is a read-only revision ({@link #isReadOnly()}): the command was
         * not executed and the model is unchanged.
         */
        REFUSED
    }

    /** Told about changes of a document; called on the thread that made the change (the UI thread for edits). */
    @FunctionalInterface
    public interface Listener {
        /** {@code document} changed as {@code change} says. */
        void documentChanged(ModelDocument document, Change change);
    }

    private final IFile file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final Framework framework;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private int holders;
    private long stamp;
    private volatile boolean saving;
    private final String revision;

    private ModelDocument(IFile file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
            Framework framework) {
        this(file, adapterFactory, domain, framework, null);
    }

    private ModelDocument(IFile file, ComposedAdapterFactory adapterFactory, AdapterFactoryEditingDomain domain,
            Framework framework, String revision) {
        this.revision = revision;
        this.file = file;
        this.adapterFactory = adapterFactory;
        this.domain = domain;
        this.framework = framework;
        domain.getCommandStack().addCommandStackListener(stackListener);
        this.stamp = file.getModificationStamp();
    }

    static ModelDocument load(IFile file) throws ModelLoadException {
        ComposedAdapterFactory adapterFactory = newAdapterFactory();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        configure(domain.getResourceSet());
        Path path = file.getLocation() == null ? null : file.getLocation().toFile().toPath();
        if (path == null) {
            adapterFactory.dispose();
            throw new ModelLoadException(java.util.List.of(file.getFullPath() + ": not a local file"));
        }
        Framework framework = FrameworkFiles.loadFramework(domain.getResourceSet(), path);
        return new ModelDocument(file, adapterFactory, domain, framework);
    }

    /**
     * A read-only document of {@code framework}, an earlier revision of {@code file} (e.g. a Git commit), named
     * {@code revision} (e.g. the short commit id). It is not shared through {@link ModelDocuments}: the caller holds it
     * and gives it back with {@link #release()}. Its command stack refuses every command (listeners hear
     * {@link Change#REFUSED}), so it never becomes dirty and cannot be saved; no problem markers are written for it.
     */
    public static ModelDocument ofRevision(IFile file, Framework framework, String revision) {
        ComposedAdapterFactory adapterFactory = newAdapterFactory();
        ResourceSet resourceSet = framework.eResource().getResourceSet();
        configure(resourceSet);
        ModelDocument[] document = new ModelDocument[1];
        BasicCommandStack refusing = new BasicCommandStack() {
            @Override
            public void execute(org.eclipse.emf.common.command.Command command) {
                if (command != null) {
                    command.dispose();
                }
                document[0].fire(Change.REFUSED);
            }
        };
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, refusing, resourceSet);
        document[0] = new ModelDocument(file, adapterFactory, domain, framework, revision);
        document[0].retain();
        ModelDocuments.revisionOpened(document[0]);
        return document[0];
    }

    /** True for an earlier revision opened read-only ({@link #ofRevision}): nothing can change or save it. */
    public boolean isReadOnly() {
        return revision != null;
    }

    /** The revision this read-only document shows (e.g. a short commit id); {@code null} for the file itself. */
    public String revision() {
        return revision;
    }

    /** The item providers of the Framewright metamodel, resources and (for anything else) reflection. */
    public static ComposedAdapterFactory newAdapterFactory() {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        factory.addAdapterFactory(new FrameworkEditAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return factory;
    }

    /** The workspace file. */
    public IFile file() {
        return file;
    }

    /** The editing domain: its command stack is the only way to change the model. */
    public EditingDomain domain() {
        return domain;
    }

    /** The shared command stack of {@link #domain()}. */
    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** The item provider adapter factory for labels, icons, children and property descriptors. */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** The resource of the file (other resources of the set, e.g. a {@code basedOn} framework, are read-only). */
    public Resource resource() {
        return framework.eResource();
    }

    /** The root of the model. */
    public Framework framework() {
        return framework;
    }

    /** True when there are changes since the last save (or load). */
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /**
     * Writes the model to its file (atomically: temporary file, then rename) and marks this point of the command
     * stack as saved.
     */
    public void save(IProgressMonitor monitor) throws CoreException {
        if (isReadOnly()) {
            throw new CoreException(ModelDocuments.error(file.getFullPath() + " at " + revision
                + " is a read-only revision: it cannot be saved", null));
        }
        saving = true;
        try {
            resource().save(null);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            stamp = file.getModificationStamp();
        } catch (IOException | RuntimeException e) {
            throw new CoreException(ModelDocuments.error(file.getFullPath() + ": could not save: " + e.getMessage(), e));
        } finally {
            saving = false;
        }
        fire(Change.SAVED);
        fire(Change.COMMAND_STACK);
    }

    /** Undoes every command since the last save, so that the model equals its file again (used on "don't save"). */
    public void revertToSaved() {
        BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
        while (stack.isSaveNeeded() && stack.canUndo()) {
            stack.undo();
        }
    }

    /** True when the file was changed or deleted since this document loaded or saved it (not by this document). */
    public boolean isStale() {
        return !saving && !isReadOnly() && (!file.exists() || file.getModificationStamp() != stamp);
    }

    /** Tells the listeners that the file changed under this document (see {@link Change#STALE}). */
    void fireStale() {
        fire(Change.STALE);
    }

    /** Adds a listener (no effect if already added). */
    public void addListener(Listener listener) {
        listeners.addIfAbsent(listener);
    }

    /** Removes a listener. */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** How many callers hold this document. */
    public synchronized int holders() {
        return holders;
    }

    /** Gives the document back; the last holder's release unloads it. */
    public void release() {
        synchronized (this) {
            if (holders == 0) {
                throw new IllegalStateException(file.getFullPath() + " was released more often than acquired");
            }
            holders--;
            if (holders > 0) {
                return;
            }
        }
        ModelDocuments.closed(this);
        domain.getCommandStack().removeCommandStackListener(stackListener);
        listeners.clear();
        for (Resource resource : domain.getResourceSet().getResources()) {
            resource.unload();
        }
        adapterFactory.dispose();
    }

    synchronized void retain() {
        holders++;
    }

    private void commandStackChanged(EventObject event) {
        fire(Change.COMMAND_STACK);
    }

    private void fire(Change change) {
        for (Listener listener : listeners) {
            listener.documentChanged(this, change);
        }
    }

    private static void configure(ResourceSet resourceSet) {
        resourceSet.getPackageRegistry().put(FrameworkPackage.eNS_URI, FrameworkPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
            .put(FrameworkResourceFactory.EXTENSION, new FrameworkResourceFactory());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
            .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new FrameworkResourceFactory());
    }
}
