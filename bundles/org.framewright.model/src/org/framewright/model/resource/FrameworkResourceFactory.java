package org.framewright.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link FrameworkResource}s; registered for the {@code framework} extension in plugin.xml. */
public class FrameworkResourceFactory extends ResourceFactoryImpl {

    /** The file extension of framework models. */
    public static final String EXTENSION = "framework";

    @Override
    public Resource createResource(URI uri) {
        return new FrameworkResource(uri);
    }
}
