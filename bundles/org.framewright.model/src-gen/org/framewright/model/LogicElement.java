/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Logic Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.LogicElement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framewright.model.LogicElement#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getLogicElement()
 * @model
 * @generated
 */
public interface LogicElement extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.LogicElementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.LogicElementKind
	 * @see #setKind(LogicElementKind)
	 * @see org.framewright.model.FrameworkPackage#getLogicElement_Kind()
	 * @model
	 * @generated
	 */
	LogicElementKind getKind();

	/**
	 * Sets the value of the '{@link org.framewright.model.LogicElement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.LogicElementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LogicElementKind value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getLogicElement_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // LogicElement
