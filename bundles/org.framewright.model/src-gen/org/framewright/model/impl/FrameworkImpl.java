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
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.Area;
import org.framewright.model.Classification;
import org.framewright.model.Disaggregation;
import org.framewright.model.EvidenceCategory;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.FrameworkStatus;
import org.framewright.model.Indicator;
import org.framewright.model.ScoringScheme;
import org.framewright.model.SourceDocument;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Framework</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getSourceDocuments <em>Source Documents</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getBasedOn <em>Based On</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getLevelNames <em>Level Names</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getClassifications <em>Classifications</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getDisaggregations <em>Disaggregations</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getEvidenceCategories <em>Evidence Categories</em>}</li>
 *   <li>{@link org.framewright.model.impl.FrameworkImpl#getSchemes <em>Schemes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrameworkImpl extends ModelElementImpl implements Framework {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FrameworkStatus STATUS_EDEFAULT = FrameworkStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FrameworkStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLISHER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected String publisher = PUBLISHER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceDocuments() <em>Source Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<SourceDocument> sourceDocuments;

	/**
	 * The cached value of the '{@link #getBasedOn() <em>Based On</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasedOn()
	 * @generated
	 * @ordered
	 */
	protected Framework basedOn;

	/**
	 * The cached value of the '{@link #getLevelNames() <em>Level Names</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelNames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> levelNames;

	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The cached value of the '{@link #getClassifications() <em>Classifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Classification> classifications;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getDisaggregations() <em>Disaggregations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisaggregations()
	 * @generated
	 * @ordered
	 */
	protected EList<Disaggregation> disaggregations;

	/**
	 * The cached value of the '{@link #getEvidenceCategories() <em>Evidence Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceCategory> evidenceCategories;

	/**
	 * The cached value of the '{@link #getSchemes() <em>Schemes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchemes()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoringScheme> schemes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameworkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.FRAMEWORK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FrameworkStatus newStatus) {
		FrameworkStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(String newPublisher) {
		String oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SourceDocument> getSourceDocuments() {
		if (sourceDocuments == null) {
			sourceDocuments = new EObjectContainmentEList<SourceDocument>(SourceDocument.class, this, FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS);
		}
		return sourceDocuments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework getBasedOn() {
		if (basedOn != null && basedOn.eIsProxy()) {
			InternalEObject oldBasedOn = (InternalEObject)basedOn;
			basedOn = (Framework)eResolveProxy(oldBasedOn);
			if (basedOn != oldBasedOn) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.FRAMEWORK__BASED_ON, oldBasedOn, basedOn));
			}
		}
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Framework basicGetBasedOn() {
		return basedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasedOn(Framework newBasedOn) {
		Framework oldBasedOn = basedOn;
		basedOn = newBasedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.FRAMEWORK__BASED_ON, oldBasedOn, basedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLevelNames() {
		if (levelNames == null) {
			levelNames = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.FRAMEWORK__LEVEL_NAMES);
		}
		return levelNames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas() {
		if (areas == null) {
			areas = new EObjectContainmentEList<Area>(Area.class, this, FrameworkPackage.FRAMEWORK__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Classification> getClassifications() {
		if (classifications == null) {
			classifications = new EObjectContainmentEList<Classification>(Classification.class, this, FrameworkPackage.FRAMEWORK__CLASSIFICATIONS);
		}
		return classifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, FrameworkPackage.FRAMEWORK__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disaggregation> getDisaggregations() {
		if (disaggregations == null) {
			disaggregations = new EObjectContainmentEList<Disaggregation>(Disaggregation.class, this, FrameworkPackage.FRAMEWORK__DISAGGREGATIONS);
		}
		return disaggregations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceCategory> getEvidenceCategories() {
		if (evidenceCategories == null) {
			evidenceCategories = new EObjectContainmentEList<EvidenceCategory>(EvidenceCategory.class, this, FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES);
		}
		return evidenceCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoringScheme> getSchemes() {
		if (schemes == null) {
			schemes = new EObjectContainmentEList<ScoringScheme>(ScoringScheme.class, this, FrameworkPackage.FRAMEWORK__SCHEMES);
		}
		return schemes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS:
				return ((InternalEList<?>)getSourceDocuments()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__AREAS:
				return ((InternalEList<?>)getAreas()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__CLASSIFICATIONS:
				return ((InternalEList<?>)getClassifications()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__DISAGGREGATIONS:
				return ((InternalEList<?>)getDisaggregations()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES:
				return ((InternalEList<?>)getEvidenceCategories()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.FRAMEWORK__SCHEMES:
				return ((InternalEList<?>)getSchemes()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.FRAMEWORK__VERSION:
				return getVersion();
			case FrameworkPackage.FRAMEWORK__STATUS:
				return getStatus();
			case FrameworkPackage.FRAMEWORK__PUBLISHER:
				return getPublisher();
			case FrameworkPackage.FRAMEWORK__SOURCE:
				return getSource();
			case FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS:
				return getSourceDocuments();
			case FrameworkPackage.FRAMEWORK__BASED_ON:
				if (resolve) return getBasedOn();
				return basicGetBasedOn();
			case FrameworkPackage.FRAMEWORK__LEVEL_NAMES:
				return getLevelNames();
			case FrameworkPackage.FRAMEWORK__AREAS:
				return getAreas();
			case FrameworkPackage.FRAMEWORK__CLASSIFICATIONS:
				return getClassifications();
			case FrameworkPackage.FRAMEWORK__INDICATORS:
				return getIndicators();
			case FrameworkPackage.FRAMEWORK__DISAGGREGATIONS:
				return getDisaggregations();
			case FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES:
				return getEvidenceCategories();
			case FrameworkPackage.FRAMEWORK__SCHEMES:
				return getSchemes();
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
			case FrameworkPackage.FRAMEWORK__VERSION:
				setVersion((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__STATUS:
				setStatus((FrameworkStatus)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__PUBLISHER:
				setPublisher((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__SOURCE:
				setSource((String)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS:
				getSourceDocuments().clear();
				getSourceDocuments().addAll((Collection<? extends SourceDocument>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__BASED_ON:
				setBasedOn((Framework)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__LEVEL_NAMES:
				getLevelNames().clear();
				getLevelNames().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__CLASSIFICATIONS:
				getClassifications().clear();
				getClassifications().addAll((Collection<? extends Classification>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__DISAGGREGATIONS:
				getDisaggregations().clear();
				getDisaggregations().addAll((Collection<? extends Disaggregation>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES:
				getEvidenceCategories().clear();
				getEvidenceCategories().addAll((Collection<? extends EvidenceCategory>)newValue);
				return;
			case FrameworkPackage.FRAMEWORK__SCHEMES:
				getSchemes().clear();
				getSchemes().addAll((Collection<? extends ScoringScheme>)newValue);
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
			case FrameworkPackage.FRAMEWORK__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__PUBLISHER:
				setPublisher(PUBLISHER_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS:
				getSourceDocuments().clear();
				return;
			case FrameworkPackage.FRAMEWORK__BASED_ON:
				setBasedOn((Framework)null);
				return;
			case FrameworkPackage.FRAMEWORK__LEVEL_NAMES:
				getLevelNames().clear();
				return;
			case FrameworkPackage.FRAMEWORK__AREAS:
				getAreas().clear();
				return;
			case FrameworkPackage.FRAMEWORK__CLASSIFICATIONS:
				getClassifications().clear();
				return;
			case FrameworkPackage.FRAMEWORK__INDICATORS:
				getIndicators().clear();
				return;
			case FrameworkPackage.FRAMEWORK__DISAGGREGATIONS:
				getDisaggregations().clear();
				return;
			case FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES:
				getEvidenceCategories().clear();
				return;
			case FrameworkPackage.FRAMEWORK__SCHEMES:
				getSchemes().clear();
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
			case FrameworkPackage.FRAMEWORK__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case FrameworkPackage.FRAMEWORK__STATUS:
				return status != STATUS_EDEFAULT;
			case FrameworkPackage.FRAMEWORK__PUBLISHER:
				return PUBLISHER_EDEFAULT == null ? publisher != null : !PUBLISHER_EDEFAULT.equals(publisher);
			case FrameworkPackage.FRAMEWORK__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case FrameworkPackage.FRAMEWORK__SOURCE_DOCUMENTS:
				return sourceDocuments != null && !sourceDocuments.isEmpty();
			case FrameworkPackage.FRAMEWORK__BASED_ON:
				return basedOn != null;
			case FrameworkPackage.FRAMEWORK__LEVEL_NAMES:
				return levelNames != null && !levelNames.isEmpty();
			case FrameworkPackage.FRAMEWORK__AREAS:
				return areas != null && !areas.isEmpty();
			case FrameworkPackage.FRAMEWORK__CLASSIFICATIONS:
				return classifications != null && !classifications.isEmpty();
			case FrameworkPackage.FRAMEWORK__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case FrameworkPackage.FRAMEWORK__DISAGGREGATIONS:
				return disaggregations != null && !disaggregations.isEmpty();
			case FrameworkPackage.FRAMEWORK__EVIDENCE_CATEGORIES:
				return evidenceCategories != null && !evidenceCategories.isEmpty();
			case FrameworkPackage.FRAMEWORK__SCHEMES:
				return schemes != null && !schemes.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", status: ");
		result.append(status);
		result.append(", publisher: ");
		result.append(publisher);
		result.append(", source: ");
		result.append(source);
		result.append(", levelNames: ");
		result.append(levelNames);
		result.append(')');
		return result.toString();
	}

} //FrameworkImpl
