/**
 */
package org.framewright.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A category of evidence scored per quality statement (CQC: people's experience, staff, partners, observation, processes, outcomes).
 * <!-- end-model-doc -->
 *
 *
 * @see org.framewright.model.FrameworkPackage#getEvidenceCategory()
 * @model
 * @generated
 */
public interface EvidenceCategory extends ModelElement {
} // EvidenceCategory
