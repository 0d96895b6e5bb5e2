/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disaggregation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A breakdown of data: a client group, primary support reason or age band. Its id is what the group column of a data file holds.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Disaggregation#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getDisaggregation()
 * @model
 * @generated
 */
public interface Disaggregation extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.DisaggregationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.DisaggregationKind
	 * @see #setKind(DisaggregationKind)
	 * @see org.framewright.model.FrameworkPackage#getDisaggregation_Kind()
	 * @model
	 * @generated
	 */
	DisaggregationKind getKind();

	/**
	 * Sets the value of the '{@link org.framewright.model.Disaggregation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.DisaggregationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DisaggregationKind value);

} // Disaggregation
