/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Population Count</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.PopulationCount#getAgeBand <em>Age Band</em>}</li>
 *   <li>{@link org.framewright.model.PopulationCount#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getPopulationCount()
 * @model
 * @generated
 */
public interface PopulationCount extends EObject {
	/**
	 * Returns the value of the '<em><b>Age Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age Band</em>' attribute.
	 * @see #setAgeBand(String)
	 * @see org.framewright.model.FrameworkPackage#getPopulationCount_AgeBand()
	 * @model
	 * @generated
	 */
	String getAgeBand();

	/**
	 * Sets the value of the '{@link org.framewright.model.PopulationCount#getAgeBand <em>Age Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age Band</em>' attribute.
	 * @see #getAgeBand()
	 * @generated
	 */
	void setAgeBand(String value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(long)
	 * @see org.framewright.model.FrameworkPackage#getPopulationCount_Count()
	 * @model
	 * @generated
	 */
	long getCount();

	/**
	 * Sets the value of the '{@link org.framewright.model.PopulationCount#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(long value);

} // PopulationCount
