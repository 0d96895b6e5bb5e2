/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Logic Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The if-then chain of an area: assumptions, inputs, activities, outputs, outcomes and impact, linked by leads-to links.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.LogicModel#getElements <em>Elements</em>}</li>
 *   <li>{@link org.framewright.model.LogicModel#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getLogicModel()
 * @model
 * @generated
 */
public interface LogicModel extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.LogicElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getLogicModel_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<LogicElement> getElements();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.LeadsTo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getLogicModel_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<LeadsTo> getLinks();

} // LogicModel
