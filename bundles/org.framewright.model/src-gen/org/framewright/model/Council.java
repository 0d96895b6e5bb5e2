/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Council</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A council with social services responsibilities; its id is its ONS code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Council#getRegion <em>Region</em>}</li>
 *   <li>{@link org.framewright.model.Council#getCouncilType <em>Council Type</em>}</li>
 *   <li>{@link org.framewright.model.Council#getPopulation <em>Population</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getCouncil()
 * @model
 * @generated
 */
public interface Council extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.framewright.model.FrameworkPackage#getCouncil_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.framewright.model.Council#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Council Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Council Type</em>' attribute.
	 * @see #setCouncilType(String)
	 * @see org.framewright.model.FrameworkPackage#getCouncil_CouncilType()
	 * @model
	 * @generated
	 */
	String getCouncilType();

	/**
	 * Sets the value of the '{@link org.framewright.model.Council#getCouncilType <em>Council Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Council Type</em>' attribute.
	 * @see #getCouncilType()
	 * @generated
	 */
	void setCouncilType(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.PopulationCount}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getCouncil_Population()
	 * @model containment="true"
	 * @generated
	 */
	EList<PopulationCount> getPopulation();

} // Council
