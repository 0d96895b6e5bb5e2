/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Availability Screen</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A council with data in the scored period but values (in the data, after denomination, not imputed) for fewer than minimumPercent of the indicators the scheme scores is left unscored, with a note saying how many it has.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.AvailabilityScreen#getMinimumPercent <em>Minimum Percent</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getAvailabilityScreen()
 * @model
 * @generated
 */
public interface AvailabilityScreen extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Minimum Percent</b></em>' attribute.
	 * The default value is <code>"75.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The least share of the indicators, in percent from 0 to 100, a council must have values for to be scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Percent</em>' attribute.
	 * @see #setMinimumPercent(double)
	 * @see org.framewright.model.FrameworkPackage#getAvailabilityScreen_MinimumPercent()
	 * @model default="75.0"
	 * @generated
	 */
	double getMinimumPercent();

	/**
	 * Sets the value of the '{@link org.framewright.model.AvailabilityScreen#getMinimumPercent <em>Minimum Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Percent</em>' attribute.
	 * @see #getMinimumPercent()
	 * @generated
	 */
	void setMinimumPercent(double value);

} // AvailabilityScreen
