/**
 */
package org.framewright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Frequency;
import org.framewright.model.Observation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.DataSetImpl#getCouncils <em>Councils</em>}</li>
 *   <li>{@link org.framewright.model.impl.DataSetImpl#getObservations <em>Observations</em>}</li>
 *   <li>{@link org.framewright.model.impl.DataSetImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.framewright.model.impl.DataSetImpl#getYearStartMonth <em>Year Start Month</em>}</li>
 *   <li>{@link org.framewright.model.impl.DataSetImpl#getComparatorGroups <em>Comparator Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSetImpl extends ModelElementImpl implements DataSet {
	/**
	 * The cached value of the '{@link #getCouncils() <em>Councils</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouncils()
	 * @generated
	 * @ordered
	 */
	protected EList<Council> councils;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected EList<Observation> observations;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final Frequency FREQUENCY_EDEFAULT = Frequency.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected Frequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getYearStartMonth() <em>Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearStartMonth()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_START_MONTH_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getYearStartMonth() <em>Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYearStartMonth()
	 * @generated
	 * @ordered
	 */
	protected int yearStartMonth = YEAR_START_MONTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComparatorGroups() <em>Comparator Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparatorGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<ComparatorGroup> comparatorGroups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.DATA_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Council> getCouncils() {
		if (councils == null) {
			councils = new EObjectContainmentEList<Council>(Council.class, this, FrameworkPackage.DATA_SET__COUNCILS);
		}
		return councils;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Observation> getObservations() {
		if (observations == null) {
			observations = new EObjectContainmentEList<Observation>(Observation.class, this, FrameworkPackage.DATA_SET__OBSERVATIONS);
		}
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(Frequency newFrequency) {
		Frequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DATA_SET__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYearStartMonth() {
		return yearStartMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYearStartMonth(int newYearStartMonth) {
		int oldYearStartMonth = yearStartMonth;
		yearStartMonth = newYearStartMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DATA_SET__YEAR_START_MONTH, oldYearStartMonth, yearStartMonth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComparatorGroup> getComparatorGroups() {
		if (comparatorGroups == null) {
			comparatorGroups = new EObjectContainmentEList<ComparatorGroup>(ComparatorGroup.class, this, FrameworkPackage.DATA_SET__COMPARATOR_GROUPS);
		}
		return comparatorGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.DATA_SET__COUNCILS:
				return ((InternalEList<?>)getCouncils()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.DATA_SET__OBSERVATIONS:
				return ((InternalEList<?>)getObservations()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.DATA_SET__COMPARATOR_GROUPS:
				return ((InternalEList<?>)getComparatorGroups()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.DATA_SET__COUNCILS:
				return getCouncils();
			case FrameworkPackage.DATA_SET__OBSERVATIONS:
				return getObservations();
			case FrameworkPackage.DATA_SET__FREQUENCY:
				return getFrequency();
			case FrameworkPackage.DATA_SET__YEAR_START_MONTH:
				return getYearStartMonth();
			case FrameworkPackage.DATA_SET__COMPARATOR_GROUPS:
				return getComparatorGroups();
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
			case FrameworkPackage.DATA_SET__COUNCILS:
				getCouncils().clear();
				getCouncils().addAll((Collection<? extends Council>)newValue);
				return;
			case FrameworkPackage.DATA_SET__OBSERVATIONS:
				getObservations().clear();
				getObservations().addAll((Collection<? extends Observation>)newValue);
				return;
			case FrameworkPackage.DATA_SET__FREQUENCY:
				setFrequency((Frequency)newValue);
				return;
			case FrameworkPackage.DATA_SET__YEAR_START_MONTH:
				setYearStartMonth((Integer)newValue);
				return;
			case FrameworkPackage.DATA_SET__COMPARATOR_GROUPS:
				getComparatorGroups().clear();
				getComparatorGroups().addAll((Collection<? extends ComparatorGroup>)newValue);
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
			case FrameworkPackage.DATA_SET__COUNCILS:
				getCouncils().clear();
				return;
			case FrameworkPackage.DATA_SET__OBSERVATIONS:
				getObservations().clear();
				return;
			case FrameworkPackage.DATA_SET__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case FrameworkPackage.DATA_SET__YEAR_START_MONTH:
				setYearStartMonth(YEAR_START_MONTH_EDEFAULT);
				return;
			case FrameworkPackage.DATA_SET__COMPARATOR_GROUPS:
				getComparatorGroups().clear();
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
			case FrameworkPackage.DATA_SET__COUNCILS:
				return councils != null && !councils.isEmpty();
			case FrameworkPackage.DATA_SET__OBSERVATIONS:
				return observations != null && !observations.isEmpty();
			case FrameworkPackage.DATA_SET__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case FrameworkPackage.DATA_SET__YEAR_START_MONTH:
				return yearStartMonth != YEAR_START_MONTH_EDEFAULT;
			case FrameworkPackage.DATA_SET__COMPARATOR_GROUPS:
				return comparatorGroups != null && !comparatorGroups.isEmpty();
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
		result.append(" (frequency: ");
		result.append(frequency);
		result.append(", yearStartMonth: ");
		result.append(yearStartMonth);
		result.append(')');
		return result.toString();
	}

} //DataSetImpl
