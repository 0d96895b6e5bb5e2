package org.framewright.diagram.server.validation;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;

/**
 * The {@link FrameworkValidation} results of a framework, kept until anything in its resource set changes, so that
 * re-rendering a diagram (filters, moves, the other diagram of the same file) does not validate the whole model
 * again. An {@link EContentAdapter} on the resource set: every real change (not a touch, not a proxy resolution)
 * in any of its resources forgets the results.
 */
public final class ValidationCache extends EContentAdapter {

    private final AtomicLong changes = new AtomicLong();
    private Framework validated;
    private long validatedAt = -1;
    private List<ModelDiagnostic> diagnostics;

    private ValidationCache() {
    }

    /** The diagnostics of {@code framework}: kept ones if nothing changed since they were computed. */
    public static List<ModelDiagnostic> diagnostics(Framework framework) {
        Resource resource = framework.eResource();
        Notifier owner = resource == null ? null
                : resource.getResourceSet() == null ? resource : resource.getResourceSet();
        if (owner == null) {
            return FrameworkValidation.validate(framework);
        }
        return of(owner).validate(framework);
    }

    /** The cache of the resource set (or resource) {@code owner}, installed on first use. */
    static synchronized ValidationCache of(Notifier owner) {
        ValidationCache cache = (ValidationCache) EcoreUtil.getExistingAdapter(owner, ValidationCache.class);
        if (cache == null) {
            cache = new ValidationCache();
            owner.eAdapters().add(cache);
        }
        return cache;
    }

    private synchronized List<ModelDiagnostic> validate(Framework framework) {
        long before = changes.get();
        if (framework != validated || validatedAt != before) {
            List<ModelDiagnostic> result = List.copyOf(FrameworkValidation.validate(framework));
            // validation may load referenced files into the resource set: keep the result only if that changed
            // nothing, else the next render validates once more
            validated = changes.get() == before ? framework : null;
            validatedAt = before;
            diagnostics = result;
        }
        return diagnostics;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (!notification.isTouch() && notification.getEventType() != Notification.RESOLVE
                && notification.getEventType() != Notification.REMOVING_ADAPTER) {
            changes.incrementAndGet();
        }
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == ValidationCache.class;
    }
}
