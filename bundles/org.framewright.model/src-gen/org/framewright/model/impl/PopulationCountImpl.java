/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.PopulationCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Population Count</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.PopulationCountImpl#getAgeBand <em>Age Band</em>}</li>
 *   <li>{@link org.framewright.model.impl.PopulationCountImpl#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PopulationCountImpl extends MinimalEObjectImpl.Container implements PopulationCount {
	/**
	 * The default value of the '{@link #getAgeBand() <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBand()
	 * @generated
	 * @ordered
	 */
	protected static final String AGE_BAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgeBand() <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeBand()
	 * @generated
	 * @ordered
	 */
	protected String ageBand = AGE_BAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final long COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected long count = COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PopulationCountImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.POPULATION_COUNT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgeBand() {
		return ageBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeBand(String newAgeBand) {
		String oldAgeBand = ageBand;
		ageBand = newAgeBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.POPULATION_COUNT__AGE_BAND, oldAgeBand, ageBand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(long newCount) {
		long oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.POPULATION_COUNT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.POPULATION_COUNT__AGE_BAND:
				return getAgeBand();
			case FrameworkPackage.POPULATION_COUNT__COUNT:
				return getCount();
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
			case FrameworkPackage.POPULATION_COUNT__AGE_BAND:
				setAgeBand((String)newValue);
				return;
			case FrameworkPackage.POPULATION_COUNT__COUNT:
				setCount((Long)newValue);
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
			case FrameworkPackage.POPULATION_COUNT__AGE_BAND:
				setAgeBand(AGE_BAND_EDEFAULT);
				return;
			case FrameworkPackage.POPULATION_COUNT__COUNT:
				setCount(COUNT_EDEFAULT);
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
			case FrameworkPackage.POPULATION_COUNT__AGE_BAND:
				return AGE_BAND_EDEFAULT == null ? ageBand != null : !AGE_BAND_EDEFAULT.equals(ageBand);
			case FrameworkPackage.POPULATION_COUNT__COUNT:
				return count != COUNT_EDEFAULT;
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
		result.append(" (ageBand: ");
		result.append(ageBand);
		result.append(", count: ");
		result.append(count);
		result.append(')');
		return result.toString();
	}

} //PopulationCountImpl
