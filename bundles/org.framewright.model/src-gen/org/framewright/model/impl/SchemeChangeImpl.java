/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.SchemeChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scheme Change</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class SchemeChangeImpl extends MinimalEObjectImpl.Container implements SchemeChange {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SchemeChangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.SCHEME_CHANGE;
	}

} //SchemeChangeImpl
