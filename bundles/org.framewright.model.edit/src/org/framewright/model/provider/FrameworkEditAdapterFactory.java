package org.framewright.model.provider;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.framewright.model.ModelElement;
import org.framewright.model.query.TreatmentQuery;

/**
 * The generated {@link FrameworkItemProviderAdapterFactory} with the labels that generation cannot give: a data
 * treatment without a name (outlier treatment, denomination, imputation, availability screen) is labelled with what it
 * treats and how ({@link TreatmentQuery}), e.g. {@code Outlier Treatment of 2D1 (winsorise up to 5)}, so that two new
 * treatments do not look the same in the form's trees and the Model Explorer. Hand-written here, beside the generated
 * code, so that regenerating keeps it; the workbench and the diagram server use this factory.
 */
public class FrameworkEditAdapterFactory extends FrameworkItemProviderAdapterFactory {

    @Override
    public Adapter createOutlierTreatmentAdapter() {
        if (outlierTreatmentItemProvider == null) {
            outlierTreatmentItemProvider = new OutlierTreatmentItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return treatmentText(super.getText(object), object);
                }

                @Override
                public void notifyChanged(Notification notification) {
                    if (!labelChanged(this, notification)) {
                        super.notifyChanged(notification);
                    }
                }
            };
        }
        return outlierTreatmentItemProvider;
    }

    @Override
    public Adapter createDenominationAdapter() {
        if (denominationItemProvider == null) {
            denominationItemProvider = new DenominationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return treatmentText(super.getText(object), object);
                }

                @Override
                public void notifyChanged(Notification notification) {
                    if (!labelChanged(this, notification)) {
                        super.notifyChanged(notification);
                    }
                }
            };
        }
        return denominationItemProvider;
    }

    @Override
    public Adapter createImputationAdapter() {
        if (imputationItemProvider == null) {
            imputationItemProvider = new ImputationItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return treatmentText(super.getText(object), object);
                }

                @Override
                public void notifyChanged(Notification notification) {
                    if (!labelChanged(this, notification)) {
                        super.notifyChanged(notification);
                    }
                }
            };
        }
        return imputationItemProvider;
    }

    @Override
    public Adapter createAvailabilityScreenAdapter() {
        if (availabilityScreenItemProvider == null) {
            availabilityScreenItemProvider = new AvailabilityScreenItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return treatmentText(super.getText(object), object);
                }
            };
        }
        return availabilityScreenItemProvider;
    }

    /** The generated label ("Outlier Treatment" and the name), with what it treats when there is no name. */
    static String treatmentText(String generated, Object treatment) {
        String name = treatment instanceof ModelElement element ? element.getName() : null;
        String what = TreatmentQuery.describe(treatment);
        return name != null && !name.isEmpty() || what == null ? generated : generated + " " + what;
    }

    /**
     * Refreshes the label when the treated indicators (or the denominator) change: generated providers refresh it
     * for attributes only, and these references are now part of it. True when {@code notification} was handled.
     */
    static boolean labelChanged(ItemProviderAdapter provider, Notification notification) {
        if (notification.getFeature() instanceof EReference reference && !reference.isContainment()) {
            provider.fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
            return true;
        }
        return false;
    }
}
