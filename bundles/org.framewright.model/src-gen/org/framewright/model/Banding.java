/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Banding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps a number to a level of a scale by ranges. Bounds are inclusive as the source writes them (25-38, 39-62); step is the resolution of the banded numbers (1 for whole percentages, 0 for continuous), used to tell adjacent bands from gaps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Banding#getScale <em>Scale</em>}</li>
 *   <li>{@link org.framewright.model.Banding#getStep <em>Step</em>}</li>
 *   <li>{@link org.framewright.model.Banding#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getBanding()
 * @model
 * @generated
 */
public interface Banding extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(Scale)
	 * @see org.framewright.model.FrameworkPackage#getBanding_Scale()
	 * @model
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.framewright.model.Banding#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(double)
	 * @see org.framewright.model.FrameworkPackage#getBanding_Step()
	 * @model
	 * @generated
	 */
	double getStep();

	/**
	 * Sets the value of the '{@link org.framewright.model.Banding#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(double value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getBanding_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Band> getBands();

} // Banding
