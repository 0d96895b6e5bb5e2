/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line a source lists under a quality statement: an evidence item of an evidence category (CQC's "context specific items"), a best-practice line, a guidance document or a statement descriptor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.EvidenceItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framewright.model.EvidenceItem#getCategory <em>Category</em>}</li>
 *   <li>{@link org.framewright.model.EvidenceItem#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getEvidenceItem()
 * @model
 * @generated
 */
public interface EvidenceItem extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.EvidenceItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.EvidenceItemKind
	 * @see #setKind(EvidenceItemKind)
	 * @see org.framewright.model.FrameworkPackage#getEvidenceItem_Kind()
	 * @model
	 * @generated
	 */
	EvidenceItemKind getKind();

	/**
	 * Sets the value of the '{@link org.framewright.model.EvidenceItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.EvidenceItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceItemKind value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The evidence category an evidence item is listed under; unset for the other kinds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' reference.
	 * @see #setCategory(EvidenceCategory)
	 * @see org.framewright.model.FrameworkPackage#getEvidenceItem_Category()
	 * @model
	 * @generated
	 */
	EvidenceCategory getCategory();

	/**
	 * Sets the value of the '{@link org.framewright.model.EvidenceItem#getCategory <em>Category</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' reference.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(EvidenceCategory value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.framewright.model.FrameworkPackage#getEvidenceItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.framewright.model.EvidenceItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // EvidenceItem
