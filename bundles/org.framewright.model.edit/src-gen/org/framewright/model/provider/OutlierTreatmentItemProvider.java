/**
 */
package org.framewright.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.OutlierTreatment;

/**
 * This is the item provider adapter for a {@link org.framewright.model.OutlierTreatment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class OutlierTreatmentItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutlierTreatmentItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIndicatorsPropertyDescriptor(object);
			addWinsorisationLimitPropertyDescriptor(object);
			addSkewnessThresholdPropertyDescriptor(object);
			addKurtosisThresholdPropertyDescriptor(object);
			addTransformPropertyDescriptor(object);
			addLambdaPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Indicators feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndicatorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutlierTreatment_indicators_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutlierTreatment_indicators_feature", "_UI_OutlierTreatment_type"),
				 FrameworkPackage.Literals.OUTLIER_TREATMENT__INDICATORS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Winsorisation Limit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWinsorisationLimitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutlierTreatment_winsorisationLimit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutlierTreatment_winsorisationLimit_feature", "_UI_OutlierTreatment_type"),
				 FrameworkPackage.Literals.OUTLIER_TREATMENT__WINSORISATION_LIMIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Skewness Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSkewnessThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutlierTreatment_skewnessThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutlierTreatment_skewnessThreshold_feature", "_UI_OutlierTreatment_type"),
				 FrameworkPackage.Literals.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kurtosis Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKurtosisThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutlierTreatment_kurtosisThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutlierTreatment_kurtosisThreshold_feature", "_UI_OutlierTreatment_type"),
				 FrameworkPackage.Literals.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Transform feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTransformPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutlierTreatment_transform_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutlierTreatment_transform_feature", "_UI_OutlierTreatment_type"),
				 FrameworkPackage.Literals.OUTLIER_TREATMENT__TRANSFORM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lambda feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLambdaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_OutlierTreatment_lambda_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_OutlierTreatment_lambda_feature", "_UI_OutlierTreatment_type"),
				 FrameworkPackage.Literals.OUTLIER_TREATMENT__LAMBDA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns OutlierTreatment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/OutlierTreatment"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((OutlierTreatment)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_OutlierTreatment_type") :
			getString("_UI_OutlierTreatment_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(OutlierTreatment.class)) {
			case FrameworkPackage.OUTLIER_TREATMENT__WINSORISATION_LIMIT:
			case FrameworkPackage.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD:
			case FrameworkPackage.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD:
			case FrameworkPackage.OUTLIER_TREATMENT__TRANSFORM:
			case FrameworkPackage.OUTLIER_TREATMENT__LAMBDA:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
