/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Framework#getVersion <em>Version</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getStatus <em>Status</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getSource <em>Source</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getSourceDocuments <em>Source Documents</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getLevelNames <em>Level Names</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getClassifications <em>Classifications</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getDisaggregations <em>Disaggregations</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getEvidenceCategories <em>Evidence Categories</em>}</li>
 *   <li>{@link org.framewright.model.Framework#getSchemes <em>Schemes</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getFramework()
 * @model
 * @generated
 */
public interface Framework extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.framewright.model.FrameworkPackage#getFramework_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.framewright.model.Framework#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.FrameworkStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.framewright.model.FrameworkStatus
	 * @see #setStatus(FrameworkStatus)
	 * @see org.framewright.model.FrameworkPackage#getFramework_Status()
	 * @model
	 * @generated
	 */
	FrameworkStatus getStatus();

	/**
	 * Sets the value of the '{@link org.framewright.model.Framework#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.framewright.model.FrameworkStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FrameworkStatus value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' attribute.
	 * @see #setPublisher(String)
	 * @see org.framewright.model.FrameworkPackage#getFramework_Publisher()
	 * @model
	 * @generated
	 */
	String getPublisher();

	/**
	 * Sets the value of the '{@link org.framewright.model.Framework#getPublisher <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' attribute.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document the framework is modelled from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.framewright.model.FrameworkPackage#getFramework_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.framewright.model.Framework#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Source Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.SourceDocument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Documents, beyond the seed documents, that provenance records of this framework name by id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Documents</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_SourceDocuments()
	 * @model containment="true"
	 * @generated
	 */
	EList<SourceDocument> getSourceDocuments();

	/**
	 * Returns the value of the '<em><b>Based On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The framework this one revises (lineage); usually in another .framework file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Based On</em>' reference.
	 * @see #setBasedOn(Framework)
	 * @see org.framewright.model.FrameworkPackage#getFramework_BasedOn()
	 * @model
	 * @generated
	 */
	Framework getBasedOn();

	/**
	 * Sets the value of the '{@link org.framewright.model.Framework#getBasedOn <em>Based On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Based On</em>' reference.
	 * @see #getBasedOn()
	 * @generated
	 */
	void setBasedOn(Framework value);

	/**
	 * Returns the value of the '<em><b>Level Names</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The framework's own names for the levels of its area tree, outermost first (e.g. Theme, Quality statement).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level Names</em>' attribute list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_LevelNames()
	 * @model
	 * @generated
	 */
	EList<String> getLevelNames();

	/**
	 * Returns the value of the '<em><b>Areas</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_Areas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Classifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Classification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classifications</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_Classifications()
	 * @model containment="true"
	 * @generated
	 */
	EList<Classification> getClassifications();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Disaggregations</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Disaggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disaggregations</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_Disaggregations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Disaggregation> getDisaggregations();

	/**
	 * Returns the value of the '<em><b>Evidence Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.EvidenceCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence Categories</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_EvidenceCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceCategory> getEvidenceCategories();

	/**
	 * Returns the value of the '<em><b>Schemes</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.ScoringScheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schemes</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getFramework_Schemes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoringScheme> getSchemes();

} // Framework
