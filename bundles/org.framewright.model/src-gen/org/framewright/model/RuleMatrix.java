/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Matrix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rule table: the level of the row node and of the column node pick a result level (CSCI: delivery x capacity -> stars).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.RuleMatrix#getRowNode <em>Row Node</em>}</li>
 *   <li>{@link org.framewright.model.RuleMatrix#getColumnNode <em>Column Node</em>}</li>
 *   <li>{@link org.framewright.model.RuleMatrix#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getRuleMatrix()
 * @model
 * @generated
 */
public interface RuleMatrix extends EObject {
	/**
	 * Returns the value of the '<em><b>Row Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row Node</em>' reference.
	 * @see #setRowNode(Area)
	 * @see org.framewright.model.FrameworkPackage#getRuleMatrix_RowNode()
	 * @model
	 * @generated
	 */
	Area getRowNode();

	/**
	 * Sets the value of the '{@link org.framewright.model.RuleMatrix#getRowNode <em>Row Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Node</em>' reference.
	 * @see #getRowNode()
	 * @generated
	 */
	void setRowNode(Area value);

	/**
	 * Returns the value of the '<em><b>Column Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Node</em>' reference.
	 * @see #setColumnNode(Area)
	 * @see org.framewright.model.FrameworkPackage#getRuleMatrix_ColumnNode()
	 * @model
	 * @generated
	 */
	Area getColumnNode();

	/**
	 * Sets the value of the '{@link org.framewright.model.RuleMatrix#getColumnNode <em>Column Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Node</em>' reference.
	 * @see #getColumnNode()
	 * @generated
	 */
	void setColumnNode(Area value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.MatrixCell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getRuleMatrix_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<MatrixCell> getCells();

} // RuleMatrix
