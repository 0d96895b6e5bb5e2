/**
 */
package org.framewright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.framewright.model.Denomination;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Denomination</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.DenominationImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.impl.DenominationImpl#getDenominatorIndicator <em>Denominator Indicator</em>}</li>
 *   <li>{@link org.framewright.model.impl.DenominationImpl#getDenominatorColumn <em>Denominator Column</em>}</li>
 *   <li>{@link org.framewright.model.impl.DenominationImpl#getMultiplier <em>Multiplier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DenominationImpl extends ModelElementImpl implements Denomination {
	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getDenominatorIndicator() <em>Denominator Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominatorIndicator()
	 * @generated
	 * @ordered
	 */
	protected Indicator denominatorIndicator;

	/**
	 * The default value of the '{@link #getDenominatorColumn() <em>Denominator Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominatorColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String DENOMINATOR_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDenominatorColumn() <em>Denominator Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominatorColumn()
	 * @generated
	 * @ordered
	 */
	protected String denominatorColumn = DENOMINATOR_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected static final double MULTIPLIER_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getMultiplier() <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplier()
	 * @generated
	 * @ordered
	 */
	protected double multiplier = MULTIPLIER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DenominationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.DENOMINATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, FrameworkPackage.DENOMINATION__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator getDenominatorIndicator() {
		if (denominatorIndicator != null && denominatorIndicator.eIsProxy()) {
			InternalEObject oldDenominatorIndicator = (InternalEObject)denominatorIndicator;
			denominatorIndicator = (Indicator)eResolveProxy(oldDenominatorIndicator);
			if (denominatorIndicator != oldDenominatorIndicator) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.DENOMINATION__DENOMINATOR_INDICATOR, oldDenominatorIndicator, denominatorIndicator));
			}
		}
		return denominatorIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Indicator basicGetDenominatorIndicator() {
		return denominatorIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominatorIndicator(Indicator newDenominatorIndicator) {
		Indicator oldDenominatorIndicator = denominatorIndicator;
		denominatorIndicator = newDenominatorIndicator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DENOMINATION__DENOMINATOR_INDICATOR, oldDenominatorIndicator, denominatorIndicator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDenominatorColumn() {
		return denominatorColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominatorColumn(String newDenominatorColumn) {
		String oldDenominatorColumn = denominatorColumn;
		denominatorColumn = newDenominatorColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DENOMINATION__DENOMINATOR_COLUMN, oldDenominatorColumn, denominatorColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMultiplier() {
		return multiplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiplier(double newMultiplier) {
		double oldMultiplier = multiplier;
		multiplier = newMultiplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DENOMINATION__MULTIPLIER, oldMultiplier, multiplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.DENOMINATION__INDICATORS:
				return getIndicators();
			case FrameworkPackage.DENOMINATION__DENOMINATOR_INDICATOR:
				if (resolve) return getDenominatorIndicator();
				return basicGetDenominatorIndicator();
			case FrameworkPackage.DENOMINATION__DENOMINATOR_COLUMN:
				return getDenominatorColumn();
			case FrameworkPackage.DENOMINATION__MULTIPLIER:
				return getMultiplier();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FrameworkPackage.DENOMINATION__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case FrameworkPackage.DENOMINATION__DENOMINATOR_INDICATOR:
				setDenominatorIndicator((Indicator)newValue);
				return;
			case FrameworkPackage.DENOMINATION__DENOMINATOR_COLUMN:
				setDenominatorColumn((String)newValue);
				return;
			case FrameworkPackage.DENOMINATION__MULTIPLIER:
				setMultiplier((Double)newValue);
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
			case FrameworkPackage.DENOMINATION__INDICATORS:
				getIndicators().clear();
				return;
			case FrameworkPackage.DENOMINATION__DENOMINATOR_INDICATOR:
				setDenominatorIndicator((Indicator)null);
				return;
			case FrameworkPackage.DENOMINATION__DENOMINATOR_COLUMN:
				setDenominatorColumn(DENOMINATOR_COLUMN_EDEFAULT);
				return;
			case FrameworkPackage.DENOMINATION__MULTIPLIER:
				setMultiplier(MULTIPLIER_EDEFAULT);
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
			case FrameworkPackage.DENOMINATION__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case FrameworkPackage.DENOMINATION__DENOMINATOR_INDICATOR:
				return denominatorIndicator != null;
			case FrameworkPackage.DENOMINATION__DENOMINATOR_COLUMN:
				return DENOMINATOR_COLUMN_EDEFAULT == null ? denominatorColumn != null : !DENOMINATOR_COLUMN_EDEFAULT.equals(denominatorColumn);
			case FrameworkPackage.DENOMINATION__MULTIPLIER:
				return multiplier != MULTIPLIER_EDEFAULT;
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
		result.append(" (denominatorColumn: ");
		result.append(denominatorColumn);
		result.append(", multiplier: ");
		result.append(multiplier);
		result.append(')');
		return result.toString();
	}

} //DenominationImpl
