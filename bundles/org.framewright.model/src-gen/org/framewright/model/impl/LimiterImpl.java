/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.Limiter;
import org.framewright.model.ModelElement;
import org.framewright.model.ScaleLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Limiter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.LimiterImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.framewright.model.impl.LimiterImpl#getAtOrBelow <em>At Or Below</em>}</li>
 *   <li>{@link org.framewright.model.impl.LimiterImpl#getCap <em>Cap</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LimiterImpl extends MinimalEObjectImpl.Container implements Limiter {
	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected ModelElement condition;

	/**
	 * The cached value of the '{@link #getAtOrBelow() <em>At Or Below</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtOrBelow()
	 * @generated
	 * @ordered
	 */
	protected ScaleLevel atOrBelow;

	/**
	 * The cached value of the '{@link #getCap() <em>Cap</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCap()
	 * @generated
	 * @ordered
	 */
	protected ScaleLevel cap;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LimiterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.LIMITER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelElement getCondition() {
		if (condition != null && condition.eIsProxy()) {
			InternalEObject oldCondition = (InternalEObject)condition;
			condition = (ModelElement)eResolveProxy(oldCondition);
			if (condition != oldCondition) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.LIMITER__CONDITION, oldCondition, condition));
			}
		}
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelElement basicGetCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(ModelElement newCondition) {
		ModelElement oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.LIMITER__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel getAtOrBelow() {
		if (atOrBelow != null && atOrBelow.eIsProxy()) {
			InternalEObject oldAtOrBelow = (InternalEObject)atOrBelow;
			atOrBelow = (ScaleLevel)eResolveProxy(oldAtOrBelow);
			if (atOrBelow != oldAtOrBelow) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.LIMITER__AT_OR_BELOW, oldAtOrBelow, atOrBelow));
			}
		}
		return atOrBelow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScaleLevel basicGetAtOrBelow() {
		return atOrBelow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtOrBelow(ScaleLevel newAtOrBelow) {
		ScaleLevel oldAtOrBelow = atOrBelow;
		atOrBelow = newAtOrBelow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.LIMITER__AT_OR_BELOW, oldAtOrBelow, atOrBelow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel getCap() {
		if (cap != null && cap.eIsProxy()) {
			InternalEObject oldCap = (InternalEObject)cap;
			cap = (ScaleLevel)eResolveProxy(oldCap);
			if (cap != oldCap) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.LIMITER__CAP, oldCap, cap));
			}
		}
		return cap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScaleLevel basicGetCap() {
		return cap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCap(ScaleLevel newCap) {
		ScaleLevel oldCap = cap;
		cap = newCap;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.LIMITER__CAP, oldCap, cap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.LIMITER__CONDITION:
				if (resolve) return getCondition();
				return basicGetCondition();
			case FrameworkPackage.LIMITER__AT_OR_BELOW:
				if (resolve) return getAtOrBelow();
				return basicGetAtOrBelow();
			case FrameworkPackage.LIMITER__CAP:
				if (resolve) return getCap();
				return basicGetCap();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FrameworkPackage.LIMITER__CONDITION:
				setCondition((ModelElement)newValue);
				return;
			case FrameworkPackage.LIMITER__AT_OR_BELOW:
				setAtOrBelow((ScaleLevel)newValue);
				return;
			case FrameworkPackage.LIMITER__CAP:
				setCap((ScaleLevel)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FrameworkPackage.LIMITER__CONDITION:
				setCondition((ModelElement)null);
				return;
			case FrameworkPackage.LIMITER__AT_OR_BELOW:
				setAtOrBelow((ScaleLevel)null);
				return;
			case FrameworkPackage.LIMITER__CAP:
				setCap((ScaleLevel)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FrameworkPackage.LIMITER__CONDITION:
				return condition != null;
			case FrameworkPackage.LIMITER__AT_OR_BELOW:
				return atOrBelow != null;
			case FrameworkPackage.LIMITER__CAP:
				return cap != null;
		}
		return super.eIsSet(featureID);
	}

} //LimiterImpl
