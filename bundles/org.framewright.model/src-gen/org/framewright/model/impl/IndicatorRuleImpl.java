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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.Banding;
import org.framewright.model.ComparatorKind;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodParameter;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Rounding;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getBanding <em>Banding</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getAmberTolerance <em>Amber Tolerance</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getGreenTolerance <em>Green Tolerance</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorRuleImpl#getMissingData <em>Missing Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorRuleImpl extends ModelElementImpl implements IndicatorRule {
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
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = "value";

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalisation() <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisation()
	 * @generated
	 * @ordered
	 */
	protected static final String NORMALISATION_EDEFAULT = "none";

	/**
	 * The cached value of the '{@link #getNormalisation() <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisation()
	 * @generated
	 * @ordered
	 */
	protected String normalisation = NORMALISATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<MethodParameter> parameters;

	/**
	 * The cached value of the '{@link #getBanding() <em>Banding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBanding()
	 * @generated
	 * @ordered
	 */
	protected Banding banding;

	/**
	 * The default value of the '{@link #getAmberTolerance() <em>Amber Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double AMBER_TOLERANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAmberTolerance() <em>Amber Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberTolerance()
	 * @generated
	 * @ordered
	 */
	protected double amberTolerance = AMBER_TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGreenTolerance() <em>Green Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenTolerance()
	 * @generated
	 * @ordered
	 */
	protected static final double GREEN_TOLERANCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGreenTolerance() <em>Green Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGreenTolerance()
	 * @generated
	 * @ordered
	 */
	protected double greenTolerance = GREEN_TOLERANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected static final ComparatorKind COMPARATOR_EDEFAULT = ComparatorKind.NATIONAL;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected ComparatorKind comparator = COMPARATOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRounding() <em>Rounding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounding()
	 * @generated
	 * @ordered
	 */
	protected Rounding rounding;

	/**
	 * The default value of the '{@link #getMissingData() <em>Missing Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingData()
	 * @generated
	 * @ordered
	 */
	protected static final MissingDataPolicy MISSING_DATA_EDEFAULT = MissingDataPolicy.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMissingData() <em>Missing Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingData()
	 * @generated
	 * @ordered
	 */
	protected MissingDataPolicy missingData = MISSING_DATA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.INDICATOR_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, FrameworkPackage.INDICATOR_RULE__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNormalisation() {
		return normalisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalisation(String newNormalisation) {
		String oldNormalisation = normalisation;
		normalisation = newNormalisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__NORMALISATION, oldNormalisation, normalisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MethodParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<MethodParameter>(MethodParameter.class, this, FrameworkPackage.INDICATOR_RULE__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Banding getBanding() {
		if (banding != null && banding.eIsProxy()) {
			InternalEObject oldBanding = (InternalEObject)banding;
			banding = (Banding)eResolveProxy(oldBanding);
			if (banding != oldBanding) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.INDICATOR_RULE__BANDING, oldBanding, banding));
			}
		}
		return banding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Banding basicGetBanding() {
		return banding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBanding(Banding newBanding) {
		Banding oldBanding = banding;
		banding = newBanding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__BANDING, oldBanding, banding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAmberTolerance() {
		return amberTolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmberTolerance(double newAmberTolerance) {
		double oldAmberTolerance = amberTolerance;
		amberTolerance = newAmberTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__AMBER_TOLERANCE, oldAmberTolerance, amberTolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGreenTolerance() {
		return greenTolerance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGreenTolerance(double newGreenTolerance) {
		double oldGreenTolerance = greenTolerance;
		greenTolerance = newGreenTolerance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__GREEN_TOLERANCE, oldGreenTolerance, greenTolerance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparatorKind getComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(ComparatorKind newComparator) {
		ComparatorKind oldComparator = comparator;
		comparator = newComparator == null ? COMPARATOR_EDEFAULT : newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rounding getRounding() {
		return rounding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRounding(Rounding newRounding, NotificationChain msgs) {
		Rounding oldRounding = rounding;
		rounding = newRounding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__ROUNDING, oldRounding, newRounding);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRounding(Rounding newRounding) {
		if (newRounding != rounding) {
			NotificationChain msgs = null;
			if (rounding != null)
				msgs = ((InternalEObject)rounding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.INDICATOR_RULE__ROUNDING, null, msgs);
			if (newRounding != null)
				msgs = ((InternalEObject)newRounding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.INDICATOR_RULE__ROUNDING, null, msgs);
			msgs = basicSetRounding(newRounding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__ROUNDING, newRounding, newRounding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingDataPolicy getMissingData() {
		return missingData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingData(MissingDataPolicy newMissingData) {
		MissingDataPolicy oldMissingData = missingData;
		missingData = newMissingData == null ? MISSING_DATA_EDEFAULT : newMissingData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR_RULE__MISSING_DATA, oldMissingData, missingData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.INDICATOR_RULE__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.INDICATOR_RULE__ROUNDING:
				return basicSetRounding(null, msgs);
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
			case FrameworkPackage.INDICATOR_RULE__INDICATORS:
				return getIndicators();
			case FrameworkPackage.INDICATOR_RULE__METHOD:
				return getMethod();
			case FrameworkPackage.INDICATOR_RULE__NORMALISATION:
				return getNormalisation();
			case FrameworkPackage.INDICATOR_RULE__PARAMETERS:
				return getParameters();
			case FrameworkPackage.INDICATOR_RULE__BANDING:
				if (resolve) return getBanding();
				return basicGetBanding();
			case FrameworkPackage.INDICATOR_RULE__AMBER_TOLERANCE:
				return getAmberTolerance();
			case FrameworkPackage.INDICATOR_RULE__GREEN_TOLERANCE:
				return getGreenTolerance();
			case FrameworkPackage.INDICATOR_RULE__COMPARATOR:
				return getComparator();
			case FrameworkPackage.INDICATOR_RULE__ROUNDING:
				return getRounding();
			case FrameworkPackage.INDICATOR_RULE__MISSING_DATA:
				return getMissingData();
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
			case FrameworkPackage.INDICATOR_RULE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__METHOD:
				setMethod((String)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__NORMALISATION:
				setNormalisation((String)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends MethodParameter>)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__BANDING:
				setBanding((Banding)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__AMBER_TOLERANCE:
				setAmberTolerance((Double)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__GREEN_TOLERANCE:
				setGreenTolerance((Double)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__COMPARATOR:
				setComparator((ComparatorKind)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__ROUNDING:
				setRounding((Rounding)newValue);
				return;
			case FrameworkPackage.INDICATOR_RULE__MISSING_DATA:
				setMissingData((MissingDataPolicy)newValue);
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
			case FrameworkPackage.INDICATOR_RULE__INDICATORS:
				getIndicators().clear();
				return;
			case FrameworkPackage.INDICATOR_RULE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR_RULE__NORMALISATION:
				setNormalisation(NORMALISATION_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR_RULE__PARAMETERS:
				getParameters().clear();
				return;
			case FrameworkPackage.INDICATOR_RULE__BANDING:
				setBanding((Banding)null);
				return;
			case FrameworkPackage.INDICATOR_RULE__AMBER_TOLERANCE:
				setAmberTolerance(AMBER_TOLERANCE_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR_RULE__GREEN_TOLERANCE:
				setGreenTolerance(GREEN_TOLERANCE_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR_RULE__COMPARATOR:
				setComparator(COMPARATOR_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR_RULE__ROUNDING:
				setRounding((Rounding)null);
				return;
			case FrameworkPackage.INDICATOR_RULE__MISSING_DATA:
				setMissingData(MISSING_DATA_EDEFAULT);
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
			case FrameworkPackage.INDICATOR_RULE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case FrameworkPackage.INDICATOR_RULE__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case FrameworkPackage.INDICATOR_RULE__NORMALISATION:
				return NORMALISATION_EDEFAULT == null ? normalisation != null : !NORMALISATION_EDEFAULT.equals(normalisation);
			case FrameworkPackage.INDICATOR_RULE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case FrameworkPackage.INDICATOR_RULE__BANDING:
				return banding != null;
			case FrameworkPackage.INDICATOR_RULE__AMBER_TOLERANCE:
				return amberTolerance != AMBER_TOLERANCE_EDEFAULT;
			case FrameworkPackage.INDICATOR_RULE__GREEN_TOLERANCE:
				return greenTolerance != GREEN_TOLERANCE_EDEFAULT;
			case FrameworkPackage.INDICATOR_RULE__COMPARATOR:
				return comparator != COMPARATOR_EDEFAULT;
			case FrameworkPackage.INDICATOR_RULE__ROUNDING:
				return rounding != null;
			case FrameworkPackage.INDICATOR_RULE__MISSING_DATA:
				return missingData != MISSING_DATA_EDEFAULT;
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
		result.append(" (method: ");
		result.append(method);
		result.append(", normalisation: ");
		result.append(normalisation);
		result.append(", amberTolerance: ");
		result.append(amberTolerance);
		result.append(", greenTolerance: ");
		result.append(greenTolerance);
		result.append(", comparator: ");
		result.append(comparator);
		result.append(", missingData: ");
		result.append(missingData);
		result.append(')');
		return result.toString();
	}

} //IndicatorRuleImpl
