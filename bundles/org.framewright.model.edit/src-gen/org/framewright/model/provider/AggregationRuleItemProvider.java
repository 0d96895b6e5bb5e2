/**
 */
package org.framewright.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;

/**
 * This is the item provider adapter for a {@link org.framewright.model.AggregationRule} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AggregationRuleItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AggregationRuleItemProvider(AdapterFactory adapterFactory) {
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

			addAreasPropertyDescriptor(object);
			addOverallPropertyDescriptor(object);
			addInputsPropertyDescriptor(object);
			addInputValuePropertyDescriptor(object);
			addMethodPropertyDescriptor(object);
			addMaximumPropertyDescriptor(object);
			addBandingPropertyDescriptor(object);
			addScalePropertyDescriptor(object);
			addMissingDataPropertyDescriptor(object);
			addMinimumInputsPropertyDescriptor(object);
			addDirectValueFirstPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Areas feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAreasPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_areas_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_areas_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__AREAS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Overall feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOverallPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_overall_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_overall_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__OVERALL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inputs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInputsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_inputs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_inputs_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__INPUTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Input Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInputValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_inputValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_inputValue_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__INPUT_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_method_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_method_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Maximum feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMaximumPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_maximum_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_maximum_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__MAXIMUM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Banding feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBandingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_banding_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_banding_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__BANDING,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_scale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_scale_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__SCALE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Missing Data feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMissingDataPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_missingData_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_missingData_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__MISSING_DATA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Minimum Inputs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMinimumInputsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_minimumInputs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_minimumInputs_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__MINIMUM_INPUTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Direct Value First feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDirectValueFirstPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AggregationRule_directValueFirst_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AggregationRule_directValueFirst_feature", "_UI_AggregationRule_type"),
				 FrameworkPackage.Literals.AGGREGATION_RULE__DIRECT_VALUE_FIRST,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(FrameworkPackage.Literals.AGGREGATION_RULE__PARAMETERS);
			childrenFeatures.add(FrameworkPackage.Literals.AGGREGATION_RULE__WEIGHTS);
			childrenFeatures.add(FrameworkPackage.Literals.AGGREGATION_RULE__MATRIX);
			childrenFeatures.add(FrameworkPackage.Literals.AGGREGATION_RULE__ROUNDING);
			childrenFeatures.add(FrameworkPackage.Literals.AGGREGATION_RULE__LIMITERS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns AggregationRule.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AggregationRule"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AggregationRule)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AggregationRule_type") :
			getString("_UI_AggregationRule_type") + " " + label;
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

		switch (notification.getFeatureID(AggregationRule.class)) {
			case FrameworkPackage.AGGREGATION_RULE__OVERALL:
			case FrameworkPackage.AGGREGATION_RULE__INPUTS:
			case FrameworkPackage.AGGREGATION_RULE__INPUT_VALUE:
			case FrameworkPackage.AGGREGATION_RULE__METHOD:
			case FrameworkPackage.AGGREGATION_RULE__MAXIMUM:
			case FrameworkPackage.AGGREGATION_RULE__MISSING_DATA:
			case FrameworkPackage.AGGREGATION_RULE__MINIMUM_INPUTS:
			case FrameworkPackage.AGGREGATION_RULE__DIRECT_VALUE_FIRST:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FrameworkPackage.AGGREGATION_RULE__PARAMETERS:
			case FrameworkPackage.AGGREGATION_RULE__WEIGHTS:
			case FrameworkPackage.AGGREGATION_RULE__MATRIX:
			case FrameworkPackage.AGGREGATION_RULE__ROUNDING:
			case FrameworkPackage.AGGREGATION_RULE__LIMITERS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.AGGREGATION_RULE__PARAMETERS,
				 FrameworkFactory.eINSTANCE.createMethodParameter()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.AGGREGATION_RULE__WEIGHTS,
				 FrameworkFactory.eINSTANCE.createWeight()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.AGGREGATION_RULE__MATRIX,
				 FrameworkFactory.eINSTANCE.createRuleMatrix()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.AGGREGATION_RULE__ROUNDING,
				 FrameworkFactory.eINSTANCE.createRounding()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.AGGREGATION_RULE__LIMITERS,
				 FrameworkFactory.eINSTANCE.createLimiter()));
	}

}
