/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node of the framework's structure: a domain, outcome area, theme, quality statement, Care Act area or capacity measure. Its level name comes from the framework's levelNames by depth.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Area#getChildren <em>Children</em>}</li>
 *   <li>{@link org.framewright.model.Area#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.framewright.model.Area#getCareActSections <em>Care Act Sections</em>}</li>
 *   <li>{@link org.framewright.model.Area#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.Area#getClassifiedAs <em>Classified As</em>}</li>
 *   <li>{@link org.framewright.model.Area#getLogicModel <em>Logic Model</em>}</li>
 *   <li>{@link org.framewright.model.Area#getEvidenceItems <em>Evidence Items</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getArea()
 * @model
 * @generated
 */
public interface Area extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getArea_Children()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getChildren();

	/**
	 * Returns the value of the '<em><b>Statements</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Statement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statements</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getArea_Statements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Statement> getStatements();

	/**
	 * Returns the value of the '<em><b>Care Act Sections</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Care Act Sections</em>' attribute list.
	 * @see org.framewright.model.FrameworkPackage#getArea_CareActSections()
	 * @model
	 * @generated
	 */
	EList<String> getCareActSections();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicators that measure this area, in reporting order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getArea_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Classified As</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.ClassificationGroup}.
	 * It is bidirectional and its opposite is '{@link org.framewright.model.ClassificationGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classified As</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getArea_ClassifiedAs()
	 * @see org.framewright.model.ClassificationGroup#getMembers
	 * @model opposite="members"
	 * @generated
	 */
	EList<ClassificationGroup> getClassifiedAs();

	/**
	 * Returns the value of the '<em><b>Logic Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logic Model</em>' containment reference.
	 * @see #setLogicModel(LogicModel)
	 * @see org.framewright.model.FrameworkPackage#getArea_LogicModel()
	 * @model containment="true"
	 * @generated
	 */
	LogicModel getLogicModel();

	/**
	 * Sets the value of the '{@link org.framewright.model.Area#getLogicModel <em>Logic Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logic Model</em>' containment reference.
	 * @see #getLogicModel()
	 * @generated
	 */
	void setLogicModel(LogicModel value);

	/**
	 * Returns the value of the '<em><b>Evidence Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.EvidenceItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the source lists under a quality statement, in its order: evidence items per category, best-practice lines, guidance and statement descriptors (issue 19).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence Items</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getArea_EvidenceItems()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceItem> getEvidenceItems();

} // Area
