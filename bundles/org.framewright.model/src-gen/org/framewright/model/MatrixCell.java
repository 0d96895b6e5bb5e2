/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Matrix Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.MatrixCell#getRow <em>Row</em>}</li>
 *   <li>{@link org.framewright.model.MatrixCell#getColumn <em>Column</em>}</li>
 *   <li>{@link org.framewright.model.MatrixCell#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getMatrixCell()
 * @model
 * @generated
 */
public interface MatrixCell extends EObject {
	/**
	 * Returns the value of the '<em><b>Row</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row</em>' reference.
	 * @see #setRow(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getMatrixCell_Row()
	 * @model
	 * @generated
	 */
	ScaleLevel getRow();

	/**
	 * Sets the value of the '{@link org.framewright.model.MatrixCell#getRow <em>Row</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row</em>' reference.
	 * @see #getRow()
	 * @generated
	 */
	void setRow(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' reference.
	 * @see #setColumn(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getMatrixCell_Column()
	 * @model
	 * @generated
	 */
	ScaleLevel getColumn();

	/**
	 * Sets the value of the '{@link org.framewright.model.MatrixCell#getColumn <em>Column</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' reference.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' reference.
	 * @see #setResult(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getMatrixCell_Result()
	 * @model
	 * @generated
	 */
	ScaleLevel getResult();

	/**
	 * Sets the value of the '{@link org.framewright.model.MatrixCell#getResult <em>Result</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(ScaleLevel value);

} // MatrixCell
