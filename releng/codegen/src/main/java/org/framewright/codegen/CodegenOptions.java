package org.framewright.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link ModelCodeGenerator}.
 *
 * @param root the repository root, whose {@code bundles/} folder holds the Eclipse projects the genmodel
 *          names; {@code null} to find it from each genmodel's path
 * @param saveGenModel whether to write the reconciled genmodel back to its file
 * @param clean whether to empty the generated source folders first instead of merging into them
 * @param genModels the {@code .genmodel} files to generate from, as absolute paths
 */
record CodegenOptions(Path root, boolean saveGenModel, boolean clean, List<Path> genModels) {
    static final String USAGE = "usage: ModelCodeGenerator [--root DIR] [--save-genmodel] [--clean] GENMODEL...";

    static CodegenOptions parse(String... args) {
        Path root = null;
        boolean saveGenModel = false;
        boolean clean = false;
        List<Path> genModels = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--save-genmodel" -> saveGenModel = true;
                case "--clean" -> clean = true;
                case "--root" -> {
                    if (++i == args.length) {
                        throw new CodegenFailure("--root needs a directory\n" + USAGE);
                    }
                    root = existing(args[i], "--root directory");
                }
                case "-h", "--help" -> throw new CodegenFailure(USAGE);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new CodegenFailure("unknown option " + arg + "\n" + USAGE);
                    }
                    genModels.add(existing(arg, "genmodel"));
                }
            }
        }
        if (genModels.isEmpty()) {
            throw new CodegenFailure("no genmodel given\n" + USAGE);
        }
        return new CodegenOptions(root, saveGenModel, clean, List.copyOf(genModels));
    }

    /**
     * The repository root for a genmodel: {@link #root()} if given, else the parent of the nearest
     * enclosing folder named {@code bundles}.
     */
    Path rootFor(Path genModel) {
        if (root != null) {
            return root;
        }
        for (Path dir = genModel.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("bundles") && dir.getParent() != null) {
                return dir.getParent();
            }
        }
        throw new CodegenFailure(genModel + " is not inside a bundles/ folder, so the repository root is unknown; pass --root DIR");
    }

    private static Path existing(String path, String what) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new CodegenFailure(what + " not found: " + file);
        }
        return file;
    }
}
