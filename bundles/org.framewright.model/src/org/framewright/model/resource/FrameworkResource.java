package org.framewright.model.resource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The resource of a {@code .framework} file.
 * <p>
 * Saving is deterministic (the same model always gives the same bytes, so Git diffs stay readable) and, for
 * files, atomic: the bytes go to a temporary file beside the target which is then renamed over it, so a crash
 * during save never leaves a half-written model behind.
 */
public class FrameworkResource extends XMIResourceImpl {

    /** The options every save uses unless the caller overrides them. */
    public static Map<Object, Object> defaultSaveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
        // Write out every 64 K characters instead of building the whole document in memory first: the same bytes, but
        // a 6.5 MB file (50 copies of ADASS Option Two) no longer needs 13 MB of character buffers copied once more at
        // the end, which made saving grow faster than the model (growth exponent 1.3-1.6 between 10 and 50 copies).
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, 1 << 16);
        return options;
    }

    /**
     * The options every load uses: line and column are kept for error messages. References by id are resolved once
     * the whole document is read ({@link XMLResource#OPTION_DEFER_IDREF_RESOLUTION}): resolved while parsing, every
     * reference to an element further down the file missed the id index, and each miss rebuilt it, a walk of the
     * model per reference (quadratic: 4 s for a model of 15,000 elements).
     */
    public static Map<Object, Object> defaultLoadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        return options;
    }

    /** Element by id, replaced as a whole on rebuild so that readers on other threads see a complete map. */
    private volatile Map<String, EObject> idIndex = Map.of();

    /**
     * Whether the index was built while this resource is loading: with deferred id references, the lookups of a
     * load come after the whole document is read, so a later miss is an id the file does not have (a dangling
     * reference) and must not walk the model again.
     */
    private boolean indexedDuringLoad;

    public FrameworkResource(URI uri) {
        super(uri);
        getDefaultSaveOptions().putAll(defaultSaveOptions());
        getDefaultLoadOptions().putAll(defaultLoadOptions());
    }

    /**
     * Finds an element by its {@code id} attribute through an index of the whole resource instead of walking the
     * model for every look-up, as EMF does for intrinsic ids: loading resolves every reference by id and EMF's
     * unique-id check looks up every element, both quadratic on big models (a logic model of 500 elements and 800
     * links spent most of its load and validation time here). An index entry counts only while its element still
     * has that id and is still in this resource (ids can be edited, elements removed); a miss or a stale entry
     * rebuilds the index with one walk (during a load, only the first). Like the walk, the index keeps the first
     * element in model order per id.
     */
    @Override
    protected EObject getEObjectByID(String id) {
        if (idToEObjectMap != null && idToEObjectMap.get(id) != null) {
            return idToEObjectMap.get(id);
        }
        EObject found = idIndex.get(id);
        if (found == null && isLoading() && indexedDuringLoad) {
            return null;
        }
        if (found == null || !id.equals(EcoreUtil.getID(found)) || found.eResource() != this) {
            Map<String, EObject> index = new HashMap<>();
            for (TreeIterator<EObject> i = getAllProperContents(getContents()); i.hasNext();) {
                EObject element = i.next();
                String elementId = EcoreUtil.getID(element);
                if (elementId != null) {
                    index.putIfAbsent(elementId, element);
                }
            }
            idIndex = index;
            indexedDuringLoad = isLoading();
            found = index.get(id);
        }
        return found;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        indexedDuringLoad = false;
        try {
            super.doLoad(inputStream, options);
        } finally {
            indexedDuringLoad = false;
        }
    }

    /** Ids are the {@code id} attributes, never generated UUIDs: they are what users and data files refer to. */
    @Override
    protected boolean useUUIDs() {
        return false;
    }

    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI target = getURI();
        if (target == null || !target.isFile()) {
            super.save(options);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        super.save(bytes, options);
        Path file = Path.of(target.toFileString());
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, bytes.toByteArray());
        setModified(false);
    }
}
