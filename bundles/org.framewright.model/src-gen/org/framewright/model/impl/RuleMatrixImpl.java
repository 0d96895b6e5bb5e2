/**
 */
package org.framewright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.Area;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.MatrixCell;
import org.framewright.model.RuleMatrix;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Matrix</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.RuleMatrixImpl#getRowNode <em>Row Node</em>}</li>
 *   <li>{@link org.framewright.model.impl.RuleMatrixImpl#getColumnNode <em>Column Node</em>}</li>
 *   <li>{@link org.framewright.model.impl.RuleMatrixImpl#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleMatrixImpl extends MinimalEObjectImpl.Container implements RuleMatrix {
	/**
	 * The cached value of the '{@link #getRowNode() <em>Row Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowNode()
	 * @generated
	 * @ordered
	 */
	protected Area rowNode;

	/**
	 * The cached value of the '{@link #getColumnNode() <em>Column Node</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnNode()
	 * @generated
	 * @ordered
	 */
	protected Area columnNode;

	/**
	 * The cached value of the '{@link #getCells() <em>Cells</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCells()
	 * @generated
	 * @ordered
	 */
	protected EList<MatrixCell> cells;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleMatrixImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.RULE_MATRIX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area getRowNode() {
		if (rowNode != null && rowNode.eIsProxy()) {
			InternalEObject oldRowNode = (InternalEObject)rowNode;
			rowNode = (Area)eResolveProxy(oldRowNode);
			if (rowNode != oldRowNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.RULE_MATRIX__ROW_NODE, oldRowNode, rowNode));
			}
		}
		return rowNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Area basicGetRowNode() {
		return rowNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowNode(Area newRowNode) {
		Area oldRowNode = rowNode;
		rowNode = newRowNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.RULE_MATRIX__ROW_NODE, oldRowNode, rowNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area getColumnNode() {
		if (columnNode != null && columnNode.eIsProxy()) {
			InternalEObject oldColumnNode = (InternalEObject)columnNode;
			columnNode = (Area)eResolveProxy(oldColumnNode);
			if (columnNode != oldColumnNode) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.RULE_MATRIX__COLUMN_NODE, oldColumnNode, columnNode));
			}
		}
		return columnNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Area basicGetColumnNode() {
		return columnNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnNode(Area newColumnNode) {
		Area oldColumnNode = columnNode;
		columnNode = newColumnNode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.RULE_MATRIX__COLUMN_NODE, oldColumnNode, columnNode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatrixCell> getCells() {
		if (cells == null) {
			cells = new EObjectContainmentEList<MatrixCell>(MatrixCell.class, this, FrameworkPackage.RULE_MATRIX__CELLS);
		}
		return cells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.RULE_MATRIX__CELLS:
				return ((InternalEList<?>)getCells()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.RULE_MATRIX__ROW_NODE:
				if (resolve) return getRowNode();
				return basicGetRowNode();
			case FrameworkPackage.RULE_MATRIX__COLUMN_NODE:
				if (resolve) return getColumnNode();
				return basicGetColumnNode();
			case FrameworkPackage.RULE_MATRIX__CELLS:
				return getCells();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FrameworkPackage.RULE_MATRIX__ROW_NODE:
				setRowNode((Area)newValue);
				return;
			case FrameworkPackage.RULE_MATRIX__COLUMN_NODE:
				setColumnNode((Area)newValue);
				return;
			case FrameworkPackage.RULE_MATRIX__CELLS:
				getCells().clear();
				getCells().addAll((Collection<? extends MatrixCell>)newValue);
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
			case FrameworkPackage.RULE_MATRIX__ROW_NODE:
				setRowNode((Area)null);
				return;
			case FrameworkPackage.RULE_MATRIX__COLUMN_NODE:
				setColumnNode((Area)null);
				return;
			case FrameworkPackage.RULE_MATRIX__CELLS:
				getCells().clear();
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
			case FrameworkPackage.RULE_MATRIX__ROW_NODE:
				return rowNode != null;
			case FrameworkPackage.RULE_MATRIX__COLUMN_NODE:
				return columnNode != null;
			case FrameworkPackage.RULE_MATRIX__CELLS:
				return cells != null && !cells.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //RuleMatrixImpl
