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

import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.ScoringScheme;

/**
 * This is the item provider adapter for a {@link org.framewright.model.ScoringScheme} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ScoringSchemeItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringSchemeItemProvider(AdapterFactory adapterFactory) {
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

			addRatingScalePropertyDescriptor(object);
			addRankingPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Rating Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRatingScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringScheme_ratingScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringScheme_ratingScale_feature", "_UI_ScoringScheme_type"),
				 FrameworkPackage.Literals.SCORING_SCHEME__RATING_SCALE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ranking feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRankingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ScoringScheme_ranking_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_ScoringScheme_ranking_feature", "_UI_ScoringScheme_type"),
				 FrameworkPackage.Literals.SCORING_SCHEME__RANKING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__SCALES);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__BANDINGS);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__INDICATOR_RULES);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__AGGREGATIONS);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__SCENARIOS);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__TREATMENTS);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__DENOMINATIONS);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__IMPUTATIONS);
			childrenFeatures.add(FrameworkPackage.Literals.SCORING_SCHEME__AVAILABILITY_SCREEN);
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
	 * This returns ScoringScheme.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ScoringScheme"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ScoringScheme)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ScoringScheme_type") :
			getString("_UI_ScoringScheme_type") + " " + label;
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

		switch (notification.getFeatureID(ScoringScheme.class)) {
			case FrameworkPackage.SCORING_SCHEME__RANKING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FrameworkPackage.SCORING_SCHEME__SCALES:
			case FrameworkPackage.SCORING_SCHEME__BANDINGS:
			case FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES:
			case FrameworkPackage.SCORING_SCHEME__AGGREGATIONS:
			case FrameworkPackage.SCORING_SCHEME__SCENARIOS:
			case FrameworkPackage.SCORING_SCHEME__TREATMENTS:
			case FrameworkPackage.SCORING_SCHEME__DENOMINATIONS:
			case FrameworkPackage.SCORING_SCHEME__IMPUTATIONS:
			case FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN:
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
				(FrameworkPackage.Literals.SCORING_SCHEME__SCALES,
				 FrameworkFactory.eINSTANCE.createScale()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__BANDINGS,
				 FrameworkFactory.eINSTANCE.createBanding()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__INDICATOR_RULES,
				 FrameworkFactory.eINSTANCE.createIndicatorRule()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__AGGREGATIONS,
				 FrameworkFactory.eINSTANCE.createAggregationRule()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__SCENARIOS,
				 FrameworkFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__TREATMENTS,
				 FrameworkFactory.eINSTANCE.createOutlierTreatment()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__DENOMINATIONS,
				 FrameworkFactory.eINSTANCE.createDenomination()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__IMPUTATIONS,
				 FrameworkFactory.eINSTANCE.createImputation()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.SCORING_SCHEME__AVAILABILITY_SCREEN,
				 FrameworkFactory.eINSTANCE.createAvailabilityScreen()));
	}

}
