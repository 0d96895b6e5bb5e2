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
	 * The default value is <code>"none"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the normalisation method, as contributed to the org.framewright.scoring.methods extension point (built-ins: none, minmax, zscore, robust-z, rank, percentile, distance-to-target).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see #setNormalisation(String)
	 * @see org.framewright.model.FrameworkPackage#getNormalisationChange_Normalisation()
	 * @model default="none"
	 * @generated
	 */
	String getNormalisation();

	/**
	 * Sets the value of the '{@link org.framewright.model.NormalisationChange#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(String value);

} // NormalisationChange
