package org.framewright.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkStatus;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;

/** Creates a new {@code .framework} file: empty, or a draft copy of another framework that names it as {@code basedOn}. */
public final class NewFrameworks {

    private NewFrameworks() {
    }

    /**
     * Writes a new framework {@code id} / {@code name} (status draft) to {@code target}. With {@code basedOn}, the
     * new framework starts as a copy of that file's framework (structure, indicators, schemes) and refers to it as
     * the framework it is based on.
     */
    public static Framework create(IFile target, String id, String name, IFile basedOn) throws CoreException {
        if (target.exists()) {
            throw new CoreException(Status.error(target.getFullPath() + " exists already"));
        }
        ResourceSet resourceSet = FrameworkFiles.newResourceSet();
        Framework framework;
        if (basedOn == null) {
            framework = FrameworkFactory.eINSTANCE.createFramework();
            framework.getLevelNames().add("Area");
        } else {
            Framework original = load(resourceSet, basedOn);
            framework = EcoreUtil.copy(original);
            framework.setBasedOn(original);
        }
        framework.setId(id);
        framework.setName(name);
        framework.setStatus(FrameworkStatus.DRAFT);
        Resource resource = resourceSet.createResource(URI.createFileURI(target.getLocation().toOSString()));
        resource.getContents().add(framework);
        try {
            resource.save(null);
        } catch (IOException e) {
            throw new CoreException(Status.error(target.getFullPath() + ": cannot be written: " + e.getMessage(), e));
        }
        target.refreshLocal(IResource.DEPTH_ZERO, null);
        return framework;
    }

    private static Framework load(ResourceSet resourceSet, IFile file) throws CoreException {
        try {
            return FrameworkFiles.loadFramework(resourceSet, Path.of(file.getLocation().toOSString()));
        } catch (ModelLoadException e) {
            throw new CoreException(Status.error(String.join("\n", e.problems()), e));
        }
    }
}
