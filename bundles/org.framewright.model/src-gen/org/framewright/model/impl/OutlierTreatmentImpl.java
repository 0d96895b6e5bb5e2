/**
 */
package org.framewright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Outlier Treatment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.OutlierTreatmentImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.impl.OutlierTreatmentImpl#getWinsorisationLimit <em>Winsorisation Limit</em>}</li>
 *   <li>{@link org.framewright.model.impl.OutlierTreatmentImpl#getSkewnessThreshold <em>Skewness Threshold</em>}</li>
 *   <li>{@link org.framewright.model.impl.OutlierTreatmentImpl#getKurtosisThreshold <em>Kurtosis Threshold</em>}</li>
 *   <li>{@link org.framewright.model.impl.OutlierTreatmentImpl#getTransform <em>Transform</em>}</li>
 *   <li>{@link org.framewright.model.impl.OutlierTreatmentImpl#getLambda <em>Lambda</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OutlierTreatmentImpl extends ModelElementImpl implements OutlierTreatment {
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
	 * The default value of the '{@link #getWinsorisationLimit() <em>Winsorisation Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinsorisationLimit()
	 * @generated
	 * @ordered
	 */
	protected static final int WINSORISATION_LIMIT_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getWinsorisationLimit() <em>Winsorisation Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWinsorisationLimit()
	 * @generated
	 * @ordered
	 */
	protected int winsorisationLimit = WINSORISATION_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkewnessThreshold() <em>Skewness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkewnessThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double SKEWNESS_THRESHOLD_EDEFAULT = 2.0;

	/**
	 * The cached value of the '{@link #getSkewnessThreshold() <em>Skewness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkewnessThreshold()
	 * @generated
	 * @ordered
	 */
	protected double skewnessThreshold = SKEWNESS_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getKurtosisThreshold() <em>Kurtosis Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurtosisThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double KURTOSIS_THRESHOLD_EDEFAULT = 3.5;

	/**
	 * The cached value of the '{@link #getKurtosisThreshold() <em>Kurtosis Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKurtosisThreshold()
	 * @generated
	 * @ordered
	 */
	protected double kurtosisThreshold = KURTOSIS_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getTransform() <em>Transform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransform()
	 * @generated
	 * @ordered
	 */
	protected static final OutlierTransform TRANSFORM_EDEFAULT = OutlierTransform.NONE;

	/**
	 * The cached value of the '{@link #getTransform() <em>Transform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransform()
	 * @generated
	 * @ordered
	 */
	protected OutlierTransform transform = TRANSFORM_EDEFAULT;

	/**
	 * The default value of the '{@link #getLambda() <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambda()
	 * @generated
	 * @ordered
	 */
	protected static final double LAMBDA_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLambda() <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLambda()
	 * @generated
	 * @ordered
	 */
	protected double lambda = LAMBDA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OutlierTreatmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.OUTLIER_TREATMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, FrameworkPackage.OUTLIER_TREATMENT__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWinsorisationLimit() {
		return winsorisationLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWinsorisationLimit(int newWinsorisationLimit) {
		int oldWinsorisationLimit = winsorisationLimit;
		winsorisationLimit = newWinsorisationLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OUTLIER_TREATMENT__WINSORISATION_LIMIT, oldWinsorisationLimit, winsorisationLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSkewnessThreshold() {
		return skewnessThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkewnessThreshold(double newSkewnessThreshold) {
		double oldSkewnessThreshold = skewnessThreshold;
		skewnessThreshold = newSkewnessThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD, oldSkewnessThreshold, skewnessThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getKurtosisThreshold() {
		return kurtosisThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKurtosisThreshold(double newKurtosisThreshold) {
		double oldKurtosisThreshold = kurtosisThreshold;
		kurtosisThreshold = newKurtosisThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD, oldKurtosisThreshold, kurtosisThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutlierTransform getTransform() {
		return transform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTransform(OutlierTransform newTransform) {
		OutlierTransform oldTransform = transform;
		transform = newTransform == null ? TRANSFORM_EDEFAULT : newTransform;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OUTLIER_TREATMENT__TRANSFORM, oldTransform, transform));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLambda() {
		return lambda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLambda(double newLambda) {
		double oldLambda = lambda;
		lambda = newLambda;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OUTLIER_TREATMENT__LAMBDA, oldLambda, lambda));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.OUTLIER_TREATMENT__INDICATORS:
				return getIndicators();
			case FrameworkPackage.OUTLIER_TREATMENT__WINSORISATION_LIMIT:
				return getWinsorisationLimit();
			case FrameworkPackage.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD:
				return getSkewnessThreshold();
			case FrameworkPackage.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD:
				return getKurtosisThreshold();
			case FrameworkPackage.OUTLIER_TREATMENT__TRANSFORM:
				return getTransform();
			case FrameworkPackage.OUTLIER_TREATMENT__LAMBDA:
				return getLambda();
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
			case FrameworkPackage.OUTLIER_TREATMENT__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__WINSORISATION_LIMIT:
				setWinsorisationLimit((Integer)newValue);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD:
				setSkewnessThreshold((Double)newValue);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD:
				setKurtosisThreshold((Double)newValue);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__TRANSFORM:
				setTransform((OutlierTransform)newValue);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__LAMBDA:
				setLambda((Double)newValue);
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
			case FrameworkPackage.OUTLIER_TREATMENT__INDICATORS:
				getIndicators().clear();
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__WINSORISATION_LIMIT:
				setWinsorisationLimit(WINSORISATION_LIMIT_EDEFAULT);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD:
				setSkewnessThreshold(SKEWNESS_THRESHOLD_EDEFAULT);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD:
				setKurtosisThreshold(KURTOSIS_THRESHOLD_EDEFAULT);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__TRANSFORM:
				setTransform(TRANSFORM_EDEFAULT);
				return;
			case FrameworkPackage.OUTLIER_TREATMENT__LAMBDA:
				setLambda(LAMBDA_EDEFAULT);
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
			case FrameworkPackage.OUTLIER_TREATMENT__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case FrameworkPackage.OUTLIER_TREATMENT__WINSORISATION_LIMIT:
				return winsorisationLimit != WINSORISATION_LIMIT_EDEFAULT;
			case FrameworkPackage.OUTLIER_TREATMENT__SKEWNESS_THRESHOLD:
				return skewnessThreshold != SKEWNESS_THRESHOLD_EDEFAULT;
			case FrameworkPackage.OUTLIER_TREATMENT__KURTOSIS_THRESHOLD:
				return kurtosisThreshold != KURTOSIS_THRESHOLD_EDEFAULT;
			case FrameworkPackage.OUTLIER_TREATMENT__TRANSFORM:
				return transform != TRANSFORM_EDEFAULT;
			case FrameworkPackage.OUTLIER_TREATMENT__LAMBDA:
				return lambda != LAMBDA_EDEFAULT;
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
		result.append(" (winsorisationLimit: ");
		result.append(winsorisationLimit);
		result.append(", skewnessThreshold: ");
		result.append(skewnessThreshold);
		result.append(", kurtosisThreshold: ");
		result.append(kurtosisThreshold);
		result.append(", transform: ");
		result.append(transform);
		result.append(", lambda: ");
		result.append(lambda);
		result.append(')');
		return result.toString();
	}

} //OutlierTreatmentImpl
