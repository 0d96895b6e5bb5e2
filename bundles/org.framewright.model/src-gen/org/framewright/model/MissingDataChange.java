/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Missing Data Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.MissingDataChange#getRule <em>Rule</em>}</li>
 *   <li>{@link org.framewright.model.MissingDataChange#getPolicy <em>Policy</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getMissingDataChange()
 * @model
 * @generated
 */
public interface MissingDataChange extends SchemeChange {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' reference.
	 * @see #setRule(AggregationRule)
	 * @see org.framewright.model.FrameworkPackage#getMissingDataChange_Rule()
	 * @model
	 * @generated
	 */
	AggregationRule getRule();

	/**
	 * Sets the value of the '{@link org.framewright.model.MissingDataChange#getRule <em>Rule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' reference.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(AggregationRule value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.MissingDataPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see org.framewright.model.MissingDataPolicy
	 * @see #setPolicy(MissingDataPolicy)
	 * @see org.framewright.model.FrameworkPackage#getMissingDataChange_Policy()
	 * @model
	 * @generated
	 */
	MissingDataPolicy getPolicy();

	/**
	 * Sets the value of the '{@link org.framewright.model.MissingDataChange#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see org.framewright.model.MissingDataPolicy
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(MissingDataPolicy value);

} // MissingDataChange
