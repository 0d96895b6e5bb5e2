/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outlier Treatment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The JRC rule for outliers, per indicator across the councils with a value in the period: when the absolute skewness exceeds skewnessThreshold and the excess kurtosis exceeds kurtosisThreshold, the most extreme value (at the end the skew points to) takes the next value in, one step at a time, up to winsorisationLimit points; if the indicator still exceeds both thresholds, the original values are transformed instead (transform: log or Box-Cox). What was changed is recorded per council and indicator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.OutlierTreatment#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.OutlierTreatment#getWinsorisationLimit <em>Winsorisation Limit</em>}</li>
 *   <li>{@link org.framewright.model.OutlierTreatment#getSkewnessThreshold <em>Skewness Threshold</em>}</li>
 *   <li>{@link org.framewright.model.OutlierTreatment#getKurtosisThreshold <em>Kurtosis Threshold</em>}</li>
 *   <li>{@link org.framewright.model.OutlierTreatment#getTransform <em>Transform</em>}</li>
 *   <li>{@link org.framewright.model.OutlierTreatment#getLambda <em>Lambda</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment()
 * @model
 * @generated
 */
public interface OutlierTreatment extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicators treated; empty = every indicator the scheme scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Winsorisation Limit</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most points winsorised (0: no winsorisation, straight to the transform); not negative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Winsorisation Limit</em>' attribute.
	 * @see #setWinsorisationLimit(int)
	 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment_WinsorisationLimit()
	 * @model default="5"
	 * @generated
	 */
	int getWinsorisationLimit();

	/**
	 * Sets the value of the '{@link org.framewright.model.OutlierTreatment#getWinsorisationLimit <em>Winsorisation Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Winsorisation Limit</em>' attribute.
	 * @see #getWinsorisationLimit()
	 * @generated
	 */
	void setWinsorisationLimit(int value);

	/**
	 * Returns the value of the '<em><b>Skewness Threshold</b></em>' attribute.
	 * The default value is <code>"2.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An indicator is treated while its absolute skewness (adjusted Fisher-Pearson, as spreadsheets' SKEW) exceeds this and its kurtosis exceeds kurtosisThreshold; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skewness Threshold</em>' attribute.
	 * @see #setSkewnessThreshold(double)
	 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment_SkewnessThreshold()
	 * @model default="2.0"
	 * @generated
	 */
	double getSkewnessThreshold();

	/**
	 * Sets the value of the '{@link org.framewright.model.OutlierTreatment#getSkewnessThreshold <em>Skewness Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skewness Threshold</em>' attribute.
	 * @see #getSkewnessThreshold()
	 * @generated
	 */
	void setSkewnessThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Kurtosis Threshold</b></em>' attribute.
	 * The default value is <code>"3.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The excess kurtosis (as spreadsheets' KURT) above which, with the skewness, an indicator is treated; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kurtosis Threshold</em>' attribute.
	 * @see #setKurtosisThreshold(double)
	 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment_KurtosisThreshold()
	 * @model default="3.5"
	 * @generated
	 */
	double getKurtosisThreshold();

	/**
	 * Sets the value of the '{@link org.framewright.model.OutlierTreatment#getKurtosisThreshold <em>Kurtosis Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kurtosis Threshold</em>' attribute.
	 * @see #getKurtosisThreshold()
	 * @generated
	 */
	void setKurtosisThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Transform</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.OutlierTransform}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is done when winsorisation is not enough: none (keep the winsorised values), log (natural log; every value must be positive) or box-cox ((x^lambda - 1) / lambda, ln x at lambda 0; every value must be positive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transform</em>' attribute.
	 * @see org.framewright.model.OutlierTransform
	 * @see #setTransform(OutlierTransform)
	 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment_Transform()
	 * @model
	 * @generated
	 */
	OutlierTransform getTransform();

	/**
	 * Sets the value of the '{@link org.framewright.model.OutlierTreatment#getTransform <em>Transform</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transform</em>' attribute.
	 * @see org.framewright.model.OutlierTransform
	 * @see #getTransform()
	 * @generated
	 */
	void setTransform(OutlierTransform value);

	/**
	 * Returns the value of the '<em><b>Lambda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Box-Cox lambda, from -5 to 5 (0 is the log).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lambda</em>' attribute.
	 * @see #setLambda(double)
	 * @see org.framewright.model.FrameworkPackage#getOutlierTreatment_Lambda()
	 * @model
	 * @generated
	 */
	double getLambda();

	/**
	 * Sets the value of the '{@link org.framewright.model.OutlierTreatment#getLambda <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lambda</em>' attribute.
	 * @see #getLambda()
	 * @generated
	 */
	void setLambda(double value);

} // OutlierTreatment
