/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Band#getLower <em>Lower</em>}</li>
 *   <li>{@link org.framewright.model.Band#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.framewright.model.Band#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getBand()
 * @model
 * @generated
 */
public interface Band extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see org.framewright.model.FrameworkPackage#getBand_Lower()
	 * @model
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.framewright.model.Band#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' attribute.
	 * @see #getLower()
	 * @generated
	 */
	void setLower(double value);

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper</em>' attribute.
	 * @see #setUpper(double)
	 * @see org.framewright.model.FrameworkPackage#getBand_Upper()
	 * @model
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.framewright.model.Band#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' reference.
	 * @see #setLevel(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getBand_Level()
	 * @model
	 * @generated
	 */
	ScaleLevel getLevel();

	/**
	 * Sets the value of the '{@link org.framewright.model.Band#getLevel <em>Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' reference.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ScaleLevel value);

} // Band
