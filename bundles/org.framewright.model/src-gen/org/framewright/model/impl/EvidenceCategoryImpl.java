/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.framewright.model.EvidenceCategory;
import org.framewright.model.FrameworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class EvidenceCategoryImpl extends ModelElementImpl implements EvidenceCategory {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.EVIDENCE_CATEGORY;
	}

} //EvidenceCategoryImpl
