package org.framewright.diagram.server.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.framewright.diagram.server.layout.DiagramLayoutFile;
import org.framewright.model.Framework;
import org.framewright.model.provider.FrameworkEditAdapterFactory;
import org.framewright.model.resource.FrameworkFiles;

/**
 * Opens documents without a workbench: one editing domain per file (kept while the file is in use, so that two
 * diagrams of one file share one command stack), saved with {@link FrameworkFiles#save} and
 * {@link DiagramLayoutFile#write}.
 */
public final class StandaloneDocumentProvider implements DiagramDocumentProvider {

    private final Map<Path, DiagramDocument> open = new HashMap<>();

    @Override
    public synchronized DiagramDocument acquire(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        DiagramDocument document = open.get(key);
        if (document == null) {
            ComposedAdapterFactory adapters = new ComposedAdapterFactory(
                    ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
            adapters.addAdapterFactory(new FrameworkEditAdapterFactory());
            AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack(),
                    FrameworkFiles.newResourceSet());
            Framework framework = FrameworkFiles.loadFramework(domain.getResourceSet(), key);
            document = new DiagramDocument(key, domain, framework, DiagramLayoutFile.read(key), this);
            open.put(key, document);
        }
        return document;
    }

    @Override
    public void save(DiagramDocument document) throws IOException {
        FrameworkFiles.save(document.framework());
        DiagramLayoutFile.write(document.file(), document.layout());
        ((BasicCommandStack) document.commandStack()).saveIsDone();
    }

    @Override
    public synchronized void release(DiagramDocument document) {
        open.remove(document.file());
    }
}
