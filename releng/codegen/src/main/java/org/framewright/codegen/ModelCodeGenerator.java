package org.framewright.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Regenerates model and edit code from a {@code .genmodel} without Eclipse: the headless equivalent of
 * "Reload" (reconcile with the {@code .ecore}) followed by "Generate Model Code" and "Generate Edit Code".
 *
 * <pre>ModelCodeGenerator [--root DIR] [--save-genmodel] [--clean] GENMODEL...</pre>
 *
 * The genmodel names its output folders as Eclipse workspace paths ({@code /org.framewright.model/src-gen});
 * {@code platform:/resource/NAME/} is mapped to {@code ROOT/bundles/NAME/}, where ROOT is {@code --root}
 * or the parent of the {@code bundles/} folder that holds the genmodel. The genmodel is reconciled in
 * memory; {@code --save-genmodel} also writes it back, otherwise a stale genmodel file is only reported.
 * By default JMerger merges into the existing code (keeping {@code @generated NOT} members); {@code --clean}
 * first empties the model and edit directories, so the code depends on the .ecore and .genmodel alone.
 * MANIFEST.MF, plugin.xml, build.properties and plugin.properties are created when missing and merged
 * otherwise (MANIFEST.MF and build.properties are then left as they are).
 * <p>
 * Failures throw {@link CodegenFailure} rather than calling {@code System.exit}, because {@code exec:java}
 * runs this in Maven's own JVM.
 */
public final class ModelCodeGenerator {
    private static final List<String> PROJECT_TYPES =
        List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);

    private ModelCodeGenerator() {
    }

    public static void main(String[] args) {
        CodegenOptions options = CodegenOptions.parse(args);
        for (Path genModel : options.genModels()) {
            generate(genModel, options.rootFor(genModel), options);
        }
    }

    static void generate(Path genModelFile, Path root, CodegenOptions options) {
        long start = System.nanoTime();
        Path bundles = root.resolve("bundles");
        if (!Files.isDirectory(bundles)) {
            throw new CodegenFailure("no bundles/ folder in the repository root " + root);
        }
        GenModel genModel = GenModelFile.load(genModelFile, bundles);

        genModel.reconcile();
        if (genModel.getGenPackages().isEmpty()) {
            throw new CodegenFailure(genModelFile + ": no package left after reconciling with the .ecore (does the genPackage's ecorePackage reference the right file?)");
        }
        GenModelFile.writeBack(genModel, genModelFile, options.saveGenModel());

        GeneratedSources emptied = options.clean()
            ? GeneratedSources.empty(List.of(folder(bundles, genModel.getModelDirectory()), folder(bundles, genModel.getEditDirectory())))
            : null;
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false); // there is no Eclipse .classpath to update
        genModel.setValidateModel(false); // that validation needs an Eclipse workspace
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry()
            .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        List<String> failed = new ArrayList<>();
        for (String projectType : PROJECT_TYPES) {
            Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
            report(diagnostic, "");
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                failed.add(projectType);
            }
        }
        generator.dispose();
        if (emptied != null) {
            emptied.keepUnchangedTimestamps();
        }
        if (!failed.isEmpty()) {
            throw new CodegenFailure(genModelFile + ": generating " + failed + " code failed (see the errors above)");
        }
        System.out.printf("ModelCodeGenerator: %s -> %s and %s under %s (%d ms)%n", genModelFile.getFileName(),
            genModel.getModelDirectory(), genModel.getEditDirectory(), bundles, (System.nanoTime() - start) / 1_000_000);
    }

    /** The folder of a genmodel workspace path such as {@code /org.framewright.model/src-gen}. */
    private static Path folder(Path bundles, String workspacePath) {
        Path folder = bundles.resolve(workspacePath.replaceFirst("^/+", "")).normalize();
        if (!folder.startsWith(bundles) || folder.getNameCount() < bundles.getNameCount() + 2) {
            throw new CodegenFailure("the genmodel directory " + workspacePath + " is not a folder inside a project under " + bundles);
        }
        return folder;
    }

    private static void report(Diagnostic diagnostic, String indent) {
        if (diagnostic.getSeverity() == Diagnostic.OK) {
            return;
        }
        String severity = switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR -> "error";
            case Diagnostic.WARNING -> "warning";
            case Diagnostic.CANCEL -> "cancelled";
            default -> "info";
        };
        System.err.println(indent + severity + ": " + diagnostic.getMessage());
        if (diagnostic.getException() != null) {
            diagnostic.getException().printStackTrace();
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            report(child, indent + "  ");
        }
    }
}
