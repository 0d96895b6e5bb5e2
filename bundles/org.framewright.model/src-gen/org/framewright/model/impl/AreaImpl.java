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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.Area;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.EvidenceItem;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.LogicModel;
import org.framewright.model.Statement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Area</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getStatements <em>Statements</em>}</li>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getCareActSections <em>Care Act Sections</em>}</li>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getClassifiedAs <em>Classified As</em>}</li>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getLogicModel <em>Logic Model</em>}</li>
 *   <li>{@link org.framewright.model.impl.AreaImpl#getEvidenceItems <em>Evidence Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AreaImpl extends ModelElementImpl implements Area {
	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> children;

	/**
	 * The cached value of the '{@link #getStatements() <em>Statements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatements()
	 * @generated
	 * @ordered
	 */
	protected EList<Statement> statements;

	/**
	 * The cached value of the '{@link #getCareActSections() <em>Care Act Sections</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCareActSections()
	 * @generated
	 * @ordered
	 */
	protected EList<String> careActSections;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getClassifiedAs() <em>Classified As</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifiedAs()
	 * @generated
	 * @ordered
	 */
	protected EList<ClassificationGroup> classifiedAs;

	/**
	 * The cached value of the '{@link #getLogicModel() <em>Logic Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicModel()
	 * @generated
	 * @ordered
	 */
	protected LogicModel logicModel;

	/**
	 * The cached value of the '{@link #getEvidenceItems() <em>Evidence Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceItems()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceItem> evidenceItems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AreaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.AREA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getChildren() {
		if (children == null) {
			children = new EObjectContainmentEList<Area>(Area.class, this, FrameworkPackage.AREA__CHILDREN);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Statement> getStatements() {
		if (statements == null) {
			statements = new EObjectContainmentEList<Statement>(Statement.class, this, FrameworkPackage.AREA__STATEMENTS);
		}
		return statements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCareActSections() {
		if (careActSections == null) {
			careActSections = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.AREA__CARE_ACT_SECTIONS);
		}
		return careActSections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, FrameworkPackage.AREA__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClassificationGroup> getClassifiedAs() {
		if (classifiedAs == null) {
			classifiedAs = new EObjectWithInverseResolvingEList.ManyInverse<ClassificationGroup>(ClassificationGroup.class, this, FrameworkPackage.AREA__CLASSIFIED_AS, FrameworkPackage.CLASSIFICATION_GROUP__MEMBERS);
		}
		return classifiedAs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogicModel getLogicModel() {
		return logicModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLogicModel(LogicModel newLogicModel, NotificationChain msgs) {
		LogicModel oldLogicModel = logicModel;
		logicModel = newLogicModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FrameworkPackage.AREA__LOGIC_MODEL, oldLogicModel, newLogicModel);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogicModel(LogicModel newLogicModel) {
		if (newLogicModel != logicModel) {
			NotificationChain msgs = null;
			if (logicModel != null)
				msgs = ((InternalEObject)logicModel).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.AREA__LOGIC_MODEL, null, msgs);
			if (newLogicModel != null)
				msgs = ((InternalEObject)newLogicModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.AREA__LOGIC_MODEL, null, msgs);
			msgs = basicSetLogicModel(newLogicModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AREA__LOGIC_MODEL, newLogicModel, newLogicModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceItem> getEvidenceItems() {
		if (evidenceItems == null) {
			evidenceItems = new EObjectContainmentEList<EvidenceItem>(EvidenceItem.class, this, FrameworkPackage.AREA__EVIDENCE_ITEMS);
		}
		return evidenceItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.AREA__CLASSIFIED_AS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getClassifiedAs()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.AREA__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.AREA__STATEMENTS:
				return ((InternalEList<?>)getStatements()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.AREA__CLASSIFIED_AS:
				return ((InternalEList<?>)getClassifiedAs()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.AREA__LOGIC_MODEL:
				return basicSetLogicModel(null, msgs);
			case FrameworkPackage.AREA__EVIDENCE_ITEMS:
				return ((InternalEList<?>)getEvidenceItems()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.AREA__CHILDREN:
				return getChildren();
			case FrameworkPackage.AREA__STATEMENTS:
				return getStatements();
			case FrameworkPackage.AREA__CARE_ACT_SECTIONS:
				return getCareActSections();
			case FrameworkPackage.AREA__INDICATORS:
				return getIndicators();
			case FrameworkPackage.AREA__CLASSIFIED_AS:
				return getClassifiedAs();
			case FrameworkPackage.AREA__LOGIC_MODEL:
				return getLogicModel();
			case FrameworkPackage.AREA__EVIDENCE_ITEMS:
				return getEvidenceItems();
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
			case FrameworkPackage.AREA__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Area>)newValue);
				return;
			case FrameworkPackage.AREA__STATEMENTS:
				getStatements().clear();
				getStatements().addAll((Collection<? extends Statement>)newValue);
				return;
			case FrameworkPackage.AREA__CARE_ACT_SECTIONS:
				getCareActSections().clear();
				getCareActSections().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.AREA__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case FrameworkPackage.AREA__CLASSIFIED_AS:
				getClassifiedAs().clear();
				getClassifiedAs().addAll((Collection<? extends ClassificationGroup>)newValue);
				return;
			case FrameworkPackage.AREA__LOGIC_MODEL:
				setLogicModel((LogicModel)newValue);
				return;
			case FrameworkPackage.AREA__EVIDENCE_ITEMS:
				getEvidenceItems().clear();
				getEvidenceItems().addAll((Collection<? extends EvidenceItem>)newValue);
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
			case FrameworkPackage.AREA__CHILDREN:
				getChildren().clear();
				return;
			case FrameworkPackage.AREA__STATEMENTS:
				getStatements().clear();
				return;
			case FrameworkPackage.AREA__CARE_ACT_SECTIONS:
				getCareActSections().clear();
				return;
			case FrameworkPackage.AREA__INDICATORS:
				getIndicators().clear();
				return;
			case FrameworkPackage.AREA__CLASSIFIED_AS:
				getClassifiedAs().clear();
				return;
			case FrameworkPackage.AREA__LOGIC_MODEL:
				setLogicModel((LogicModel)null);
				return;
			case FrameworkPackage.AREA__EVIDENCE_ITEMS:
				getEvidenceItems().clear();
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
			case FrameworkPackage.AREA__CHILDREN:
				return children != null && !children.isEmpty();
			case FrameworkPackage.AREA__STATEMENTS:
				return statements != null && !statements.isEmpty();
			case FrameworkPackage.AREA__CARE_ACT_SECTIONS:
				return careActSections != null && !careActSections.isEmpty();
			case FrameworkPackage.AREA__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case FrameworkPackage.AREA__CLASSIFIED_AS:
				return classifiedAs != null && !classifiedAs.isEmpty();
			case FrameworkPackage.AREA__LOGIC_MODEL:
				return logicModel != null;
			case FrameworkPackage.AREA__EVIDENCE_ITEMS:
				return evidenceItems != null && !evidenceItems.isEmpty();
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
		result.append(" (careActSections: ");
		result.append(careActSections);
		result.append(')');
		return result.toString();
	}

} //AreaImpl
