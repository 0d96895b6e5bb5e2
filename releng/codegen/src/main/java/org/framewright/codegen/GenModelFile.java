package org.framewright.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/** Reading a .genmodel (with its .ecore) outside Eclipse, and writing it back once reconciled. */
final class GenModelFile {
    private GenModelFile() {
    }

    /**
     * Loads the genmodel and its .ecore into a resource set whose {@code platform:/resource/} is
     * {@code bundles}, so the generator writes each project's files into {@code bundles/<project>/}.
     * Fails with file:line:column for every load error. References to .ecore elements that no longer exist
     * are not errors: reconciling removes their genmodel elements.
     */
    static GenModel load(Path genModelFile, Path bundles) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        resourceSet.getURIConverter().getURIMap()
            .put(URI.createURI("platform:/resource/"), URI.createFileURI(bundles + "/"));

        Resource resource = resourceSet.createResource(URI.createFileURI(genModelFile.toString()));
        RuntimeException failure = null;
        try {
            resource.load(null);
            EcoreUtil.resolveAll(resourceSet);
        } catch (IOException | RuntimeException e) {
            failure = new CodegenFailure(genModelFile + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (Resource loaded : resourceSet.getResources()) {
            for (Resource.Diagnostic error : loaded.getErrors()) {
                problems.add(loaded.getURI().toFileString() + ":" + error.getLine() + ":" + error.getColumn() + ": " + plain(error.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CodegenFailure("cannot load " + genModelFile + ":\n  " + String.join("\n  ", problems));
        }
        if (failure != null) {
            throw failure;
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
            throw new CodegenFailure(genModelFile + " holds no GenModel");
        }
        return genModel;
    }

    /** An EMF or SAX load message without the location details that the caller prints itself. */
    private static String plain(String message) {
        String text = message == null ? "" : message.replaceFirst("\\s*\\([^()]*,\\s*-?\\d+,\\s*-?\\d+\\)\\s*$", "");
        int sax = text.lastIndexOf("columnNumber: ");
        return sax >= 0 && text.indexOf("; ", sax) >= 0 ? text.substring(text.indexOf("; ", sax) + 2) : text;
    }

    /** Writes the reconciled genmodel back if {@code save}, else warns when the file differs from it. */
    static void writeBack(GenModel genModel, Path genModelFile, boolean save) {
        try {
            ByteArrayOutputStream reconciled = new ByteArrayOutputStream();
            // EcoreResourceFactoryImpl's default save options (line width 80, ...) are those of Eclipse's genmodel editor.
            genModel.eResource().save(reconciled, Map.of(XMLResource.OPTION_LINE_DELIMITER, "\n"));
            byte[] bytes = reconciled.toByteArray();
            if (Arrays.equals(bytes, Files.readAllBytes(genModelFile))) {
                return;
            }
            if (save) {
                Files.write(genModelFile, bytes);
                System.out.println("ModelCodeGenerator: wrote the reconciled " + genModelFile);
            } else {
                System.err.println("ModelCodeGenerator: warning: " + genModelFile + " is not reconciled with its .ecore"
                    + " (the code is generated from the reconciled copy); use --save-genmodel to update the file");
            }
        } catch (IOException e) {
            throw new CodegenFailure("cannot write " + genModelFile + ": " + e.getMessage());
        }
    }
}
