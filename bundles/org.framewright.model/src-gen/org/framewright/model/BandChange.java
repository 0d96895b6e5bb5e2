/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Band Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.BandChange#getBand <em>Band</em>}</li>
 *   <li>{@link org.framewright.model.BandChange#getLower <em>Lower</em>}</li>
 *   <li>{@link org.framewright.model.BandChange#getUpper <em>Upper</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getBandChange()
 * @model
 * @generated
 */
public interface BandChange extends SchemeChange {
	/**
	 * Returns the value of the '<em><b>Band</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band</em>' reference.
	 * @see #setBand(Band)
	 * @see org.framewright.model.FrameworkPackage#getBandChange_Band()
	 * @model
	 * @generated
	 */
	Band getBand();

	/**
	 * Sets the value of the '{@link org.framewright.model.BandChange#getBand <em>Band</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' reference.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(Band value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see org.framewright.model.FrameworkPackage#getBandChange_Lower()
	 * @model
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.framewright.model.BandChange#getLower <em>Lower</em>}' attribute.
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
	 * @see org.framewright.model.FrameworkPackage#getBandChange_Upper()
	 * @model
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.framewright.model.BandChange#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

} // BandChange
