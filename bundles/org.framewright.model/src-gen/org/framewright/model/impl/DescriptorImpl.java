/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framewright.model.Area;
import org.framewright.model.Descriptor;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.ScaleLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.DescriptorImpl#getArea <em>Area</em>}</li>
 *   <li>{@link org.framewright.model.impl.DescriptorImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.framewright.model.impl.DescriptorImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.framewright.model.impl.DescriptorImpl#isIncludesLowerLevel <em>Includes Lower Level</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DescriptorImpl extends MinimalEObjectImpl.Container implements Descriptor {
	/**
	 * The cached value of the '{@link #getArea() <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArea()
	 * @generated
	 * @ordered
	 */
	protected Area area;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected ScaleLevel level;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isIncludesLowerLevel() <em>Includes Lower Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludesLowerLevel()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INCLUDES_LOWER_LEVEL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIncludesLowerLevel() <em>Includes Lower Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIncludesLowerLevel()
	 * @generated
	 * @ordered
	 */
	protected boolean includesLowerLevel = INCLUDES_LOWER_LEVEL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.DESCRIPTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area getArea() {
		if (area != null && area.eIsProxy()) {
			InternalEObject oldArea = (InternalEObject)area;
			area = (Area)eResolveProxy(oldArea);
			if (area != oldArea) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.DESCRIPTOR__AREA, oldArea, area));
			}
		}
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Area basicGetArea() {
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArea(Area newArea) {
		Area oldArea = area;
		area = newArea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DESCRIPTOR__AREA, oldArea, area));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel getLevel() {
		if (level != null && level.eIsProxy()) {
			InternalEObject oldLevel = (InternalEObject)level;
			level = (ScaleLevel)eResolveProxy(oldLevel);
			if (level != oldLevel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.DESCRIPTOR__LEVEL, oldLevel, level));
			}
		}
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScaleLevel basicGetLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(ScaleLevel newLevel) {
		ScaleLevel oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DESCRIPTOR__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DESCRIPTOR__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIncludesLowerLevel() {
		return includesLowerLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIncludesLowerLevel(boolean newIncludesLowerLevel) {
		boolean oldIncludesLowerLevel = includesLowerLevel;
		includesLowerLevel = newIncludesLowerLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.DESCRIPTOR__INCLUDES_LOWER_LEVEL, oldIncludesLowerLevel, includesLowerLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.DESCRIPTOR__AREA:
				if (resolve) return getArea();
				return basicGetArea();
			case FrameworkPackage.DESCRIPTOR__LEVEL:
				if (resolve) return getLevel();
				return basicGetLevel();
			case FrameworkPackage.DESCRIPTOR__TEXT:
				return getText();
			case FrameworkPackage.DESCRIPTOR__INCLUDES_LOWER_LEVEL:
				return isIncludesLowerLevel();
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
			case FrameworkPackage.DESCRIPTOR__AREA:
				setArea((Area)newValue);
				return;
			case FrameworkPackage.DESCRIPTOR__LEVEL:
				setLevel((ScaleLevel)newValue);
				return;
			case FrameworkPackage.DESCRIPTOR__TEXT:
				setText((String)newValue);
				return;
			case FrameworkPackage.DESCRIPTOR__INCLUDES_LOWER_LEVEL:
				setIncludesLowerLevel((Boolean)newValue);
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
			case FrameworkPackage.DESCRIPTOR__AREA:
				setArea((Area)null);
				return;
			case FrameworkPackage.DESCRIPTOR__LEVEL:
				setLevel((ScaleLevel)null);
				return;
			case FrameworkPackage.DESCRIPTOR__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FrameworkPackage.DESCRIPTOR__INCLUDES_LOWER_LEVEL:
				setIncludesLowerLevel(INCLUDES_LOWER_LEVEL_EDEFAULT);
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
			case FrameworkPackage.DESCRIPTOR__AREA:
				return area != null;
			case FrameworkPackage.DESCRIPTOR__LEVEL:
				return level != null;
			case FrameworkPackage.DESCRIPTOR__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FrameworkPackage.DESCRIPTOR__INCLUDES_LOWER_LEVEL:
				return includesLowerLevel != INCLUDES_LOWER_LEVEL_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (text: ");
		result.append(text);
		result.append(", includesLowerLevel: ");
		result.append(includesLowerLevel);
		result.append(')');
		return result.toString();
	}

} //DescriptorImpl
