/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rounding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Rounding#getMode <em>Mode</em>}</li>
 *   <li>{@link org.framewright.model.Rounding#getDecimals <em>Decimals</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getRounding()
 * @model
 * @generated
 */
public interface Rounding extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.RoundingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.framewright.model.RoundingMode
	 * @see #setMode(RoundingMode)
	 * @see org.framewright.model.FrameworkPackage#getRounding_Mode()
	 * @model
	 * @generated
	 */
	RoundingMode getMode();

	/**
	 * Sets the value of the '{@link org.framewright.model.Rounding#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.framewright.model.RoundingMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(RoundingMode value);

	/**
	 * Returns the value of the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decimals</em>' attribute.
	 * @see #setDecimals(int)
	 * @see org.framewright.model.FrameworkPackage#getRounding_Decimals()
	 * @model
	 * @generated
	 */
	int getDecimals();

	/**
	 * Sets the value of the '{@link org.framewright.model.Rounding#getDecimals <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimals</em>' attribute.
	 * @see #getDecimals()
	 * @generated
	 */
	void setDecimals(int value);

} // Rounding
