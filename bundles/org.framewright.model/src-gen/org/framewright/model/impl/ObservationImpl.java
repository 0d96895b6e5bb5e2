/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.framewright.model.Council;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Observation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getCouncil <em>Council</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getMissingMarker <em>Missing Marker</em>}</li>
 *   <li>{@link org.framewright.model.impl.ObservationImpl#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObservationImpl extends MinimalEObjectImpl.Container implements Observation {
	/**
	 * The cached value of the '{@link #getCouncil() <em>Council</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouncil()
	 * @generated
	 * @ordered
	 */
	protected Council council;

	/**
	 * The default value of the '{@link #getNodeId() <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeId() <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeId()
	 * @generated
	 * @ordered
	 */
	protected String nodeId = NODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingMarker() <em>Missing Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingMarker()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSING_MARKER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMissingMarker() <em>Missing Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingMarker()
	 * @generated
	 * @ordered
	 */
	protected String missingMarker = MISSING_MARKER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final long SOURCE_LINE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected long sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObservationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.OBSERVATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Council getCouncil() {
		if (council != null && council.eIsProxy()) {
			InternalEObject oldCouncil = (InternalEObject)council;
			council = (Council)eResolveProxy(oldCouncil);
			if (council != oldCouncil) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.OBSERVATION__COUNCIL, oldCouncil, council));
			}
		}
		return council;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Council basicGetCouncil() {
		return council;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCouncil(Council newCouncil) {
		Council oldCouncil = council;
		council = newCouncil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__COUNCIL, oldCouncil, council));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeId() {
		return nodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeId(String newNodeId) {
		String oldNodeId = nodeId;
		nodeId = newNodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__NODE_ID, oldNodeId, nodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue) {
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissingMarker() {
		return missingMarker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingMarker(String newMissingMarker) {
		String oldMissingMarker = missingMarker;
		missingMarker = newMissingMarker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__MISSING_MARKER, oldMissingMarker, missingMarker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(long newSourceLine) {
		long oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.OBSERVATION__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.OBSERVATION__COUNCIL:
				if (resolve) return getCouncil();
				return basicGetCouncil();
			case FrameworkPackage.OBSERVATION__NODE_ID:
				return getNodeId();
			case FrameworkPackage.OBSERVATION__PERIOD:
				return getPeriod();
			case FrameworkPackage.OBSERVATION__GROUP:
				return getGroup();
			case FrameworkPackage.OBSERVATION__CATEGORY:
				return getCategory();
			case FrameworkPackage.OBSERVATION__VALUE:
				return getValue();
			case FrameworkPackage.OBSERVATION__MISSING_MARKER:
				return getMissingMarker();
			case FrameworkPackage.OBSERVATION__SOURCE_LINE:
				return getSourceLine();
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
			case FrameworkPackage.OBSERVATION__COUNCIL:
				setCouncil((Council)newValue);
				return;
			case FrameworkPackage.OBSERVATION__NODE_ID:
				setNodeId((String)newValue);
				return;
			case FrameworkPackage.OBSERVATION__PERIOD:
				setPeriod((String)newValue);
				return;
			case FrameworkPackage.OBSERVATION__GROUP:
				setGroup((String)newValue);
				return;
			case FrameworkPackage.OBSERVATION__CATEGORY:
				setCategory((String)newValue);
				return;
			case FrameworkPackage.OBSERVATION__VALUE:
				setValue((Double)newValue);
				return;
			case FrameworkPackage.OBSERVATION__MISSING_MARKER:
				setMissingMarker((String)newValue);
				return;
			case FrameworkPackage.OBSERVATION__SOURCE_LINE:
				setSourceLine((Long)newValue);
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
			case FrameworkPackage.OBSERVATION__COUNCIL:
				setCouncil((Council)null);
				return;
			case FrameworkPackage.OBSERVATION__NODE_ID:
				setNodeId(NODE_ID_EDEFAULT);
				return;
			case FrameworkPackage.OBSERVATION__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case FrameworkPackage.OBSERVATION__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case FrameworkPackage.OBSERVATION__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case FrameworkPackage.OBSERVATION__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case FrameworkPackage.OBSERVATION__MISSING_MARKER:
				setMissingMarker(MISSING_MARKER_EDEFAULT);
				return;
			case FrameworkPackage.OBSERVATION__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
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
			case FrameworkPackage.OBSERVATION__COUNCIL:
				return council != null;
			case FrameworkPackage.OBSERVATION__NODE_ID:
				return NODE_ID_EDEFAULT == null ? nodeId != null : !NODE_ID_EDEFAULT.equals(nodeId);
			case FrameworkPackage.OBSERVATION__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case FrameworkPackage.OBSERVATION__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case FrameworkPackage.OBSERVATION__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case FrameworkPackage.OBSERVATION__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case FrameworkPackage.OBSERVATION__MISSING_MARKER:
				return MISSING_MARKER_EDEFAULT == null ? missingMarker != null : !MISSING_MARKER_EDEFAULT.equals(missingMarker);
			case FrameworkPackage.OBSERVATION__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
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
		result.append(" (nodeId: ");
		result.append(nodeId);
		result.append(", period: ");
		result.append(period);
		result.append(", group: ");
		result.append(group);
		result.append(", category: ");
		result.append(category);
		result.append(", value: ");
		result.append(value);
		result.append(", missingMarker: ");
		result.append(missingMarker);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //ObservationImpl
