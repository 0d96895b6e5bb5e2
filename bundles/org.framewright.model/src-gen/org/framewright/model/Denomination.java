/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Denomination</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Some indicators' values divided by a denominator of the same council and period (another indicator, or a column of the data that is no indicator, e.g. a population aged 65 and over) and multiplied by multiplier (100000: per 100,000). A council without a denominator value (or with 0) is left without a value, which an imputation may fill. What was changed is recorded per council and indicator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Denomination#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.Denomination#getDenominatorIndicator <em>Denominator Indicator</em>}</li>
 *   <li>{@link org.framewright.model.Denomination#getDenominatorColumn <em>Denominator Column</em>}</li>
 *   <li>{@link org.framewright.model.Denomination#getMultiplier <em>Multiplier</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getDenomination()
 * @model
 * @generated
 */
public interface Denomination extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicators denominated; at least one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getDenomination_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Denominator Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicator whose value (as in the data) divides; give this or denominatorColumn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Denominator Indicator</em>' reference.
	 * @see #setDenominatorIndicator(Indicator)
	 * @see org.framewright.model.FrameworkPackage#getDenomination_DenominatorIndicator()
	 * @model
	 * @generated
	 */
	Indicator getDenominatorIndicator();

	/**
	 * Sets the value of the '{@link org.framewright.model.Denomination#getDenominatorIndicator <em>Denominator Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator Indicator</em>' reference.
	 * @see #getDenominatorIndicator()
	 * @generated
	 */
	void setDenominatorIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Denominator Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id in the data (the id column of council data) of a population or other count that divides, e.g. pop-65; give this or denominatorIndicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Denominator Column</em>' attribute.
	 * @see #setDenominatorColumn(String)
	 * @see org.framewright.model.FrameworkPackage#getDenomination_DenominatorColumn()
	 * @model
	 * @generated
	 */
	String getDenominatorColumn();

	/**
	 * Sets the value of the '{@link org.framewright.model.Denomination#getDenominatorColumn <em>Denominator Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator Column</em>' attribute.
	 * @see #getDenominatorColumn()
	 * @generated
	 */
	void setDenominatorColumn(String value);

	/**
	 * Returns the value of the '<em><b>Multiplier</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the quotient is multiplied by (100000: per 100,000 people; 100: a percentage); positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multiplier</em>' attribute.
	 * @see #setMultiplier(double)
	 * @see org.framewright.model.FrameworkPackage#getDenomination_Multiplier()
	 * @model default="1.0"
	 * @generated
	 */
	double getMultiplier();

	/**
	 * Sets the value of the '{@link org.framewright.model.Denomination#getMultiplier <em>Multiplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiplier</em>' attribute.
	 * @see #getMultiplier()
	 * @generated
	 */
	void setMultiplier(double value);

} // Denomination
