package org.framewright.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.model.AggregationRule;
import org.framewright.model.Framework;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conflicts a real three-way merge of a sample writes, read back from the conflict file and located in the
 * merged model, so that the workbench's merge editor can set THEIRS' (or a typed) value.
 */
class ConflictTargetTest {

    @TempDir
    Path folder;

    private static Framework load() throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
    }

    private static Weight weight(Framework framework, String part) {
        AggregationRule rule = (AggregationRule) framework.eResource().getEObject("agg-outcomes");
        return rule.getWeights().stream().filter(w -> w.getPart().getId().equals(part)).findFirst().orElseThrow();
    }

    @Test
    void aWeightBothSidesChangedIsReadBackAndLocated() throws Exception {
        Framework base = load();
        Framework ours = load();
        Framework theirs = load();
        weight(ours, "OP").setPercent(45);
        weight(theirs, "OP").setPercent(35);
        ((AggregationRule) ours.eResource().getEObject("agg-outcomes")).setName("Ours' name");
        ((AggregationRule) theirs.eResource().getEObject("agg-outcomes")).setName("Theirs' name");
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        Path merged = folder.resolve("csci.framework");
        ConflictFile.write(merged, result.conflicts());

        List<MergeConflict> read = ConflictFile.read(merged);

        assertEquals(result.conflicts(), read, "the conflict file keeps every field");
        MergeConflict weightConflict = read.stream().filter(c -> c.feature().equals("weights[OP].percent"))
            .findFirst().orElseThrow(() -> new AssertionError(read.toString()));
        ConflictTarget target = ConflictTarget.locate(result.merged(), weightConflict);
        assertSame(weight(result.merged(), "OP"), target.owner());
        assertEquals("percent", target.feature().getName());
        assertEquals("45", target.current(), "the merged model keeps OURS");
        assertEquals(35.0, target.parse(weightConflict.theirs()));

        MergeConflict nameConflict = read.stream().filter(c -> c.feature().equals("name")).findFirst().orElseThrow();
        ConflictTarget name = ConflictTarget.locate(result.merged(), nameConflict);
        assertEquals("agg-outcomes", ((AggregationRule) name.owner()).getId());
        assertEquals("Theirs' name", name.parse(nameConflict.theirs()));

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> target.parse("forty"));
        assertTrue(bad.getMessage().startsWith("percent: 'forty' is not a"), bad.getMessage());
        assertNull(target.parse(" "), "an empty value unsets the feature");
    }

    @Test
    void conflictsOnWholeElementsHaveNoValueToSet() throws Exception {
        Framework merged = load();
        MergeConflict deleted = new MergeConflict("agg-outcomes", "scheme/agg-outcomes", "(element)", "a", "", "b",
            "OURS deleted it, THEIRS changed it");
        MergeConflict order = new MergeConflict(ConflictTargetTest.class.getSimpleName(), "", "order of areas", "", "",
            "", "");
        assertNull(ConflictTarget.locate(merged, deleted));
        assertNull(ConflictTarget.locate(merged, order));
        assertNull(ConflictTarget.locate(merged, new MergeConflict("agg-outcomes", "", "weights[OP]", "", "", "", "")));
    }

    @Test
    void noConflictFileMeansNoConflictsAndABadOneIsNamed() throws Exception {
        Path merged = folder.resolve("m.framework");
        assertEquals(List.of(), ConflictFile.read(merged));
        Files.writeString(ConflictFile.of(merged), "a,b\n1,2\n");
        IOException bad = assertThrows(IOException.class, () -> ConflictFile.read(merged));
        assertTrue(bad.getMessage().contains("m.framework.conflicts:1: expected the columns element,path,feature"),
            bad.getMessage());
    }
}
