/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the values of some indicators (all the scheme scores when indicators is empty) become scores and levels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.IndicatorRule#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getMethod <em>Method</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getBanding <em>Banding</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getAmberTolerance <em>Amber Tolerance</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getGreenTolerance <em>Green Tolerance</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.framewright.model.IndicatorRule#getMissingData <em>Missing Data</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getIndicatorRule()
 * @model
 * @generated
 */
public interface IndicatorRule extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"value"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the indicator scoring method, as contributed to the org.framewright.scoring.methods extension point (built-ins: value, normalise, thresholds, target RAG, comparator position).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Method()
	 * @model default="value"
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Normalisation</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the normalisation method, as contributed to the org.framewright.scoring.methods extension point (built-ins: none, minmax, zscore, robust-z, rank, percentile, distance-to-target).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see #setNormalisation(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Normalisation()
	 * @model default="none"
	 * @generated
	 */
	String getNormalisation();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.MethodParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<MethodParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Banding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Banding</em>' reference.
	 * @see #setBanding(Banding)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Banding()
	 * @model
	 * @generated
	 */
	Banding getBanding();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getBanding <em>Banding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Banding</em>' reference.
	 * @see #getBanding()
	 * @generated
	 */
	void setBanding(Banding value);

	/**
	 * Returns the value of the '<em><b>Amber Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For target RAG: how far short of target (as a fraction of the target, e.g. 0.05) is still amber rather than red.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amber Tolerance</em>' attribute.
	 * @see #setAmberTolerance(double)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_AmberTolerance()
	 * @model
	 * @generated
	 */
	double getAmberTolerance();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getAmberTolerance <em>Amber Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amber Tolerance</em>' attribute.
	 * @see #getAmberTolerance()
	 * @generated
	 */
	void setAmberTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Green Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For target RAG: how far short of target (as a fraction of the target) is still green; 0 (the default): green only when the target is met, a negative fraction: green only when the target is beaten by that much. Simulation shifts it with the amber tolerance when RAG thresholds are perturbed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Green Tolerance</em>' attribute.
	 * @see #setGreenTolerance(double)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_GreenTolerance()
	 * @model
	 * @generated
	 */
	double getGreenTolerance();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getGreenTolerance <em>Green Tolerance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Green Tolerance</em>' attribute.
	 * @see #getGreenTolerance()
	 * @generated
	 */
	void setGreenTolerance(double value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.ComparatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see org.framewright.model.ComparatorKind
	 * @see #setComparator(ComparatorKind)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Comparator()
	 * @model
	 * @generated
	 */
	ComparatorKind getComparator();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see org.framewright.model.ComparatorKind
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(ComparatorKind value);

	/**
	 * Returns the value of the '<em><b>Rounding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounding</em>' containment reference.
	 * @see #setRounding(Rounding)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_Rounding()
	 * @model containment="true"
	 * @generated
	 */
	Rounding getRounding();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getRounding <em>Rounding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rounding</em>' containment reference.
	 * @see #getRounding()
	 * @generated
	 */
	void setRounding(Rounding value);

	/**
	 * Returns the value of the '<em><b>Missing Data</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.MissingDataPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Data</em>' attribute.
	 * @see org.framewright.model.MissingDataPolicy
	 * @see #setMissingData(MissingDataPolicy)
	 * @see org.framewright.model.FrameworkPackage#getIndicatorRule_MissingData()
	 * @model
	 * @generated
	 */
	MissingDataPolicy getMissingData();

	/**
	 * Sets the value of the '{@link org.framewright.model.IndicatorRule#getMissingData <em>Missing Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Data</em>' attribute.
	 * @see org.framewright.model.MissingDataPolicy
	 * @see #getMissingData()
	 * @generated
	 */
	void setMissingData(MissingDataPolicy value);

} // IndicatorRule
