/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Weight#getPart <em>Part</em>}</li>
 *   <li>{@link org.framewright.model.Weight#getPercent <em>Percent</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getWeight()
 * @model
 * @generated
 */
public interface Weight extends EObject {
	/**
	 * Returns the value of the '<em><b>Part</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weighted input: an area, an indicator, a disaggregation (client group) or an evidence category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part</em>' reference.
	 * @see #setPart(ModelElement)
	 * @see org.framewright.model.FrameworkPackage#getWeight_Part()
	 * @model
	 * @generated
	 */
	ModelElement getPart();

	/**
	 * Sets the value of the '{@link org.framewright.model.Weight#getPart <em>Part</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part</em>' reference.
	 * @see #getPart()
	 * @generated
	 */
	void setPart(ModelElement value);

	/**
	 * Returns the value of the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent</em>' attribute.
	 * @see #setPercent(double)
	 * @see org.framewright.model.FrameworkPackage#getWeight_Percent()
	 * @model
	 * @generated
	 */
	double getPercent();

	/**
	 * Sets the value of the '{@link org.framewright.model.Weight#getPercent <em>Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent</em>' attribute.
	 * @see #getPercent()
	 * @generated
	 */
	void setPercent(double value);

} // Weight
