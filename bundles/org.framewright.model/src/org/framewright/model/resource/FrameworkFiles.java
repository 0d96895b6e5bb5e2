package org.framewright.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;

/**
 * Loading and saving {@code .framework} files outside and inside Eclipse alike. Load problems become a
 * {@link ModelLoadException} whose lines name the file, line and column, never a stack trace.
 */
public final class FrameworkFiles {

    private FrameworkFiles() {
    }

    /** A resource set that reads and writes framework files, with the package registered. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(FrameworkPackage.eNS_URI, FrameworkPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
            .put(FrameworkResourceFactory.EXTENSION, new FrameworkResourceFactory());
        // any other extension (a copy saved as .xmi, say) is still read as a framework file
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
            .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new FrameworkResourceFactory());
        return resourceSet;
    }

    /** Loads the framework in {@code file} into a new resource set. */
    public static Framework loadFramework(Path file) throws ModelLoadException {
        return loadFramework(newResourceSet(), file);
    }

    /** Loads the framework in {@code file} into {@code resourceSet}. */
    public static Framework loadFramework(ResourceSet resourceSet, Path file) throws ModelLoadException {
        EObject root = loadRoot(resourceSet, file);
        if (root instanceof Framework framework) {
            return framework;
        }
        throw new ModelLoadException(List.of(file + ": the root element is a " + root.eClass().getName()
            + ", not a Framework"));
    }

    /** Loads the single root object of {@code file}. */
    public static EObject loadRoot(ResourceSet resourceSet, Path file) throws ModelLoadException {
        if (!Files.isRegularFile(file)) {
            throw new ModelLoadException(List.of(file + ": " + (Files.exists(file) ? "not a regular file" : "no such file")));
        }
        if (!Files.isReadable(file)) {
            throw new ModelLoadException(List.of(file + ": not readable"));
        }
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = resourceSet.createResource(uri);
        }
        List<String> problems = new ArrayList<>();
        try {
            resource.load(resourceSet.getLoadOptions());
        } catch (NoSuchFileException e) {
            problems.add(file + ": no such file");
        } catch (IOException | RuntimeException e) {
            if (resource.getErrors().isEmpty()) {
                problems.add(file + ": " + describe(e));
            }
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            problems.add(LoadProblems.describe(file, error));
        }
        if (problems.isEmpty() && resource.getContents().isEmpty()) {
            problems.add(file + ": the file holds no model");
        } else if (problems.isEmpty() && resource.getContents().size() > 1) {
            problems.add(file + ": the file holds " + resource.getContents().size() + " root elements; expected one");
        }
        if (!problems.isEmpty()) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(problems);
        }
        return resource.getContents().get(0);
    }

    /** Saves the resource holding {@code root} (atomically, for files). */
    public static void save(EObject root) throws IOException {
        root.eResource().save(null);
    }

    /** Saves {@code root} as {@code file}, creating or replacing it atomically. */
    public static void saveAs(EObject root, Path file) throws IOException {
        ResourceSet resourceSet = root.eResource() != null && root.eResource().getResourceSet() != null
            ? root.eResource().getResourceSet() : newResourceSet();
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = root.eResource();
        if (resource == null) {
            resource = resourceSet.createResource(uri);
            resource.getContents().add(root);
        } else {
            resource.setURI(uri);
        }
        resource.save(null);
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "the file cannot be read as a model" : LoadProblems.plain(message);
    }
}
