/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Normalisation Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.NormalisationChange#getRule <em>Rule</em>}</li>
 *   <li>{@link org.framewright.model.NormalisationChange#getNormalisation <em>Normalisation</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getNormalisationChange()
 * @model
 * @generated
 */
public interface NormalisationChange extends SchemeChange {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' reference.
	 * @see #setRule(IndicatorRule)
	 * @see org.framewright.model.FrameworkPackage#getNormalisationChange_Rule()
	 * @model
	 * @generated
	 */
	IndicatorRule getRule();

	/**
	 * Sets the value of the '{@link org.framewright.model.NormalisationChange#getRule <em>Rule</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' reference.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(IndicatorRule value);

	/**
	 * Returns the value of the '<em><b>Normalisation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.NormalisationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see org.framewright.model.NormalisationMethod
	 * @see #setNormalisation(NormalisationMethod)
	 * @see org.framewright.model.FrameworkPackage#getNormalisationChange_Normalisation()
	 * @model
	 * @generated
	 */
	NormalisationMethod getNormalisation();

	/**
	 * Sets the value of the '{@link org.framewright.model.NormalisationChange#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see org.framewright.model.NormalisationMethod
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(NormalisationMethod value);

} // NormalisationChange
