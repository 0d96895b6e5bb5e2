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

import org.framewright.model.Council;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.PopulationCount;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Council</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.CouncilImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.framewright.model.impl.CouncilImpl#getCouncilType <em>Council Type</em>}</li>
 *   <li>{@link org.framewright.model.impl.CouncilImpl#getPopulation <em>Population</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CouncilImpl extends ModelElementImpl implements Council {
	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCouncilType() <em>Council Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouncilType()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNCIL_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCouncilType() <em>Council Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouncilType()
	 * @generated
	 * @ordered
	 */
	protected String councilType = COUNCIL_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected EList<PopulationCount> population;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CouncilImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.COUNCIL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.COUNCIL__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCouncilType() {
		return councilType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCouncilType(String newCouncilType) {
		String oldCouncilType = councilType;
		councilType = newCouncilType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.COUNCIL__COUNCIL_TYPE, oldCouncilType, councilType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PopulationCount> getPopulation() {
		if (population == null) {
			population = new EObjectContainmentEList<PopulationCount>(PopulationCount.class, this, FrameworkPackage.COUNCIL__POPULATION);
		}
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.COUNCIL__POPULATION:
				return ((InternalEList<?>)getPopulation()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.COUNCIL__REGION:
				return getRegion();
			case FrameworkPackage.COUNCIL__COUNCIL_TYPE:
				return getCouncilType();
			case FrameworkPackage.COUNCIL__POPULATION:
				return getPopulation();
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
			case FrameworkPackage.COUNCIL__REGION:
				setRegion((String)newValue);
				return;
			case FrameworkPackage.COUNCIL__COUNCIL_TYPE:
				setCouncilType((String)newValue);
				return;
			case FrameworkPackage.COUNCIL__POPULATION:
				getPopulation().clear();
				getPopulation().addAll((Collection<? extends PopulationCount>)newValue);
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
			case FrameworkPackage.COUNCIL__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case FrameworkPackage.COUNCIL__COUNCIL_TYPE:
				setCouncilType(COUNCIL_TYPE_EDEFAULT);
				return;
			case FrameworkPackage.COUNCIL__POPULATION:
				getPopulation().clear();
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
			case FrameworkPackage.COUNCIL__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case FrameworkPackage.COUNCIL__COUNCIL_TYPE:
				return COUNCIL_TYPE_EDEFAULT == null ? councilType != null : !COUNCIL_TYPE_EDEFAULT.equals(councilType);
			case FrameworkPackage.COUNCIL__POPULATION:
				return population != null && !population.isEmpty();
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
		result.append(" (region: ");
		result.append(region);
		result.append(", councilType: ");
		result.append(councilType);
		result.append(')');
		return result.toString();
	}

} //CouncilImpl
