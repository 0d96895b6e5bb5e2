/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A level of a scale: its name is the label shown as a rating; value is its number (grade, score or stars).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.ScaleLevel#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getScaleLevel()
 * @model
 * @generated
 */
public interface ScaleLevel extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.framewright.model.FrameworkPackage#getScaleLevel_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.framewright.model.ScaleLevel#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

} // ScaleLevel
