/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Leads To</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * "If source then target": a directed link of the logic model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.LeadsTo#getSource <em>Source</em>}</li>
 *   <li>{@link org.framewright.model.LeadsTo#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getLeadsTo()
 * @model
 * @generated
 */
public interface LeadsTo extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(LogicElement)
	 * @see org.framewright.model.FrameworkPackage#getLeadsTo_Source()
	 * @model
	 * @generated
	 */
	LogicElement getSource();

	/**
	 * Sets the value of the '{@link org.framewright.model.LeadsTo#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(LogicElement value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(LogicElement)
	 * @see org.framewright.model.FrameworkPackage#getLeadsTo_Target()
	 * @model
	 * @generated
	 */
	LogicElement getTarget();

	/**
	 * Sets the value of the '{@link org.framewright.model.LeadsTo#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(LogicElement value);

} // LeadsTo
