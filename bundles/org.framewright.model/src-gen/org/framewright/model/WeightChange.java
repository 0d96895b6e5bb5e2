/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Weight Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.WeightChange#getRule <em>Rule</em>}</li>
 *   <li>{@link org.framewright.model.WeightChange#getPart <em>Part</em>}</li>
 *   <li>{@link org.framewright.model.WeightChange#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getWeightChange()
 * @model
 * @generated
 */
public interface WeightChange extends SchemeChange {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' reference.
	 * @see #setRule(AggregationRule)
	 * @see org.framewright.model.FrameworkPackage#getWeightChange_Rule()
	 * @model
	 * @generated
	 */
	AggregationRule getRule();

	/**
	 * Sets the value of the '{@link org.framewright.model.WeightChange#getRule <em>Rule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' reference.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(AggregationRule value);

	/**
	 * Returns the value of the '<em><b>Part</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part</em>' reference.
	 * @see #setPart(ModelElement)
	 * @see org.framewright.model.FrameworkPackage#getWeightChange_Part()
	 * @model
	 * @generated
	 */
	ModelElement getPart();

	/**
	 * Sets the value of the '{@link org.framewright.model.WeightChange#getPart <em>Part</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part</em>' reference.
	 * @see #getPart()
	 * @generated
	 */
	void setPart(ModelElement value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(double)
	 * @see org.framewright.model.FrameworkPackage#getWeightChange_Percent()
	 * @model
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link org.framewright.model.WeightChange#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

} // WeightChange
