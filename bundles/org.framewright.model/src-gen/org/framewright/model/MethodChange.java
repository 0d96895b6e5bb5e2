/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Method Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.MethodChange#getRule <em>Rule</em>}</li>
 *   <li>{@link org.framewright.model.MethodChange#getMethod <em>Method</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getMethodChange()
 * @model
 * @generated
 */
public interface MethodChange extends SchemeChange {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' reference.
	 * @see #setRule(AggregationRule)
	 * @see org.framewright.model.FrameworkPackage#getMethodChange_Rule()
	 * @model
	 * @generated
	 */
	AggregationRule getRule();

	/**
	 * Sets the value of the '{@link org.framewright.model.MethodChange#getRule <em>Rule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' reference.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(AggregationRule value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"weighted mean"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the aggregation method, as contributed to the org.framewright.scoring.methods extension point (built-ins: weighted mean, mean, median, minimum, maximum, sum, percent of maximum, matrix).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.framewright.model.FrameworkPackage#getMethodChange_Method()
	 * @model default="weighted mean"
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.framewright.model.MethodChange#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

} // MethodChange
