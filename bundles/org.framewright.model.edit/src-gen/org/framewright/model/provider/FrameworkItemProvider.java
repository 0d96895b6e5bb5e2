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

import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;

/**
 * This is the item provider adapter for a {@link org.framewright.model.Framework} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FrameworkItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkItemProvider(AdapterFactory adapterFactory) {
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

			addVersionPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addPublisherPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addBasedOnPropertyDescriptor(object);
			addLevelNamesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Framework_version_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Framework_version_feature", "_UI_Framework_type"),
				 FrameworkPackage.Literals.FRAMEWORK__VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Framework_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Framework_status_feature", "_UI_Framework_type"),
				 FrameworkPackage.Literals.FRAMEWORK__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Publisher feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublisherPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Framework_publisher_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Framework_publisher_feature", "_UI_Framework_type"),
				 FrameworkPackage.Literals.FRAMEWORK__PUBLISHER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Framework_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Framework_source_feature", "_UI_Framework_type"),
				 FrameworkPackage.Literals.FRAMEWORK__SOURCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Based On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBasedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Framework_basedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Framework_basedOn_feature", "_UI_Framework_type"),
				 FrameworkPackage.Literals.FRAMEWORK__BASED_ON,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Level Names feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLevelNamesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Framework_levelNames_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Framework_levelNames_feature", "_UI_Framework_type"),
				 FrameworkPackage.Literals.FRAMEWORK__LEVEL_NAMES,
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
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__SOURCE_DOCUMENTS);
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__AREAS);
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__CLASSIFICATIONS);
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__INDICATORS);
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__DISAGGREGATIONS);
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__EVIDENCE_CATEGORIES);
			childrenFeatures.add(FrameworkPackage.Literals.FRAMEWORK__SCHEMES);
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
	 * This returns Framework.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Framework"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Framework)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Framework_type") :
			getString("_UI_Framework_type") + " " + label;
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

		switch (notification.getFeatureID(Framework.class)) {
			case FrameworkPackage.FRAMEWORK__VERSION:
			case FrameworkPackage.FRAMEWORK__STATUS:
			case FrameworkPackage.FRAMEWORK__PUBLISHER:
			case FrameworkPackage.FRAMEWORK__SOURCE:
			case FrameworkPackage.FRAMEWORK__LEVEL_NAMES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS:
			case FrameworkPackage.FRAMEWORK__AREAS:
			case FrameworkPackage.FRAMEWORK__CLASSIFICATIONS:
			case FrameworkPackage.FRAMEWORK__INDICATORS:
			case FrameworkPackage.FRAMEWORK__DISAGGREGATIONS:
			case FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES:
			case FrameworkPackage.FRAMEWORK__SCHEMES:
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
				(FrameworkPackage.Literals.FRAMEWORK__SOURCE_DOCUMENTS,
				 FrameworkFactory.eINSTANCE.createSourceDocument()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.FRAMEWORK__AREAS,
				 FrameworkFactory.eINSTANCE.createArea()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.FRAMEWORK__CLASSIFICATIONS,
				 FrameworkFactory.eINSTANCE.createClassification()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.FRAMEWORK__INDICATORS,
				 FrameworkFactory.eINSTANCE.createIndicator()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.FRAMEWORK__DISAGGREGATIONS,
				 FrameworkFactory.eINSTANCE.createDisaggregation()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.FRAMEWORK__EVIDENCE_CATEGORIES,
				 FrameworkFactory.eINSTANCE.createEvidenceCategory()));

		newChildDescriptors.add
			(createChildParameter
				(FrameworkPackage.Literals.FRAMEWORK__SCHEMES,
				 FrameworkFactory.eINSTANCE.createScoringScheme()));
	}

}
