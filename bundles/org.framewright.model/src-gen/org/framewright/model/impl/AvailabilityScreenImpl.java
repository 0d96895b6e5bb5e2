/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.framewright.model.AvailabilityScreen;
import org.framewright.model.FrameworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Availability Screen</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.AvailabilityScreenImpl#getMinimumPercent <em>Minimum Percent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AvailabilityScreenImpl extends ModelElementImpl implements AvailabilityScreen {
	/**
	 * The default value of the '{@link #getMinimumPercent() <em>Minimum Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double MINIMUM_PERCENT_EDEFAULT = 75.0;

	/**
	 * The cached value of the '{@link #getMinimumPercent() <em>Minimum Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumPercent()
	 * @generated
	 * @ordered
	 */
	protected double minimumPercent = MINIMUM_PERCENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AvailabilityScreenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.AVAILABILITY_SCREEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinimumPercent() {
		return minimumPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumPercent(double newMinimumPercent) {
		double oldMinimumPercent = minimumPercent;
		minimumPercent = newMinimumPercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AVAILABILITY_SCREEN__MINIMUM_PERCENT, oldMinimumPercent, minimumPercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.AVAILABILITY_SCREEN__MINIMUM_PERCENT:
				return getMinimumPercent();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FrameworkPackage.AVAILABILITY_SCREEN__MINIMUM_PERCENT:
				setMinimumPercent((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FrameworkPackage.AVAILABILITY_SCREEN__MINIMUM_PERCENT:
				setMinimumPercent(MINIMUM_PERCENT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FrameworkPackage.AVAILABILITY_SCREEN__MINIMUM_PERCENT:
				return minimumPercent != MINIMUM_PERCENT_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (minimumPercent: ");
		result.append(minimumPercent);
		result.append(')');
		return result.toString();
	}

} //AvailabilityScreenImpl
