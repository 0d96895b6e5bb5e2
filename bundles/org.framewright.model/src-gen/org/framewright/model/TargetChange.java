/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.TargetChange#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.framewright.model.TargetChange#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getTargetChange()
 * @model
 * @generated
 */
public interface TargetChange extends SchemeChange {
	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.framewright.model.FrameworkPackage#getTargetChange_Indicator()
	 * @model
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.framewright.model.TargetChange#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.framewright.model.FrameworkPackage#getTargetChange_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.framewright.model.TargetChange#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

} // TargetChange
