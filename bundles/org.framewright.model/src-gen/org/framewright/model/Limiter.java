/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Limiter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When the condition node is rated at or below a level, the result is capped at a level (e.g. inadequate safeguarding caps the overall rating).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Limiter#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.framewright.model.Limiter#getAtOrBelow <em>At Or Below</em>}</li>
 *   <li>{@link org.framewright.model.Limiter#getCap <em>Cap</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getLimiter()
 * @model
 * @generated
 */
public interface Limiter extends EObject {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' reference.
	 * @see #setCondition(ModelElement)
	 * @see org.framewright.model.FrameworkPackage#getLimiter_Condition()
	 * @model
	 * @generated
	 */
	ModelElement getCondition();

	/**
	 * Sets the value of the '{@link org.framewright.model.Limiter#getCondition <em>Condition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' reference.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(ModelElement value);

	/**
	 * Returns the value of the '<em><b>At Or Below</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At Or Below</em>' reference.
	 * @see #setAtOrBelow(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getLimiter_AtOrBelow()
	 * @model
	 * @generated
	 */
	ScaleLevel getAtOrBelow();

	/**
	 * Sets the value of the '{@link org.framewright.model.Limiter#getAtOrBelow <em>At Or Below</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Or Below</em>' reference.
	 * @see #getAtOrBelow()
	 * @generated
	 */
	void setAtOrBelow(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Cap</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cap</em>' reference.
	 * @see #setCap(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getLimiter_Cap()
	 * @model
	 * @generated
	 */
	ScaleLevel getCap();

	/**
	 * Sets the value of the '{@link org.framewright.model.Limiter#getCap <em>Cap</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cap</em>' reference.
	 * @see #getCap()
	 * @generated
	 */
	void setCap(ScaleLevel value);

} // Limiter
