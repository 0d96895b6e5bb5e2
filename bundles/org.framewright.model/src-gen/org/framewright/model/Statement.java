/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Statement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An "I" statement (the person's view) or a "We" statement (the council's commitment).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Statement#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framewright.model.Statement#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getStatement()
 * @model
 * @generated
 */
public interface Statement extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.StatementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.StatementKind
	 * @see #setKind(StatementKind)
	 * @see org.framewright.model.FrameworkPackage#getStatement_Kind()
	 * @model
	 * @generated
	 */
	StatementKind getKind();

	/**
	 * Sets the value of the '{@link org.framewright.model.Statement#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.StatementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StatementKind value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.framewright.model.FrameworkPackage#getStatement_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.framewright.model.Statement#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Statement
