/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Outcomes frameworks for adult social care: structure, logic models, indicators, scoring schemes, scenarios and council data.
 * <!-- end-model-doc -->
 * @see org.framewright.model.FrameworkFactory
 * @model kind="package"
 * @generated
 */
public interface FrameworkPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://framewright.org/framework/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "fw";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FrameworkPackage eINSTANCE = org.framewright.model.impl.FrameworkPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ModelElementImpl <em>Model Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ModelElementImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getModelElement()
	 * @generated
	 */
	int MODEL_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT__PROVENANCE = 3;

	/**
	 * The number of structural features of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Model Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ProvenanceImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 1;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__QUOTE = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__REASON = 5;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.SourceDocumentImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getSourceDocument()
	 * @generated
	 */
	int SOURCE_DOCUMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT__CITATION = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Source Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_DOCUMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.FrameworkImpl <em>Framework</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.FrameworkImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getFramework()
	 * @generated
	 */
	int FRAMEWORK = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__VERSION = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__STATUS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__PUBLISHER = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SOURCE_DOCUMENTS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Based On</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__BASED_ON = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Level Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__LEVEL_NAMES = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__AREAS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Classifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__CLASSIFICATIONS = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Disaggregations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__DISAGGREGATIONS = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Evidence Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__EVIDENCE_CATEGORIES = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Schemes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK__SCHEMES = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Framework</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRAMEWORK_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.AreaImpl <em>Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.AreaImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getArea()
	 * @generated
	 */
	int AREA = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__CHILDREN = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Statements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__STATEMENTS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Care Act Sections</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__CARE_ACT_SECTIONS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Classified As</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__CLASSIFIED_AS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Logic Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__LOGIC_MODEL = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA__EVIDENCE_ITEMS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AREA_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.EvidenceItemImpl <em>Evidence Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.EvidenceItemImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getEvidenceItem()
	 * @generated
	 */
	int EVIDENCE_ITEM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__CATEGORY = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM__TEXT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Evidence Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Evidence Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_ITEM_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.StatementImpl <em>Statement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.StatementImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getStatement()
	 * @generated
	 */
	int STATEMENT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT__TEXT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Statement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATEMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ClassificationImpl <em>Classification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ClassificationImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getClassification()
	 * @generated
	 */
	int CLASSIFICATION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION__GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Classification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Classification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ClassificationGroupImpl <em>Classification Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ClassificationGroupImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getClassificationGroup()
	 * @generated
	 */
	int CLASSIFICATION_GROUP = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Members</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP__MEMBERS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Classification Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Classification Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLASSIFICATION_GROUP_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.DisaggregationImpl <em>Disaggregation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.DisaggregationImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getDisaggregation()
	 * @generated
	 */
	int DISAGGREGATION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Disaggregation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Disaggregation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISAGGREGATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.EvidenceCategoryImpl <em>Evidence Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.EvidenceCategoryImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getEvidenceCategory()
	 * @generated
	 */
	int EVIDENCE_CATEGORY = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CATEGORY__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CATEGORY__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CATEGORY__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CATEGORY__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The number of structural features of the '<em>Evidence Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CATEGORY_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Evidence Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_CATEGORY_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.LogicModelImpl <em>Logic Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.LogicModelImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getLogicModel()
	 * @generated
	 */
	int LOGIC_MODEL = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL__ELEMENTS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL__LINKS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Logic Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Logic Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_MODEL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.LogicElementImpl <em>Logic Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.LogicElementImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getLogicElement()
	 * @generated
	 */
	int LOGIC_ELEMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Logic Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Logic Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOGIC_ELEMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.LeadsToImpl <em>Leads To</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.LeadsToImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getLeadsTo()
	 * @generated
	 */
	int LEADS_TO = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Leads To</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Leads To</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEADS_TO_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.IndicatorImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DEFINITION = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NUMERATOR = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DENOMINATOR = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unit Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT_DETAIL = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Polarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__POLARITY = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SOURCE_DETAIL = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Disaggregations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DISAGGREGATIONS = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__FREQUENCY = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Lineage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LINEAGE = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Predecessor Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PREDECESSOR_IDS = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Lineage Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__LINEAGE_NOTE = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Target Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_NOTE = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Comparators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__COMPARATORS = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Period Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PERIOD_AGGREGATION = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Numerator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NUMERATOR_ID = MODEL_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Denominator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DENOMINATOR_ID = MODEL_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Target Profile</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_PROFILE = MODEL_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.PeriodTargetImpl <em>Period Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.PeriodTargetImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getPeriodTarget()
	 * @generated
	 */
	int PERIOD_TARGET = 15;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_TARGET__PERIOD = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_TARGET__TARGET = 1;

	/**
	 * The number of structural features of the '<em>Period Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_TARGET_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Period Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERIOD_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ComparatorGroupImpl <em>Comparator Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ComparatorGroupImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getComparatorGroup()
	 * @generated
	 */
	int COMPARATOR_GROUP = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__KIND = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__ANCHOR = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP__MEMBERS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Comparator Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Comparator Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARATOR_GROUP_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ScoringSchemeImpl <em>Scoring Scheme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ScoringSchemeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getScoringScheme()
	 * @generated
	 */
	int SCORING_SCHEME = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__SCALES = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bandings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__BANDINGS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Indicator Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__INDICATOR_RULES = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Aggregations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__AGGREGATIONS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rating Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__RATING_SCALE = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ranking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__RANKING = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__SCENARIOS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Treatments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__TREATMENTS = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Denominations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__DENOMINATIONS = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Imputations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__IMPUTATIONS = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Availability Screen</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME__AVAILABILITY_SCREEN = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Scoring Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Scoring Scheme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_SCHEME_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.OutlierTreatmentImpl <em>Outlier Treatment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.OutlierTreatmentImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getOutlierTreatment()
	 * @generated
	 */
	int OUTLIER_TREATMENT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Winsorisation Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__WINSORISATION_LIMIT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Skewness Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__SKEWNESS_THRESHOLD = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kurtosis Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__KURTOSIS_THRESHOLD = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Transform</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__TRANSFORM = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lambda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT__LAMBDA = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Outlier Treatment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Outlier Treatment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTLIER_TREATMENT_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.DenominationImpl <em>Denomination</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.DenominationImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getDenomination()
	 * @generated
	 */
	int DENOMINATION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Denominator Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__DENOMINATOR_INDICATOR = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Denominator Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__DENOMINATOR_COLUMN = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Multiplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION__MULTIPLIER = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Denomination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Denomination</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DENOMINATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ImputationImpl <em>Imputation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ImputationImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getImputation()
	 * @generated
	 */
	int IMPUTATION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__METHOD = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION__COMPARATOR = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Imputation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Imputation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPUTATION_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.AvailabilityScreenImpl <em>Availability Screen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.AvailabilityScreenImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getAvailabilityScreen()
	 * @generated
	 */
	int AVAILABILITY_SCREEN = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Minimum Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN__MINIMUM_PERCENT = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Availability Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Availability Screen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AVAILABILITY_SCREEN_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ScaleImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__LEVELS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__DESCRIPTORS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ScaleLevelImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getScaleLevel()
	 * @generated
	 */
	int SCALE_LEVEL = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL__VALUE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Scale Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_LEVEL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.DescriptorImpl <em>Descriptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.DescriptorImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getDescriptor()
	 * @generated
	 */
	int DESCRIPTOR = 24;

	/**
	 * The feature id for the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__AREA = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__TEXT = 2;

	/**
	 * The feature id for the '<em><b>Includes Lower Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__INCLUDES_LOWER_LEVEL = 3;

	/**
	 * The number of structural features of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.BandingImpl <em>Banding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.BandingImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getBanding()
	 * @generated
	 */
	int BANDING = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__SCALE = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__STEP = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING__BANDS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Banding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Banding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BANDING_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.BandImpl <em>Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.BandImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getBand()
	 * @generated
	 */
	int BAND = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__LOWER = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__UPPER = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__LEVEL = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.IndicatorRuleImpl <em>Indicator Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.IndicatorRuleImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getIndicatorRule()
	 * @generated
	 */
	int INDICATOR_RULE = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__INDICATORS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__METHOD = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__NORMALISATION = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__PARAMETERS = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Banding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__BANDING = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Amber Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__AMBER_TOLERANCE = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Green Tolerance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__GREEN_TOLERANCE = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__COMPARATOR = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rounding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__ROUNDING = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Missing Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE__MISSING_DATA = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Indicator Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Indicator Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_RULE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.AggregationRuleImpl <em>Aggregation Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.AggregationRuleImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getAggregationRule()
	 * @generated
	 */
	int AGGREGATION_RULE = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Areas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__AREAS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Overall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__OVERALL = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__INPUTS = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Input Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__INPUT_VALUE = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__METHOD = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__PARAMETERS = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__WEIGHTS = MODEL_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__MAXIMUM = MODEL_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Matrix</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__MATRIX = MODEL_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Rounding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__ROUNDING = MODEL_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Banding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__BANDING = MODEL_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__SCALE = MODEL_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Limiters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__LIMITERS = MODEL_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Missing Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__MISSING_DATA = MODEL_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Minimum Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__MINIMUM_INPUTS = MODEL_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Direct Value First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE__DIRECT_VALUE_FIRST = MODEL_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Aggregation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Aggregation Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGGREGATION_RULE_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.WeightImpl <em>Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.WeightImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getWeight()
	 * @generated
	 */
	int WEIGHT = 29;

	/**
	 * The feature id for the '<em><b>Part</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT__PART = 0;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT__PERCENT = 1;

	/**
	 * The number of structural features of the '<em>Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.MethodParameterImpl <em>Method Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.MethodParameterImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getMethodParameter()
	 * @generated
	 */
	int METHOD_PARAMETER = 30;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Method Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Method Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.RoundingImpl <em>Rounding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.RoundingImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getRounding()
	 * @generated
	 */
	int ROUNDING = 31;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUNDING__MODE = 0;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUNDING__DECIMALS = 1;

	/**
	 * The number of structural features of the '<em>Rounding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUNDING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Rounding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUNDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.RuleMatrixImpl <em>Rule Matrix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.RuleMatrixImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getRuleMatrix()
	 * @generated
	 */
	int RULE_MATRIX = 32;

	/**
	 * The feature id for the '<em><b>Row Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_MATRIX__ROW_NODE = 0;

	/**
	 * The feature id for the '<em><b>Column Node</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_MATRIX__COLUMN_NODE = 1;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_MATRIX__CELLS = 2;

	/**
	 * The number of structural features of the '<em>Rule Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_MATRIX_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Rule Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_MATRIX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.MatrixCellImpl <em>Matrix Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.MatrixCellImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getMatrixCell()
	 * @generated
	 */
	int MATRIX_CELL = 33;

	/**
	 * The feature id for the '<em><b>Row</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL__ROW = 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL__COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Result</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL__RESULT = 2;

	/**
	 * The number of structural features of the '<em>Matrix Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Matrix Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_CELL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.LimiterImpl <em>Limiter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.LimiterImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getLimiter()
	 * @generated
	 */
	int LIMITER = 34;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITER__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>At Or Below</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITER__AT_OR_BELOW = 1;

	/**
	 * The feature id for the '<em><b>Cap</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITER__CAP = 2;

	/**
	 * The number of structural features of the '<em>Limiter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Limiter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LIMITER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ScenarioImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__CHANGES = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.SchemeChangeImpl <em>Scheme Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.SchemeChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getSchemeChange()
	 * @generated
	 */
	int SCHEME_CHANGE = 36;

	/**
	 * The number of structural features of the '<em>Scheme Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_CHANGE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Scheme Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEME_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.WeightChangeImpl <em>Weight Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.WeightChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getWeightChange()
	 * @generated
	 */
	int WEIGHT_CHANGE = 37;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_CHANGE__RULE = SCHEME_CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Part</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_CHANGE__PART = SCHEME_CHANGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_CHANGE__PERCENT = SCHEME_CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Weight Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_CHANGE_FEATURE_COUNT = SCHEME_CHANGE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Weight Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHT_CHANGE_OPERATION_COUNT = SCHEME_CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.MethodChangeImpl <em>Method Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.MethodChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getMethodChange()
	 * @generated
	 */
	int METHOD_CHANGE = 38;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_CHANGE__RULE = SCHEME_CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_CHANGE__METHOD = SCHEME_CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Method Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_CHANGE_FEATURE_COUNT = SCHEME_CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Method Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METHOD_CHANGE_OPERATION_COUNT = SCHEME_CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.MissingDataChangeImpl <em>Missing Data Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.MissingDataChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getMissingDataChange()
	 * @generated
	 */
	int MISSING_DATA_CHANGE = 39;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_DATA_CHANGE__RULE = SCHEME_CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_DATA_CHANGE__POLICY = SCHEME_CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Missing Data Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_DATA_CHANGE_FEATURE_COUNT = SCHEME_CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Missing Data Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MISSING_DATA_CHANGE_OPERATION_COUNT = SCHEME_CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.NormalisationChangeImpl <em>Normalisation Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.NormalisationChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getNormalisationChange()
	 * @generated
	 */
	int NORMALISATION_CHANGE = 40;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALISATION_CHANGE__RULE = SCHEME_CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALISATION_CHANGE__NORMALISATION = SCHEME_CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Normalisation Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALISATION_CHANGE_FEATURE_COUNT = SCHEME_CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Normalisation Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NORMALISATION_CHANGE_OPERATION_COUNT = SCHEME_CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.BandChangeImpl <em>Band Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.BandChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getBandChange()
	 * @generated
	 */
	int BAND_CHANGE = 41;

	/**
	 * The feature id for the '<em><b>Band</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_CHANGE__BAND = SCHEME_CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_CHANGE__LOWER = SCHEME_CHANGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_CHANGE__UPPER = SCHEME_CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Band Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_CHANGE_FEATURE_COUNT = SCHEME_CHANGE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Band Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_CHANGE_OPERATION_COUNT = SCHEME_CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.TargetChangeImpl <em>Target Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.TargetChangeImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getTargetChange()
	 * @generated
	 */
	int TARGET_CHANGE = 42;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_CHANGE__INDICATOR = SCHEME_CHANGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_CHANGE__TARGET = SCHEME_CHANGE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Target Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_CHANGE_FEATURE_COUNT = SCHEME_CHANGE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Target Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_CHANGE_OPERATION_COUNT = SCHEME_CHANGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.DataSetImpl <em>Data Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.DataSetImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getDataSet()
	 * @generated
	 */
	int DATA_SET = 43;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Councils</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__COUNCILS = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__OBSERVATIONS = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__FREQUENCY = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Year Start Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__YEAR_START_MONTH = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Comparator Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET__COMPARATOR_GROUPS = MODEL_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Data Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Data Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SET_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.CouncilImpl <em>Council</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.CouncilImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getCouncil()
	 * @generated
	 */
	int COUNCIL = 44;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__ID = MODEL_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__NAME = MODEL_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__DESCRIPTION = MODEL_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__PROVENANCE = MODEL_ELEMENT__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__REGION = MODEL_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Council Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__COUNCIL_TYPE = MODEL_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Population</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL__POPULATION = MODEL_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Council</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL_FEATURE_COUNT = MODEL_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Council</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COUNCIL_OPERATION_COUNT = MODEL_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.PopulationCountImpl <em>Population Count</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.PopulationCountImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getPopulationCount()
	 * @generated
	 */
	int POPULATION_COUNT = 45;

	/**
	 * The feature id for the '<em><b>Age Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COUNT__AGE_BAND = 0;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COUNT__COUNT = 1;

	/**
	 * The number of structural features of the '<em>Population Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COUNT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Population Count</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POPULATION_COUNT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.impl.ObservationImpl <em>Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.impl.ObservationImpl
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getObservation()
	 * @generated
	 */
	int OBSERVATION = 46;

	/**
	 * The feature id for the '<em><b>Council</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__COUNCIL = 0;

	/**
	 * The feature id for the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__NODE_ID = 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__PERIOD = 2;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__GROUP = 3;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__CATEGORY = 4;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__VALUE = 5;

	/**
	 * The feature id for the '<em><b>Missing Marker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__MISSING_MARKER = 6;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION__SOURCE_LINE = 7;

	/**
	 * The number of structural features of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBSERVATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.framewright.model.ProvenanceStatus <em>Provenance Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.ProvenanceStatus
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getProvenanceStatus()
	 * @generated
	 */
	int PROVENANCE_STATUS = 47;

	/**
	 * The meta object id for the '{@link org.framewright.model.FrameworkStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.FrameworkStatus
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getFrameworkStatus()
	 * @generated
	 */
	int FRAMEWORK_STATUS = 48;

	/**
	 * The meta object id for the '{@link org.framewright.model.EvidenceItemKind <em>Evidence Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.EvidenceItemKind
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getEvidenceItemKind()
	 * @generated
	 */
	int EVIDENCE_ITEM_KIND = 49;

	/**
	 * The meta object id for the '{@link org.framewright.model.StatementKind <em>Statement Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.StatementKind
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getStatementKind()
	 * @generated
	 */
	int STATEMENT_KIND = 50;

	/**
	 * The meta object id for the '{@link org.framewright.model.DisaggregationKind <em>Disaggregation Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.DisaggregationKind
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getDisaggregationKind()
	 * @generated
	 */
	int DISAGGREGATION_KIND = 51;

	/**
	 * The meta object id for the '{@link org.framewright.model.LogicElementKind <em>Logic Element Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.LogicElementKind
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getLogicElementKind()
	 * @generated
	 */
	int LOGIC_ELEMENT_KIND = 52;

	/**
	 * The meta object id for the '{@link org.framewright.model.PeriodAggregation <em>Period Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.PeriodAggregation
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getPeriodAggregation()
	 * @generated
	 */
	int PERIOD_AGGREGATION = 53;

	/**
	 * The meta object id for the '{@link org.framewright.model.Unit <em>Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.Unit
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 54;

	/**
	 * The meta object id for the '{@link org.framewright.model.Polarity <em>Polarity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.Polarity
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getPolarity()
	 * @generated
	 */
	int POLARITY = 55;

	/**
	 * The meta object id for the '{@link org.framewright.model.DataSource <em>Data Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.DataSource
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 56;

	/**
	 * The meta object id for the '{@link org.framewright.model.Frequency <em>Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.Frequency
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getFrequency()
	 * @generated
	 */
	int FREQUENCY = 57;

	/**
	 * The meta object id for the '{@link org.framewright.model.LineageKind <em>Lineage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.LineageKind
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getLineageKind()
	 * @generated
	 */
	int LINEAGE_KIND = 58;

	/**
	 * The meta object id for the '{@link org.framewright.model.ComparatorKind <em>Comparator Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.ComparatorKind
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getComparatorKind()
	 * @generated
	 */
	int COMPARATOR_KIND = 59;

	/**
	 * The meta object id for the '{@link org.framewright.model.OutlierTransform <em>Outlier Transform</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.OutlierTransform
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getOutlierTransform()
	 * @generated
	 */
	int OUTLIER_TRANSFORM = 60;

	/**
	 * The meta object id for the '{@link org.framewright.model.ImputationMethod <em>Imputation Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.ImputationMethod
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getImputationMethod()
	 * @generated
	 */
	int IMPUTATION_METHOD = 61;

	/**
	 * The meta object id for the '{@link org.framewright.model.RankingOrder <em>Ranking Order</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.RankingOrder
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getRankingOrder()
	 * @generated
	 */
	int RANKING_ORDER = 62;

	/**
	 * The meta object id for the '{@link org.framewright.model.InputSelection <em>Input Selection</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.InputSelection
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getInputSelection()
	 * @generated
	 */
	int INPUT_SELECTION = 63;

	/**
	 * The meta object id for the '{@link org.framewright.model.InputValue <em>Input Value</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.InputValue
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getInputValue()
	 * @generated
	 */
	int INPUT_VALUE = 64;

	/**
	 * The meta object id for the '{@link org.framewright.model.RoundingMode <em>Rounding Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.RoundingMode
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getRoundingMode()
	 * @generated
	 */
	int ROUNDING_MODE = 65;

	/**
	 * The meta object id for the '{@link org.framewright.model.MissingDataPolicy <em>Missing Data Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.framewright.model.MissingDataPolicy
	 * @see org.framewright.model.impl.FrameworkPackageImpl#getMissingDataPolicy()
	 * @generated
	 */
	int MISSING_DATA_POLICY = 66;


	/**
	 * Returns the meta object for class '{@link org.framewright.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Element</em>'.
	 * @see org.framewright.model.ModelElement
	 * @generated
	 */
	EClass getModelElement();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ModelElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.framewright.model.ModelElement#getId()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ModelElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.framewright.model.ModelElement#getName()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ModelElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.framewright.model.ModelElement#getDescription()
	 * @see #getModelElement()
	 * @generated
	 */
	EAttribute getModelElement_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ModelElement#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Provenance</em>'.
	 * @see org.framewright.model.ModelElement#getProvenance()
	 * @see #getModelElement()
	 * @generated
	 */
	EReference getModelElement_Provenance();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.framewright.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Provenance#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.framewright.model.Provenance#getAttribute()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Provenance#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.framewright.model.Provenance#getSource()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Provenance#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.framewright.model.Provenance#getLocation()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Provenance#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.framewright.model.Provenance#getQuote()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Provenance#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.framewright.model.Provenance#getStatus()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Provenance#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.framewright.model.Provenance#getReason()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Reason();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Document</em>'.
	 * @see org.framewright.model.SourceDocument
	 * @generated
	 */
	EClass getSourceDocument();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.SourceDocument#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.framewright.model.SourceDocument#getCitation()
	 * @see #getSourceDocument()
	 * @generated
	 */
	EAttribute getSourceDocument_Citation();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Framework</em>'.
	 * @see org.framewright.model.Framework
	 * @generated
	 */
	EClass getFramework();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Framework#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.framewright.model.Framework#getVersion()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Framework#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.framewright.model.Framework#getStatus()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Framework#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publisher</em>'.
	 * @see org.framewright.model.Framework#getPublisher()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Publisher();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Framework#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.framewright.model.Framework#getSource()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getSourceDocuments <em>Source Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Source Documents</em>'.
	 * @see org.framewright.model.Framework#getSourceDocuments()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_SourceDocuments();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Framework#getBasedOn <em>Based On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Based On</em>'.
	 * @see org.framewright.model.Framework#getBasedOn()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_BasedOn();

	/**
	 * Returns the meta object for the attribute list '{@link org.framewright.model.Framework#getLevelNames <em>Level Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Level Names</em>'.
	 * @see org.framewright.model.Framework#getLevelNames()
	 * @see #getFramework()
	 * @generated
	 */
	EAttribute getFramework_LevelNames();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Areas</em>'.
	 * @see org.framewright.model.Framework#getAreas()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Areas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getClassifications <em>Classifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Classifications</em>'.
	 * @see org.framewright.model.Framework#getClassifications()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Classifications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.Framework#getIndicators()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getDisaggregations <em>Disaggregations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disaggregations</em>'.
	 * @see org.framewright.model.Framework#getDisaggregations()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Disaggregations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getEvidenceCategories <em>Evidence Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence Categories</em>'.
	 * @see org.framewright.model.Framework#getEvidenceCategories()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_EvidenceCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Framework#getSchemes <em>Schemes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Schemes</em>'.
	 * @see org.framewright.model.Framework#getSchemes()
	 * @see #getFramework()
	 * @generated
	 */
	EReference getFramework_Schemes();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Area</em>'.
	 * @see org.framewright.model.Area
	 * @generated
	 */
	EClass getArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Area#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.framewright.model.Area#getChildren()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Area#getStatements <em>Statements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Statements</em>'.
	 * @see org.framewright.model.Area#getStatements()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_Statements();

	/**
	 * Returns the meta object for the attribute list '{@link org.framewright.model.Area#getCareActSections <em>Care Act Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Care Act Sections</em>'.
	 * @see org.framewright.model.Area#getCareActSections()
	 * @see #getArea()
	 * @generated
	 */
	EAttribute getArea_CareActSections();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.Area#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.Area#getIndicators()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_Indicators();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.Area#getClassifiedAs <em>Classified As</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Classified As</em>'.
	 * @see org.framewright.model.Area#getClassifiedAs()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_ClassifiedAs();

	/**
	 * Returns the meta object for the containment reference '{@link org.framewright.model.Area#getLogicModel <em>Logic Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Logic Model</em>'.
	 * @see org.framewright.model.Area#getLogicModel()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_LogicModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Area#getEvidenceItems <em>Evidence Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence Items</em>'.
	 * @see org.framewright.model.Area#getEvidenceItems()
	 * @see #getArea()
	 * @generated
	 */
	EReference getArea_EvidenceItems();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.EvidenceItem <em>Evidence Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Item</em>'.
	 * @see org.framewright.model.EvidenceItem
	 * @generated
	 */
	EClass getEvidenceItem();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.EvidenceItem#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framewright.model.EvidenceItem#getKind()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.EvidenceItem#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Category</em>'.
	 * @see org.framewright.model.EvidenceItem#getCategory()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EReference getEvidenceItem_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.EvidenceItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.framewright.model.EvidenceItem#getText()
	 * @see #getEvidenceItem()
	 * @generated
	 */
	EAttribute getEvidenceItem_Text();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Statement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Statement</em>'.
	 * @see org.framewright.model.Statement
	 * @generated
	 */
	EClass getStatement();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Statement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framewright.model.Statement#getKind()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Statement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.framewright.model.Statement#getText()
	 * @see #getStatement()
	 * @generated
	 */
	EAttribute getStatement_Text();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Classification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Classification</em>'.
	 * @see org.framewright.model.Classification
	 * @generated
	 */
	EClass getClassification();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Classification#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.framewright.model.Classification#getGroups()
	 * @see #getClassification()
	 * @generated
	 */
	EReference getClassification_Groups();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.ClassificationGroup <em>Classification Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Classification Group</em>'.
	 * @see org.framewright.model.ClassificationGroup
	 * @generated
	 */
	EClass getClassificationGroup();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.ClassificationGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Members</em>'.
	 * @see org.framewright.model.ClassificationGroup#getMembers()
	 * @see #getClassificationGroup()
	 * @generated
	 */
	EReference getClassificationGroup_Members();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Disaggregation <em>Disaggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disaggregation</em>'.
	 * @see org.framewright.model.Disaggregation
	 * @generated
	 */
	EClass getDisaggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Disaggregation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framewright.model.Disaggregation#getKind()
	 * @see #getDisaggregation()
	 * @generated
	 */
	EAttribute getDisaggregation_Kind();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.EvidenceCategory <em>Evidence Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Category</em>'.
	 * @see org.framewright.model.EvidenceCategory
	 * @generated
	 */
	EClass getEvidenceCategory();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.LogicModel <em>Logic Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logic Model</em>'.
	 * @see org.framewright.model.LogicModel
	 * @generated
	 */
	EClass getLogicModel();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.LogicModel#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.framewright.model.LogicModel#getElements()
	 * @see #getLogicModel()
	 * @generated
	 */
	EReference getLogicModel_Elements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.LogicModel#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.framewright.model.LogicModel#getLinks()
	 * @see #getLogicModel()
	 * @generated
	 */
	EReference getLogicModel_Links();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.LogicElement <em>Logic Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Logic Element</em>'.
	 * @see org.framewright.model.LogicElement
	 * @generated
	 */
	EClass getLogicElement();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.LogicElement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framewright.model.LogicElement#getKind()
	 * @see #getLogicElement()
	 * @generated
	 */
	EAttribute getLogicElement_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.LogicElement#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.LogicElement#getIndicators()
	 * @see #getLogicElement()
	 * @generated
	 */
	EReference getLogicElement_Indicators();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.LeadsTo <em>Leads To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Leads To</em>'.
	 * @see org.framewright.model.LeadsTo
	 * @generated
	 */
	EClass getLeadsTo();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.LeadsTo#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.framewright.model.LeadsTo#getSource()
	 * @see #getLeadsTo()
	 * @generated
	 */
	EReference getLeadsTo_Source();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.LeadsTo#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.framewright.model.LeadsTo#getTarget()
	 * @see #getLeadsTo()
	 * @generated
	 */
	EReference getLeadsTo_Target();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.framewright.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.framewright.model.Indicator#getDefinition()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getNumerator <em>Numerator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numerator</em>'.
	 * @see org.framewright.model.Indicator#getNumerator()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Numerator();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getDenominator <em>Denominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator</em>'.
	 * @see org.framewright.model.Indicator#getDenominator()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Denominator();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.framewright.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getUnitDetail <em>Unit Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit Detail</em>'.
	 * @see org.framewright.model.Indicator#getUnitDetail()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_UnitDetail();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getPolarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Polarity</em>'.
	 * @see org.framewright.model.Indicator#getPolarity()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Polarity();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.framewright.model.Indicator#getSource()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getSourceDetail <em>Source Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Detail</em>'.
	 * @see org.framewright.model.Indicator#getSourceDetail()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_SourceDetail();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.Indicator#getDisaggregations <em>Disaggregations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Disaggregations</em>'.
	 * @see org.framewright.model.Indicator#getDisaggregations()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Disaggregations();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.framewright.model.Indicator#getFrequency()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getLineage <em>Lineage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lineage</em>'.
	 * @see org.framewright.model.Indicator#getLineage()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Lineage();

	/**
	 * Returns the meta object for the attribute list '{@link org.framewright.model.Indicator#getPredecessorIds <em>Predecessor Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Predecessor Ids</em>'.
	 * @see org.framewright.model.Indicator#getPredecessorIds()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_PredecessorIds();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getLineageNote <em>Lineage Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lineage Note</em>'.
	 * @see org.framewright.model.Indicator#getLineageNote()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_LineageNote();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.framewright.model.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getTargetNote <em>Target Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Note</em>'.
	 * @see org.framewright.model.Indicator#getTargetNote()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetNote();

	/**
	 * Returns the meta object for the attribute list '{@link org.framewright.model.Indicator#getComparators <em>Comparators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Comparators</em>'.
	 * @see org.framewright.model.Indicator#getComparators()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Comparators();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getPeriodAggregation <em>Period Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Aggregation</em>'.
	 * @see org.framewright.model.Indicator#getPeriodAggregation()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_PeriodAggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getNumeratorId <em>Numerator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numerator Id</em>'.
	 * @see org.framewright.model.Indicator#getNumeratorId()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_NumeratorId();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Indicator#getDenominatorId <em>Denominator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator Id</em>'.
	 * @see org.framewright.model.Indicator#getDenominatorId()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DenominatorId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Indicator#getTargetProfile <em>Target Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Target Profile</em>'.
	 * @see org.framewright.model.Indicator#getTargetProfile()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_TargetProfile();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.PeriodTarget <em>Period Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Period Target</em>'.
	 * @see org.framewright.model.PeriodTarget
	 * @generated
	 */
	EClass getPeriodTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.PeriodTarget#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.framewright.model.PeriodTarget#getPeriod()
	 * @see #getPeriodTarget()
	 * @generated
	 */
	EAttribute getPeriodTarget_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.PeriodTarget#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.framewright.model.PeriodTarget#getTarget()
	 * @see #getPeriodTarget()
	 * @generated
	 */
	EAttribute getPeriodTarget_Target();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.ComparatorGroup <em>Comparator Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparator Group</em>'.
	 * @see org.framewright.model.ComparatorGroup
	 * @generated
	 */
	EClass getComparatorGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ComparatorGroup#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.framewright.model.ComparatorGroup#getKind()
	 * @see #getComparatorGroup()
	 * @generated
	 */
	EAttribute getComparatorGroup_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ComparatorGroup#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.framewright.model.ComparatorGroup#getAnchor()
	 * @see #getComparatorGroup()
	 * @generated
	 */
	EAttribute getComparatorGroup_Anchor();

	/**
	 * Returns the meta object for the attribute list '{@link org.framewright.model.ComparatorGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Members</em>'.
	 * @see org.framewright.model.ComparatorGroup#getMembers()
	 * @see #getComparatorGroup()
	 * @generated
	 */
	EAttribute getComparatorGroup_Members();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.ScoringScheme <em>Scoring Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Scheme</em>'.
	 * @see org.framewright.model.ScoringScheme
	 * @generated
	 */
	EClass getScoringScheme();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getScales <em>Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scales</em>'.
	 * @see org.framewright.model.ScoringScheme#getScales()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Scales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getBandings <em>Bandings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bandings</em>'.
	 * @see org.framewright.model.ScoringScheme#getBandings()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Bandings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getIndicatorRules <em>Indicator Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicator Rules</em>'.
	 * @see org.framewright.model.ScoringScheme#getIndicatorRules()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_IndicatorRules();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getAggregations <em>Aggregations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Aggregations</em>'.
	 * @see org.framewright.model.ScoringScheme#getAggregations()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Aggregations();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.ScoringScheme#getRatingScale <em>Rating Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rating Scale</em>'.
	 * @see org.framewright.model.ScoringScheme#getRatingScale()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_RatingScale();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ScoringScheme#getRanking <em>Ranking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ranking</em>'.
	 * @see org.framewright.model.ScoringScheme#getRanking()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EAttribute getScoringScheme_Ranking();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see org.framewright.model.ScoringScheme#getScenarios()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Scenarios();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getTreatments <em>Treatments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Treatments</em>'.
	 * @see org.framewright.model.ScoringScheme#getTreatments()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Treatments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getDenominations <em>Denominations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Denominations</em>'.
	 * @see org.framewright.model.ScoringScheme#getDenominations()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Denominations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.ScoringScheme#getImputations <em>Imputations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imputations</em>'.
	 * @see org.framewright.model.ScoringScheme#getImputations()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_Imputations();

	/**
	 * Returns the meta object for the containment reference '{@link org.framewright.model.ScoringScheme#getAvailabilityScreen <em>Availability Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Availability Screen</em>'.
	 * @see org.framewright.model.ScoringScheme#getAvailabilityScreen()
	 * @see #getScoringScheme()
	 * @generated
	 */
	EReference getScoringScheme_AvailabilityScreen();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.OutlierTreatment <em>Outlier Treatment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outlier Treatment</em>'.
	 * @see org.framewright.model.OutlierTreatment
	 * @generated
	 */
	EClass getOutlierTreatment();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.OutlierTreatment#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.OutlierTreatment#getIndicators()
	 * @see #getOutlierTreatment()
	 * @generated
	 */
	EReference getOutlierTreatment_Indicators();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.OutlierTreatment#getWinsorisationLimit <em>Winsorisation Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Winsorisation Limit</em>'.
	 * @see org.framewright.model.OutlierTreatment#getWinsorisationLimit()
	 * @see #getOutlierTreatment()
	 * @generated
	 */
	EAttribute getOutlierTreatment_WinsorisationLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.OutlierTreatment#getSkewnessThreshold <em>Skewness Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skewness Threshold</em>'.
	 * @see org.framewright.model.OutlierTreatment#getSkewnessThreshold()
	 * @see #getOutlierTreatment()
	 * @generated
	 */
	EAttribute getOutlierTreatment_SkewnessThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.OutlierTreatment#getKurtosisThreshold <em>Kurtosis Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kurtosis Threshold</em>'.
	 * @see org.framewright.model.OutlierTreatment#getKurtosisThreshold()
	 * @see #getOutlierTreatment()
	 * @generated
	 */
	EAttribute getOutlierTreatment_KurtosisThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.OutlierTreatment#getTransform <em>Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transform</em>'.
	 * @see org.framewright.model.OutlierTreatment#getTransform()
	 * @see #getOutlierTreatment()
	 * @generated
	 */
	EAttribute getOutlierTreatment_Transform();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.OutlierTreatment#getLambda <em>Lambda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lambda</em>'.
	 * @see org.framewright.model.OutlierTreatment#getLambda()
	 * @see #getOutlierTreatment()
	 * @generated
	 */
	EAttribute getOutlierTreatment_Lambda();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Denomination <em>Denomination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Denomination</em>'.
	 * @see org.framewright.model.Denomination
	 * @generated
	 */
	EClass getDenomination();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.Denomination#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.Denomination#getIndicators()
	 * @see #getDenomination()
	 * @generated
	 */
	EReference getDenomination_Indicators();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Denomination#getDenominatorIndicator <em>Denominator Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Denominator Indicator</em>'.
	 * @see org.framewright.model.Denomination#getDenominatorIndicator()
	 * @see #getDenomination()
	 * @generated
	 */
	EReference getDenomination_DenominatorIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Denomination#getDenominatorColumn <em>Denominator Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Denominator Column</em>'.
	 * @see org.framewright.model.Denomination#getDenominatorColumn()
	 * @see #getDenomination()
	 * @generated
	 */
	EAttribute getDenomination_DenominatorColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Denomination#getMultiplier <em>Multiplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiplier</em>'.
	 * @see org.framewright.model.Denomination#getMultiplier()
	 * @see #getDenomination()
	 * @generated
	 */
	EAttribute getDenomination_Multiplier();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Imputation <em>Imputation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Imputation</em>'.
	 * @see org.framewright.model.Imputation
	 * @generated
	 */
	EClass getImputation();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.Imputation#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.Imputation#getIndicators()
	 * @see #getImputation()
	 * @generated
	 */
	EReference getImputation_Indicators();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Imputation#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.framewright.model.Imputation#getMethod()
	 * @see #getImputation()
	 * @generated
	 */
	EAttribute getImputation_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Imputation#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see org.framewright.model.Imputation#getComparator()
	 * @see #getImputation()
	 * @generated
	 */
	EAttribute getImputation_Comparator();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.AvailabilityScreen <em>Availability Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Availability Screen</em>'.
	 * @see org.framewright.model.AvailabilityScreen
	 * @generated
	 */
	EClass getAvailabilityScreen();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AvailabilityScreen#getMinimumPercent <em>Minimum Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Percent</em>'.
	 * @see org.framewright.model.AvailabilityScreen#getMinimumPercent()
	 * @see #getAvailabilityScreen()
	 * @generated
	 */
	EAttribute getAvailabilityScreen_MinimumPercent();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see org.framewright.model.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Scale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.framewright.model.Scale#getLevels()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Levels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Scale#getDescriptors <em>Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Descriptors</em>'.
	 * @see org.framewright.model.Scale#getDescriptors()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Descriptors();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.ScaleLevel <em>Scale Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale Level</em>'.
	 * @see org.framewright.model.ScaleLevel
	 * @generated
	 */
	EClass getScaleLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.ScaleLevel#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.framewright.model.ScaleLevel#getValue()
	 * @see #getScaleLevel()
	 * @generated
	 */
	EAttribute getScaleLevel_Value();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor</em>'.
	 * @see org.framewright.model.Descriptor
	 * @generated
	 */
	EClass getDescriptor();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Descriptor#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Area</em>'.
	 * @see org.framewright.model.Descriptor#getArea()
	 * @see #getDescriptor()
	 * @generated
	 */
	EReference getDescriptor_Area();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Descriptor#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Level</em>'.
	 * @see org.framewright.model.Descriptor#getLevel()
	 * @see #getDescriptor()
	 * @generated
	 */
	EReference getDescriptor_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Descriptor#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.framewright.model.Descriptor#getText()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Descriptor#isIncludesLowerLevel <em>Includes Lower Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Includes Lower Level</em>'.
	 * @see org.framewright.model.Descriptor#isIncludesLowerLevel()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_IncludesLowerLevel();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Banding <em>Banding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Banding</em>'.
	 * @see org.framewright.model.Banding
	 * @generated
	 */
	EClass getBanding();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Banding#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see org.framewright.model.Banding#getScale()
	 * @see #getBanding()
	 * @generated
	 */
	EReference getBanding_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Banding#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.framewright.model.Banding#getStep()
	 * @see #getBanding()
	 * @generated
	 */
	EAttribute getBanding_Step();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Banding#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.framewright.model.Banding#getBands()
	 * @see #getBanding()
	 * @generated
	 */
	EReference getBanding_Bands();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Band <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Band</em>'.
	 * @see org.framewright.model.Band
	 * @generated
	 */
	EClass getBand();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Band#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.framewright.model.Band#getLower()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Band#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.framewright.model.Band#getUpper()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Upper();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Band#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Level</em>'.
	 * @see org.framewright.model.Band#getLevel()
	 * @see #getBand()
	 * @generated
	 */
	EReference getBand_Level();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.IndicatorRule <em>Indicator Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Rule</em>'.
	 * @see org.framewright.model.IndicatorRule
	 * @generated
	 */
	EClass getIndicatorRule();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.IndicatorRule#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see org.framewright.model.IndicatorRule#getIndicators()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EReference getIndicatorRule_Indicators();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.IndicatorRule#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.framewright.model.IndicatorRule#getMethod()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EAttribute getIndicatorRule_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.IndicatorRule#getNormalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisation</em>'.
	 * @see org.framewright.model.IndicatorRule#getNormalisation()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EAttribute getIndicatorRule_Normalisation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.IndicatorRule#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.framewright.model.IndicatorRule#getParameters()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EReference getIndicatorRule_Parameters();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.IndicatorRule#getBanding <em>Banding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Banding</em>'.
	 * @see org.framewright.model.IndicatorRule#getBanding()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EReference getIndicatorRule_Banding();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.IndicatorRule#getAmberTolerance <em>Amber Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amber Tolerance</em>'.
	 * @see org.framewright.model.IndicatorRule#getAmberTolerance()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EAttribute getIndicatorRule_AmberTolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.IndicatorRule#getGreenTolerance <em>Green Tolerance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Green Tolerance</em>'.
	 * @see org.framewright.model.IndicatorRule#getGreenTolerance()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EAttribute getIndicatorRule_GreenTolerance();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.IndicatorRule#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see org.framewright.model.IndicatorRule#getComparator()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EAttribute getIndicatorRule_Comparator();

	/**
	 * Returns the meta object for the containment reference '{@link org.framewright.model.IndicatorRule#getRounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rounding</em>'.
	 * @see org.framewright.model.IndicatorRule#getRounding()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EReference getIndicatorRule_Rounding();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.IndicatorRule#getMissingData <em>Missing Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Data</em>'.
	 * @see org.framewright.model.IndicatorRule#getMissingData()
	 * @see #getIndicatorRule()
	 * @generated
	 */
	EAttribute getIndicatorRule_MissingData();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.AggregationRule <em>Aggregation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aggregation Rule</em>'.
	 * @see org.framewright.model.AggregationRule
	 * @generated
	 */
	EClass getAggregationRule();

	/**
	 * Returns the meta object for the reference list '{@link org.framewright.model.AggregationRule#getAreas <em>Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Areas</em>'.
	 * @see org.framewright.model.AggregationRule#getAreas()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Areas();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#isOverall <em>Overall</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overall</em>'.
	 * @see org.framewright.model.AggregationRule#isOverall()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_Overall();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inputs</em>'.
	 * @see org.framewright.model.AggregationRule#getInputs()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_Inputs();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#getInputValue <em>Input Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Value</em>'.
	 * @see org.framewright.model.AggregationRule#getInputValue()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_InputValue();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.framewright.model.AggregationRule#getMethod()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_Method();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.AggregationRule#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.framewright.model.AggregationRule#getParameters()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.AggregationRule#getWeights <em>Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Weights</em>'.
	 * @see org.framewright.model.AggregationRule#getWeights()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Weights();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.framewright.model.AggregationRule#getMaximum()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_Maximum();

	/**
	 * Returns the meta object for the containment reference '{@link org.framewright.model.AggregationRule#getMatrix <em>Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Matrix</em>'.
	 * @see org.framewright.model.AggregationRule#getMatrix()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Matrix();

	/**
	 * Returns the meta object for the containment reference '{@link org.framewright.model.AggregationRule#getRounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rounding</em>'.
	 * @see org.framewright.model.AggregationRule#getRounding()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Rounding();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.AggregationRule#getBanding <em>Banding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Banding</em>'.
	 * @see org.framewright.model.AggregationRule#getBanding()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Banding();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.AggregationRule#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see org.framewright.model.AggregationRule#getScale()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Scale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.AggregationRule#getLimiters <em>Limiters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Limiters</em>'.
	 * @see org.framewright.model.AggregationRule#getLimiters()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EReference getAggregationRule_Limiters();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#getMissingData <em>Missing Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Data</em>'.
	 * @see org.framewright.model.AggregationRule#getMissingData()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_MissingData();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#getMinimumInputs <em>Minimum Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Inputs</em>'.
	 * @see org.framewright.model.AggregationRule#getMinimumInputs()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_MinimumInputs();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.AggregationRule#isDirectValueFirst <em>Direct Value First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Value First</em>'.
	 * @see org.framewright.model.AggregationRule#isDirectValueFirst()
	 * @see #getAggregationRule()
	 * @generated
	 */
	EAttribute getAggregationRule_DirectValueFirst();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Weight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weight</em>'.
	 * @see org.framewright.model.Weight
	 * @generated
	 */
	EClass getWeight();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Weight#getPart <em>Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Part</em>'.
	 * @see org.framewright.model.Weight#getPart()
	 * @see #getWeight()
	 * @generated
	 */
	EReference getWeight_Part();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Weight#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.framewright.model.Weight#getPercent()
	 * @see #getWeight()
	 * @generated
	 */
	EAttribute getWeight_Percent();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.MethodParameter <em>Method Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method Parameter</em>'.
	 * @see org.framewright.model.MethodParameter
	 * @generated
	 */
	EClass getMethodParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.MethodParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.framewright.model.MethodParameter#getName()
	 * @see #getMethodParameter()
	 * @generated
	 */
	EAttribute getMethodParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.MethodParameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.framewright.model.MethodParameter#getValue()
	 * @see #getMethodParameter()
	 * @generated
	 */
	EAttribute getMethodParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Rounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rounding</em>'.
	 * @see org.framewright.model.Rounding
	 * @generated
	 */
	EClass getRounding();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Rounding#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.framewright.model.Rounding#getMode()
	 * @see #getRounding()
	 * @generated
	 */
	EAttribute getRounding_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Rounding#getDecimals <em>Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimals</em>'.
	 * @see org.framewright.model.Rounding#getDecimals()
	 * @see #getRounding()
	 * @generated
	 */
	EAttribute getRounding_Decimals();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.RuleMatrix <em>Rule Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Matrix</em>'.
	 * @see org.framewright.model.RuleMatrix
	 * @generated
	 */
	EClass getRuleMatrix();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.RuleMatrix#getRowNode <em>Row Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Row Node</em>'.
	 * @see org.framewright.model.RuleMatrix#getRowNode()
	 * @see #getRuleMatrix()
	 * @generated
	 */
	EReference getRuleMatrix_RowNode();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.RuleMatrix#getColumnNode <em>Column Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Column Node</em>'.
	 * @see org.framewright.model.RuleMatrix#getColumnNode()
	 * @see #getRuleMatrix()
	 * @generated
	 */
	EReference getRuleMatrix_ColumnNode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.RuleMatrix#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.framewright.model.RuleMatrix#getCells()
	 * @see #getRuleMatrix()
	 * @generated
	 */
	EReference getRuleMatrix_Cells();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.MatrixCell <em>Matrix Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Matrix Cell</em>'.
	 * @see org.framewright.model.MatrixCell
	 * @generated
	 */
	EClass getMatrixCell();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.MatrixCell#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Row</em>'.
	 * @see org.framewright.model.MatrixCell#getRow()
	 * @see #getMatrixCell()
	 * @generated
	 */
	EReference getMatrixCell_Row();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.MatrixCell#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Column</em>'.
	 * @see org.framewright.model.MatrixCell#getColumn()
	 * @see #getMatrixCell()
	 * @generated
	 */
	EReference getMatrixCell_Column();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.MatrixCell#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Result</em>'.
	 * @see org.framewright.model.MatrixCell#getResult()
	 * @see #getMatrixCell()
	 * @generated
	 */
	EReference getMatrixCell_Result();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Limiter <em>Limiter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Limiter</em>'.
	 * @see org.framewright.model.Limiter
	 * @generated
	 */
	EClass getLimiter();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Limiter#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Condition</em>'.
	 * @see org.framewright.model.Limiter#getCondition()
	 * @see #getLimiter()
	 * @generated
	 */
	EReference getLimiter_Condition();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Limiter#getAtOrBelow <em>At Or Below</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>At Or Below</em>'.
	 * @see org.framewright.model.Limiter#getAtOrBelow()
	 * @see #getLimiter()
	 * @generated
	 */
	EReference getLimiter_AtOrBelow();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Limiter#getCap <em>Cap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cap</em>'.
	 * @see org.framewright.model.Limiter#getCap()
	 * @see #getLimiter()
	 * @generated
	 */
	EReference getLimiter_Cap();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see org.framewright.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Scenario#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Changes</em>'.
	 * @see org.framewright.model.Scenario#getChanges()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Changes();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.SchemeChange <em>Scheme Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheme Change</em>'.
	 * @see org.framewright.model.SchemeChange
	 * @generated
	 */
	EClass getSchemeChange();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.WeightChange <em>Weight Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weight Change</em>'.
	 * @see org.framewright.model.WeightChange
	 * @generated
	 */
	EClass getWeightChange();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.WeightChange#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rule</em>'.
	 * @see org.framewright.model.WeightChange#getRule()
	 * @see #getWeightChange()
	 * @generated
	 */
	EReference getWeightChange_Rule();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.WeightChange#getPart <em>Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Part</em>'.
	 * @see org.framewright.model.WeightChange#getPart()
	 * @see #getWeightChange()
	 * @generated
	 */
	EReference getWeightChange_Part();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.WeightChange#getPercent <em>Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent</em>'.
	 * @see org.framewright.model.WeightChange#getPercent()
	 * @see #getWeightChange()
	 * @generated
	 */
	EAttribute getWeightChange_Percent();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.MethodChange <em>Method Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Method Change</em>'.
	 * @see org.framewright.model.MethodChange
	 * @generated
	 */
	EClass getMethodChange();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.MethodChange#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rule</em>'.
	 * @see org.framewright.model.MethodChange#getRule()
	 * @see #getMethodChange()
	 * @generated
	 */
	EReference getMethodChange_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.MethodChange#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.framewright.model.MethodChange#getMethod()
	 * @see #getMethodChange()
	 * @generated
	 */
	EAttribute getMethodChange_Method();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.MissingDataChange <em>Missing Data Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Missing Data Change</em>'.
	 * @see org.framewright.model.MissingDataChange
	 * @generated
	 */
	EClass getMissingDataChange();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.MissingDataChange#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rule</em>'.
	 * @see org.framewright.model.MissingDataChange#getRule()
	 * @see #getMissingDataChange()
	 * @generated
	 */
	EReference getMissingDataChange_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.MissingDataChange#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.framewright.model.MissingDataChange#getPolicy()
	 * @see #getMissingDataChange()
	 * @generated
	 */
	EAttribute getMissingDataChange_Policy();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.NormalisationChange <em>Normalisation Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Normalisation Change</em>'.
	 * @see org.framewright.model.NormalisationChange
	 * @generated
	 */
	EClass getNormalisationChange();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.NormalisationChange#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rule</em>'.
	 * @see org.framewright.model.NormalisationChange#getRule()
	 * @see #getNormalisationChange()
	 * @generated
	 */
	EReference getNormalisationChange_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.NormalisationChange#getNormalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisation</em>'.
	 * @see org.framewright.model.NormalisationChange#getNormalisation()
	 * @see #getNormalisationChange()
	 * @generated
	 */
	EAttribute getNormalisationChange_Normalisation();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.BandChange <em>Band Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Band Change</em>'.
	 * @see org.framewright.model.BandChange
	 * @generated
	 */
	EClass getBandChange();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.BandChange#getBand <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Band</em>'.
	 * @see org.framewright.model.BandChange#getBand()
	 * @see #getBandChange()
	 * @generated
	 */
	EReference getBandChange_Band();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.BandChange#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.framewright.model.BandChange#getLower()
	 * @see #getBandChange()
	 * @generated
	 */
	EAttribute getBandChange_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.BandChange#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.framewright.model.BandChange#getUpper()
	 * @see #getBandChange()
	 * @generated
	 */
	EAttribute getBandChange_Upper();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.TargetChange <em>Target Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Change</em>'.
	 * @see org.framewright.model.TargetChange
	 * @generated
	 */
	EClass getTargetChange();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.TargetChange#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Indicator</em>'.
	 * @see org.framewright.model.TargetChange#getIndicator()
	 * @see #getTargetChange()
	 * @generated
	 */
	EReference getTargetChange_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.TargetChange#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.framewright.model.TargetChange#getTarget()
	 * @see #getTargetChange()
	 * @generated
	 */
	EAttribute getTargetChange_Target();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.DataSet <em>Data Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Set</em>'.
	 * @see org.framewright.model.DataSet
	 * @generated
	 */
	EClass getDataSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.DataSet#getCouncils <em>Councils</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Councils</em>'.
	 * @see org.framewright.model.DataSet#getCouncils()
	 * @see #getDataSet()
	 * @generated
	 */
	EReference getDataSet_Councils();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.DataSet#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Observations</em>'.
	 * @see org.framewright.model.DataSet#getObservations()
	 * @see #getDataSet()
	 * @generated
	 */
	EReference getDataSet_Observations();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.DataSet#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.framewright.model.DataSet#getFrequency()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.DataSet#getYearStartMonth <em>Year Start Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year Start Month</em>'.
	 * @see org.framewright.model.DataSet#getYearStartMonth()
	 * @see #getDataSet()
	 * @generated
	 */
	EAttribute getDataSet_YearStartMonth();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.DataSet#getComparatorGroups <em>Comparator Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparator Groups</em>'.
	 * @see org.framewright.model.DataSet#getComparatorGroups()
	 * @see #getDataSet()
	 * @generated
	 */
	EReference getDataSet_ComparatorGroups();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Council <em>Council</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Council</em>'.
	 * @see org.framewright.model.Council
	 * @generated
	 */
	EClass getCouncil();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Council#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.framewright.model.Council#getRegion()
	 * @see #getCouncil()
	 * @generated
	 */
	EAttribute getCouncil_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Council#getCouncilType <em>Council Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Council Type</em>'.
	 * @see org.framewright.model.Council#getCouncilType()
	 * @see #getCouncil()
	 * @generated
	 */
	EAttribute getCouncil_CouncilType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.framewright.model.Council#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Population</em>'.
	 * @see org.framewright.model.Council#getPopulation()
	 * @see #getCouncil()
	 * @generated
	 */
	EReference getCouncil_Population();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.PopulationCount <em>Population Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Population Count</em>'.
	 * @see org.framewright.model.PopulationCount
	 * @generated
	 */
	EClass getPopulationCount();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.PopulationCount#getAgeBand <em>Age Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age Band</em>'.
	 * @see org.framewright.model.PopulationCount#getAgeBand()
	 * @see #getPopulationCount()
	 * @generated
	 */
	EAttribute getPopulationCount_AgeBand();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.PopulationCount#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.framewright.model.PopulationCount#getCount()
	 * @see #getPopulationCount()
	 * @generated
	 */
	EAttribute getPopulationCount_Count();

	/**
	 * Returns the meta object for class '{@link org.framewright.model.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Observation</em>'.
	 * @see org.framewright.model.Observation
	 * @generated
	 */
	EClass getObservation();

	/**
	 * Returns the meta object for the reference '{@link org.framewright.model.Observation#getCouncil <em>Council</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Council</em>'.
	 * @see org.framewright.model.Observation#getCouncil()
	 * @see #getObservation()
	 * @generated
	 */
	EReference getObservation_Council();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getNodeId <em>Node Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Id</em>'.
	 * @see org.framewright.model.Observation#getNodeId()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_NodeId();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.framewright.model.Observation#getPeriod()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.framewright.model.Observation#getGroup()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.framewright.model.Observation#getCategory()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.framewright.model.Observation#getValue()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getMissingMarker <em>Missing Marker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Marker</em>'.
	 * @see org.framewright.model.Observation#getMissingMarker()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_MissingMarker();

	/**
	 * Returns the meta object for the attribute '{@link org.framewright.model.Observation#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see org.framewright.model.Observation#getSourceLine()
	 * @see #getObservation()
	 * @generated
	 */
	EAttribute getObservation_SourceLine();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.ProvenanceStatus <em>Provenance Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Provenance Status</em>'.
	 * @see org.framewright.model.ProvenanceStatus
	 * @generated
	 */
	EEnum getProvenanceStatus();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.FrameworkStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.framewright.model.FrameworkStatus
	 * @generated
	 */
	EEnum getFrameworkStatus();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.EvidenceItemKind <em>Evidence Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Item Kind</em>'.
	 * @see org.framewright.model.EvidenceItemKind
	 * @generated
	 */
	EEnum getEvidenceItemKind();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.StatementKind <em>Statement Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Statement Kind</em>'.
	 * @see org.framewright.model.StatementKind
	 * @generated
	 */
	EEnum getStatementKind();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.DisaggregationKind <em>Disaggregation Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disaggregation Kind</em>'.
	 * @see org.framewright.model.DisaggregationKind
	 * @generated
	 */
	EEnum getDisaggregationKind();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.LogicElementKind <em>Logic Element Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Logic Element Kind</em>'.
	 * @see org.framewright.model.LogicElementKind
	 * @generated
	 */
	EEnum getLogicElementKind();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.PeriodAggregation <em>Period Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period Aggregation</em>'.
	 * @see org.framewright.model.PeriodAggregation
	 * @generated
	 */
	EEnum getPeriodAggregation();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.Unit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit</em>'.
	 * @see org.framewright.model.Unit
	 * @generated
	 */
	EEnum getUnit();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.Polarity <em>Polarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Polarity</em>'.
	 * @see org.framewright.model.Polarity
	 * @generated
	 */
	EEnum getPolarity();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Source</em>'.
	 * @see org.framewright.model.DataSource
	 * @generated
	 */
	EEnum getDataSource();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.Frequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Frequency</em>'.
	 * @see org.framewright.model.Frequency
	 * @generated
	 */
	EEnum getFrequency();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.LineageKind <em>Lineage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lineage Kind</em>'.
	 * @see org.framewright.model.LineageKind
	 * @generated
	 */
	EEnum getLineageKind();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.ComparatorKind <em>Comparator Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparator Kind</em>'.
	 * @see org.framewright.model.ComparatorKind
	 * @generated
	 */
	EEnum getComparatorKind();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.OutlierTransform <em>Outlier Transform</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outlier Transform</em>'.
	 * @see org.framewright.model.OutlierTransform
	 * @generated
	 */
	EEnum getOutlierTransform();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.ImputationMethod <em>Imputation Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Imputation Method</em>'.
	 * @see org.framewright.model.ImputationMethod
	 * @generated
	 */
	EEnum getImputationMethod();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.RankingOrder <em>Ranking Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ranking Order</em>'.
	 * @see org.framewright.model.RankingOrder
	 * @generated
	 */
	EEnum getRankingOrder();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.InputSelection <em>Input Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Selection</em>'.
	 * @see org.framewright.model.InputSelection
	 * @generated
	 */
	EEnum getInputSelection();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.InputValue <em>Input Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Value</em>'.
	 * @see org.framewright.model.InputValue
	 * @generated
	 */
	EEnum getInputValue();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.RoundingMode <em>Rounding Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rounding Mode</em>'.
	 * @see org.framewright.model.RoundingMode
	 * @generated
	 */
	EEnum getRoundingMode();

	/**
	 * Returns the meta object for enum '{@link org.framewright.model.MissingDataPolicy <em>Missing Data Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Missing Data Policy</em>'.
	 * @see org.framewright.model.MissingDataPolicy
	 * @generated
	 */
	EEnum getMissingDataPolicy();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FrameworkFactory getFrameworkFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ModelElementImpl <em>Model Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ModelElementImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getModelElement()
		 * @generated
		 */
		EClass MODEL_ELEMENT = eINSTANCE.getModelElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__ID = eINSTANCE.getModelElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__NAME = eINSTANCE.getModelElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_ELEMENT__DESCRIPTION = eINSTANCE.getModelElement_Description();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_ELEMENT__PROVENANCE = eINSTANCE.getModelElement_Provenance();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ProvenanceImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ATTRIBUTE = eINSTANCE.getProvenance_Attribute();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SOURCE = eINSTANCE.getProvenance_Source();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__LOCATION = eINSTANCE.getProvenance_Location();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__QUOTE = eINSTANCE.getProvenance_Quote();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__STATUS = eINSTANCE.getProvenance_Status();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__REASON = eINSTANCE.getProvenance_Reason();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.SourceDocumentImpl <em>Source Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.SourceDocumentImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getSourceDocument()
		 * @generated
		 */
		EClass SOURCE_DOCUMENT = eINSTANCE.getSourceDocument();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_DOCUMENT__CITATION = eINSTANCE.getSourceDocument_Citation();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.FrameworkImpl <em>Framework</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.FrameworkImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getFramework()
		 * @generated
		 */
		EClass FRAMEWORK = eINSTANCE.getFramework();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__VERSION = eINSTANCE.getFramework_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__STATUS = eINSTANCE.getFramework_Status();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__PUBLISHER = eINSTANCE.getFramework_Publisher();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__SOURCE = eINSTANCE.getFramework_Source();

		/**
		 * The meta object literal for the '<em><b>Source Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SOURCE_DOCUMENTS = eINSTANCE.getFramework_SourceDocuments();

		/**
		 * The meta object literal for the '<em><b>Based On</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__BASED_ON = eINSTANCE.getFramework_BasedOn();

		/**
		 * The meta object literal for the '<em><b>Level Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRAMEWORK__LEVEL_NAMES = eINSTANCE.getFramework_LevelNames();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__AREAS = eINSTANCE.getFramework_Areas();

		/**
		 * The meta object literal for the '<em><b>Classifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__CLASSIFICATIONS = eINSTANCE.getFramework_Classifications();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__INDICATORS = eINSTANCE.getFramework_Indicators();

		/**
		 * The meta object literal for the '<em><b>Disaggregations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__DISAGGREGATIONS = eINSTANCE.getFramework_Disaggregations();

		/**
		 * The meta object literal for the '<em><b>Evidence Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__EVIDENCE_CATEGORIES = eINSTANCE.getFramework_EvidenceCategories();

		/**
		 * The meta object literal for the '<em><b>Schemes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRAMEWORK__SCHEMES = eINSTANCE.getFramework_Schemes();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.AreaImpl <em>Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.AreaImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getArea()
		 * @generated
		 */
		EClass AREA = eINSTANCE.getArea();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__CHILDREN = eINSTANCE.getArea_Children();

		/**
		 * The meta object literal for the '<em><b>Statements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__STATEMENTS = eINSTANCE.getArea_Statements();

		/**
		 * The meta object literal for the '<em><b>Care Act Sections</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AREA__CARE_ACT_SECTIONS = eINSTANCE.getArea_CareActSections();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__INDICATORS = eINSTANCE.getArea_Indicators();

		/**
		 * The meta object literal for the '<em><b>Classified As</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__CLASSIFIED_AS = eINSTANCE.getArea_ClassifiedAs();

		/**
		 * The meta object literal for the '<em><b>Logic Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__LOGIC_MODEL = eINSTANCE.getArea_LogicModel();

		/**
		 * The meta object literal for the '<em><b>Evidence Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AREA__EVIDENCE_ITEMS = eINSTANCE.getArea_EvidenceItems();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.EvidenceItemImpl <em>Evidence Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.EvidenceItemImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getEvidenceItem()
		 * @generated
		 */
		EClass EVIDENCE_ITEM = eINSTANCE.getEvidenceItem();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__KIND = eINSTANCE.getEvidenceItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE_ITEM__CATEGORY = eINSTANCE.getEvidenceItem_Category();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_ITEM__TEXT = eINSTANCE.getEvidenceItem_Text();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.StatementImpl <em>Statement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.StatementImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getStatement()
		 * @generated
		 */
		EClass STATEMENT = eINSTANCE.getStatement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__KIND = eINSTANCE.getStatement_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATEMENT__TEXT = eINSTANCE.getStatement_Text();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ClassificationImpl <em>Classification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ClassificationImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getClassification()
		 * @generated
		 */
		EClass CLASSIFICATION = eINSTANCE.getClassification();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASSIFICATION__GROUPS = eINSTANCE.getClassification_Groups();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ClassificationGroupImpl <em>Classification Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ClassificationGroupImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getClassificationGroup()
		 * @generated
		 */
		EClass CLASSIFICATION_GROUP = eINSTANCE.getClassificationGroup();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLASSIFICATION_GROUP__MEMBERS = eINSTANCE.getClassificationGroup_Members();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.DisaggregationImpl <em>Disaggregation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.DisaggregationImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getDisaggregation()
		 * @generated
		 */
		EClass DISAGGREGATION = eINSTANCE.getDisaggregation();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISAGGREGATION__KIND = eINSTANCE.getDisaggregation_Kind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.EvidenceCategoryImpl <em>Evidence Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.EvidenceCategoryImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getEvidenceCategory()
		 * @generated
		 */
		EClass EVIDENCE_CATEGORY = eINSTANCE.getEvidenceCategory();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.LogicModelImpl <em>Logic Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.LogicModelImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getLogicModel()
		 * @generated
		 */
		EClass LOGIC_MODEL = eINSTANCE.getLogicModel();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOGIC_MODEL__ELEMENTS = eINSTANCE.getLogicModel_Elements();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOGIC_MODEL__LINKS = eINSTANCE.getLogicModel_Links();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.LogicElementImpl <em>Logic Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.LogicElementImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getLogicElement()
		 * @generated
		 */
		EClass LOGIC_ELEMENT = eINSTANCE.getLogicElement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOGIC_ELEMENT__KIND = eINSTANCE.getLogicElement_Kind();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOGIC_ELEMENT__INDICATORS = eINSTANCE.getLogicElement_Indicators();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.LeadsToImpl <em>Leads To</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.LeadsToImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getLeadsTo()
		 * @generated
		 */
		EClass LEADS_TO = eINSTANCE.getLeadsTo();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEADS_TO__SOURCE = eINSTANCE.getLeadsTo_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEADS_TO__TARGET = eINSTANCE.getLeadsTo_Target();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.IndicatorImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DEFINITION = eINSTANCE.getIndicator_Definition();

		/**
		 * The meta object literal for the '<em><b>Numerator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NUMERATOR = eINSTANCE.getIndicator_Numerator();

		/**
		 * The meta object literal for the '<em><b>Denominator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DENOMINATOR = eINSTANCE.getIndicator_Denominator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Unit Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT_DETAIL = eINSTANCE.getIndicator_UnitDetail();

		/**
		 * The meta object literal for the '<em><b>Polarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__POLARITY = eINSTANCE.getIndicator_Polarity();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SOURCE = eINSTANCE.getIndicator_Source();

		/**
		 * The meta object literal for the '<em><b>Source Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SOURCE_DETAIL = eINSTANCE.getIndicator_SourceDetail();

		/**
		 * The meta object literal for the '<em><b>Disaggregations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__DISAGGREGATIONS = eINSTANCE.getIndicator_Disaggregations();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__FREQUENCY = eINSTANCE.getIndicator_Frequency();

		/**
		 * The meta object literal for the '<em><b>Lineage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LINEAGE = eINSTANCE.getIndicator_Lineage();

		/**
		 * The meta object literal for the '<em><b>Predecessor Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__PREDECESSOR_IDS = eINSTANCE.getIndicator_PredecessorIds();

		/**
		 * The meta object literal for the '<em><b>Lineage Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__LINEAGE_NOTE = eINSTANCE.getIndicator_LineageNote();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Target Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_NOTE = eINSTANCE.getIndicator_TargetNote();

		/**
		 * The meta object literal for the '<em><b>Comparators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__COMPARATORS = eINSTANCE.getIndicator_Comparators();

		/**
		 * The meta object literal for the '<em><b>Period Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__PERIOD_AGGREGATION = eINSTANCE.getIndicator_PeriodAggregation();

		/**
		 * The meta object literal for the '<em><b>Numerator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NUMERATOR_ID = eINSTANCE.getIndicator_NumeratorId();

		/**
		 * The meta object literal for the '<em><b>Denominator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DENOMINATOR_ID = eINSTANCE.getIndicator_DenominatorId();

		/**
		 * The meta object literal for the '<em><b>Target Profile</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGET_PROFILE = eINSTANCE.getIndicator_TargetProfile();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.PeriodTargetImpl <em>Period Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.PeriodTargetImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getPeriodTarget()
		 * @generated
		 */
		EClass PERIOD_TARGET = eINSTANCE.getPeriodTarget();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_TARGET__PERIOD = eINSTANCE.getPeriodTarget_Period();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERIOD_TARGET__TARGET = eINSTANCE.getPeriodTarget_Target();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ComparatorGroupImpl <em>Comparator Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ComparatorGroupImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getComparatorGroup()
		 * @generated
		 */
		EClass COMPARATOR_GROUP = eINSTANCE.getComparatorGroup();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARATOR_GROUP__KIND = eINSTANCE.getComparatorGroup_Kind();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARATOR_GROUP__ANCHOR = eINSTANCE.getComparatorGroup_Anchor();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARATOR_GROUP__MEMBERS = eINSTANCE.getComparatorGroup_Members();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ScoringSchemeImpl <em>Scoring Scheme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ScoringSchemeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getScoringScheme()
		 * @generated
		 */
		EClass SCORING_SCHEME = eINSTANCE.getScoringScheme();

		/**
		 * The meta object literal for the '<em><b>Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__SCALES = eINSTANCE.getScoringScheme_Scales();

		/**
		 * The meta object literal for the '<em><b>Bandings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__BANDINGS = eINSTANCE.getScoringScheme_Bandings();

		/**
		 * The meta object literal for the '<em><b>Indicator Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__INDICATOR_RULES = eINSTANCE.getScoringScheme_IndicatorRules();

		/**
		 * The meta object literal for the '<em><b>Aggregations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__AGGREGATIONS = eINSTANCE.getScoringScheme_Aggregations();

		/**
		 * The meta object literal for the '<em><b>Rating Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__RATING_SCALE = eINSTANCE.getScoringScheme_RatingScale();

		/**
		 * The meta object literal for the '<em><b>Ranking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_SCHEME__RANKING = eINSTANCE.getScoringScheme_Ranking();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__SCENARIOS = eINSTANCE.getScoringScheme_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Treatments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__TREATMENTS = eINSTANCE.getScoringScheme_Treatments();

		/**
		 * The meta object literal for the '<em><b>Denominations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__DENOMINATIONS = eINSTANCE.getScoringScheme_Denominations();

		/**
		 * The meta object literal for the '<em><b>Imputations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__IMPUTATIONS = eINSTANCE.getScoringScheme_Imputations();

		/**
		 * The meta object literal for the '<em><b>Availability Screen</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_SCHEME__AVAILABILITY_SCREEN = eINSTANCE.getScoringScheme_AvailabilityScreen();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.OutlierTreatmentImpl <em>Outlier Treatment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.OutlierTreatmentImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getOutlierTreatment()
		 * @generated
		 */
		EClass OUTLIER_TREATMENT = eINSTANCE.getOutlierTreatment();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTLIER_TREATMENT__INDICATORS = eINSTANCE.getOutlierTreatment_Indicators();

		/**
		 * The meta object literal for the '<em><b>Winsorisation Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTLIER_TREATMENT__WINSORISATION_LIMIT = eINSTANCE.getOutlierTreatment_WinsorisationLimit();

		/**
		 * The meta object literal for the '<em><b>Skewness Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTLIER_TREATMENT__SKEWNESS_THRESHOLD = eINSTANCE.getOutlierTreatment_SkewnessThreshold();

		/**
		 * The meta object literal for the '<em><b>Kurtosis Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTLIER_TREATMENT__KURTOSIS_THRESHOLD = eINSTANCE.getOutlierTreatment_KurtosisThreshold();

		/**
		 * The meta object literal for the '<em><b>Transform</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTLIER_TREATMENT__TRANSFORM = eINSTANCE.getOutlierTreatment_Transform();

		/**
		 * The meta object literal for the '<em><b>Lambda</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTLIER_TREATMENT__LAMBDA = eINSTANCE.getOutlierTreatment_Lambda();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.DenominationImpl <em>Denomination</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.DenominationImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getDenomination()
		 * @generated
		 */
		EClass DENOMINATION = eINSTANCE.getDenomination();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DENOMINATION__INDICATORS = eINSTANCE.getDenomination_Indicators();

		/**
		 * The meta object literal for the '<em><b>Denominator Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DENOMINATION__DENOMINATOR_INDICATOR = eINSTANCE.getDenomination_DenominatorIndicator();

		/**
		 * The meta object literal for the '<em><b>Denominator Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENOMINATION__DENOMINATOR_COLUMN = eINSTANCE.getDenomination_DenominatorColumn();

		/**
		 * The meta object literal for the '<em><b>Multiplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DENOMINATION__MULTIPLIER = eINSTANCE.getDenomination_Multiplier();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ImputationImpl <em>Imputation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ImputationImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getImputation()
		 * @generated
		 */
		EClass IMPUTATION = eINSTANCE.getImputation();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPUTATION__INDICATORS = eINSTANCE.getImputation_Indicators();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPUTATION__METHOD = eINSTANCE.getImputation_Method();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPUTATION__COMPARATOR = eINSTANCE.getImputation_Comparator();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.AvailabilityScreenImpl <em>Availability Screen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.AvailabilityScreenImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getAvailabilityScreen()
		 * @generated
		 */
		EClass AVAILABILITY_SCREEN = eINSTANCE.getAvailabilityScreen();

		/**
		 * The meta object literal for the '<em><b>Minimum Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AVAILABILITY_SCREEN__MINIMUM_PERCENT = eINSTANCE.getAvailabilityScreen_MinimumPercent();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ScaleImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__LEVELS = eINSTANCE.getScale_Levels();

		/**
		 * The meta object literal for the '<em><b>Descriptors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__DESCRIPTORS = eINSTANCE.getScale_Descriptors();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ScaleLevelImpl <em>Scale Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ScaleLevelImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getScaleLevel()
		 * @generated
		 */
		EClass SCALE_LEVEL = eINSTANCE.getScaleLevel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE_LEVEL__VALUE = eINSTANCE.getScaleLevel_Value();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.DescriptorImpl <em>Descriptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.DescriptorImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getDescriptor()
		 * @generated
		 */
		EClass DESCRIPTOR = eINSTANCE.getDescriptor();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR__AREA = eINSTANCE.getDescriptor_Area();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR__LEVEL = eINSTANCE.getDescriptor_Level();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__TEXT = eINSTANCE.getDescriptor_Text();

		/**
		 * The meta object literal for the '<em><b>Includes Lower Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__INCLUDES_LOWER_LEVEL = eINSTANCE.getDescriptor_IncludesLowerLevel();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.BandingImpl <em>Banding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.BandingImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getBanding()
		 * @generated
		 */
		EClass BANDING = eINSTANCE.getBanding();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BANDING__SCALE = eINSTANCE.getBanding_Scale();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BANDING__STEP = eINSTANCE.getBanding_Step();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BANDING__BANDS = eINSTANCE.getBanding_Bands();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.BandImpl <em>Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.BandImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getBand()
		 * @generated
		 */
		EClass BAND = eINSTANCE.getBand();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__LOWER = eINSTANCE.getBand_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__UPPER = eINSTANCE.getBand_Upper();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BAND__LEVEL = eINSTANCE.getBand_Level();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.IndicatorRuleImpl <em>Indicator Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.IndicatorRuleImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getIndicatorRule()
		 * @generated
		 */
		EClass INDICATOR_RULE = eINSTANCE.getIndicatorRule();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_RULE__INDICATORS = eINSTANCE.getIndicatorRule_Indicators();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RULE__METHOD = eINSTANCE.getIndicatorRule_Method();

		/**
		 * The meta object literal for the '<em><b>Normalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RULE__NORMALISATION = eINSTANCE.getIndicatorRule_Normalisation();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_RULE__PARAMETERS = eINSTANCE.getIndicatorRule_Parameters();

		/**
		 * The meta object literal for the '<em><b>Banding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_RULE__BANDING = eINSTANCE.getIndicatorRule_Banding();

		/**
		 * The meta object literal for the '<em><b>Amber Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RULE__AMBER_TOLERANCE = eINSTANCE.getIndicatorRule_AmberTolerance();

		/**
		 * The meta object literal for the '<em><b>Green Tolerance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RULE__GREEN_TOLERANCE = eINSTANCE.getIndicatorRule_GreenTolerance();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RULE__COMPARATOR = eINSTANCE.getIndicatorRule_Comparator();

		/**
		 * The meta object literal for the '<em><b>Rounding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_RULE__ROUNDING = eINSTANCE.getIndicatorRule_Rounding();

		/**
		 * The meta object literal for the '<em><b>Missing Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_RULE__MISSING_DATA = eINSTANCE.getIndicatorRule_MissingData();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.AggregationRuleImpl <em>Aggregation Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.AggregationRuleImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getAggregationRule()
		 * @generated
		 */
		EClass AGGREGATION_RULE = eINSTANCE.getAggregationRule();

		/**
		 * The meta object literal for the '<em><b>Areas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__AREAS = eINSTANCE.getAggregationRule_Areas();

		/**
		 * The meta object literal for the '<em><b>Overall</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__OVERALL = eINSTANCE.getAggregationRule_Overall();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__INPUTS = eINSTANCE.getAggregationRule_Inputs();

		/**
		 * The meta object literal for the '<em><b>Input Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__INPUT_VALUE = eINSTANCE.getAggregationRule_InputValue();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__METHOD = eINSTANCE.getAggregationRule_Method();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__PARAMETERS = eINSTANCE.getAggregationRule_Parameters();

		/**
		 * The meta object literal for the '<em><b>Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__WEIGHTS = eINSTANCE.getAggregationRule_Weights();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__MAXIMUM = eINSTANCE.getAggregationRule_Maximum();

		/**
		 * The meta object literal for the '<em><b>Matrix</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__MATRIX = eINSTANCE.getAggregationRule_Matrix();

		/**
		 * The meta object literal for the '<em><b>Rounding</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__ROUNDING = eINSTANCE.getAggregationRule_Rounding();

		/**
		 * The meta object literal for the '<em><b>Banding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__BANDING = eINSTANCE.getAggregationRule_Banding();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__SCALE = eINSTANCE.getAggregationRule_Scale();

		/**
		 * The meta object literal for the '<em><b>Limiters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGGREGATION_RULE__LIMITERS = eINSTANCE.getAggregationRule_Limiters();

		/**
		 * The meta object literal for the '<em><b>Missing Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__MISSING_DATA = eINSTANCE.getAggregationRule_MissingData();

		/**
		 * The meta object literal for the '<em><b>Minimum Inputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__MINIMUM_INPUTS = eINSTANCE.getAggregationRule_MinimumInputs();

		/**
		 * The meta object literal for the '<em><b>Direct Value First</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGGREGATION_RULE__DIRECT_VALUE_FIRST = eINSTANCE.getAggregationRule_DirectValueFirst();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.WeightImpl <em>Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.WeightImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getWeight()
		 * @generated
		 */
		EClass WEIGHT = eINSTANCE.getWeight();

		/**
		 * The meta object literal for the '<em><b>Part</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEIGHT__PART = eINSTANCE.getWeight_Part();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT__PERCENT = eINSTANCE.getWeight_Percent();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.MethodParameterImpl <em>Method Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.MethodParameterImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getMethodParameter()
		 * @generated
		 */
		EClass METHOD_PARAMETER = eINSTANCE.getMethodParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_PARAMETER__NAME = eINSTANCE.getMethodParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_PARAMETER__VALUE = eINSTANCE.getMethodParameter_Value();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.RoundingImpl <em>Rounding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.RoundingImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getRounding()
		 * @generated
		 */
		EClass ROUNDING = eINSTANCE.getRounding();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUNDING__MODE = eINSTANCE.getRounding_Mode();

		/**
		 * The meta object literal for the '<em><b>Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUNDING__DECIMALS = eINSTANCE.getRounding_Decimals();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.RuleMatrixImpl <em>Rule Matrix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.RuleMatrixImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getRuleMatrix()
		 * @generated
		 */
		EClass RULE_MATRIX = eINSTANCE.getRuleMatrix();

		/**
		 * The meta object literal for the '<em><b>Row Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_MATRIX__ROW_NODE = eINSTANCE.getRuleMatrix_RowNode();

		/**
		 * The meta object literal for the '<em><b>Column Node</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_MATRIX__COLUMN_NODE = eINSTANCE.getRuleMatrix_ColumnNode();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_MATRIX__CELLS = eINSTANCE.getRuleMatrix_Cells();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.MatrixCellImpl <em>Matrix Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.MatrixCellImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getMatrixCell()
		 * @generated
		 */
		EClass MATRIX_CELL = eINSTANCE.getMatrixCell();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX_CELL__ROW = eINSTANCE.getMatrixCell_Row();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX_CELL__COLUMN = eINSTANCE.getMatrixCell_Column();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX_CELL__RESULT = eINSTANCE.getMatrixCell_Result();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.LimiterImpl <em>Limiter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.LimiterImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getLimiter()
		 * @generated
		 */
		EClass LIMITER = eINSTANCE.getLimiter();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMITER__CONDITION = eINSTANCE.getLimiter_Condition();

		/**
		 * The meta object literal for the '<em><b>At Or Below</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMITER__AT_OR_BELOW = eINSTANCE.getLimiter_AtOrBelow();

		/**
		 * The meta object literal for the '<em><b>Cap</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LIMITER__CAP = eINSTANCE.getLimiter_Cap();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ScenarioImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__CHANGES = eINSTANCE.getScenario_Changes();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.SchemeChangeImpl <em>Scheme Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.SchemeChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getSchemeChange()
		 * @generated
		 */
		EClass SCHEME_CHANGE = eINSTANCE.getSchemeChange();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.WeightChangeImpl <em>Weight Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.WeightChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getWeightChange()
		 * @generated
		 */
		EClass WEIGHT_CHANGE = eINSTANCE.getWeightChange();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEIGHT_CHANGE__RULE = eINSTANCE.getWeightChange_Rule();

		/**
		 * The meta object literal for the '<em><b>Part</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WEIGHT_CHANGE__PART = eINSTANCE.getWeightChange_Part();

		/**
		 * The meta object literal for the '<em><b>Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHT_CHANGE__PERCENT = eINSTANCE.getWeightChange_Percent();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.MethodChangeImpl <em>Method Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.MethodChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getMethodChange()
		 * @generated
		 */
		EClass METHOD_CHANGE = eINSTANCE.getMethodChange();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METHOD_CHANGE__RULE = eINSTANCE.getMethodChange_Rule();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METHOD_CHANGE__METHOD = eINSTANCE.getMethodChange_Method();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.MissingDataChangeImpl <em>Missing Data Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.MissingDataChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getMissingDataChange()
		 * @generated
		 */
		EClass MISSING_DATA_CHANGE = eINSTANCE.getMissingDataChange();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MISSING_DATA_CHANGE__RULE = eINSTANCE.getMissingDataChange_Rule();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MISSING_DATA_CHANGE__POLICY = eINSTANCE.getMissingDataChange_Policy();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.NormalisationChangeImpl <em>Normalisation Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.NormalisationChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getNormalisationChange()
		 * @generated
		 */
		EClass NORMALISATION_CHANGE = eINSTANCE.getNormalisationChange();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NORMALISATION_CHANGE__RULE = eINSTANCE.getNormalisationChange_Rule();

		/**
		 * The meta object literal for the '<em><b>Normalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NORMALISATION_CHANGE__NORMALISATION = eINSTANCE.getNormalisationChange_Normalisation();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.BandChangeImpl <em>Band Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.BandChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getBandChange()
		 * @generated
		 */
		EClass BAND_CHANGE = eINSTANCE.getBandChange();

		/**
		 * The meta object literal for the '<em><b>Band</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BAND_CHANGE__BAND = eINSTANCE.getBandChange_Band();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND_CHANGE__LOWER = eINSTANCE.getBandChange_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND_CHANGE__UPPER = eINSTANCE.getBandChange_Upper();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.TargetChangeImpl <em>Target Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.TargetChangeImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getTargetChange()
		 * @generated
		 */
		EClass TARGET_CHANGE = eINSTANCE.getTargetChange();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_CHANGE__INDICATOR = eINSTANCE.getTargetChange_Indicator();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_CHANGE__TARGET = eINSTANCE.getTargetChange_Target();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.DataSetImpl <em>Data Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.DataSetImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getDataSet()
		 * @generated
		 */
		EClass DATA_SET = eINSTANCE.getDataSet();

		/**
		 * The meta object literal for the '<em><b>Councils</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SET__COUNCILS = eINSTANCE.getDataSet_Councils();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SET__OBSERVATIONS = eINSTANCE.getDataSet_Observations();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__FREQUENCY = eINSTANCE.getDataSet_Frequency();

		/**
		 * The meta object literal for the '<em><b>Year Start Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SET__YEAR_START_MONTH = eINSTANCE.getDataSet_YearStartMonth();

		/**
		 * The meta object literal for the '<em><b>Comparator Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SET__COMPARATOR_GROUPS = eINSTANCE.getDataSet_ComparatorGroups();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.CouncilImpl <em>Council</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.CouncilImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getCouncil()
		 * @generated
		 */
		EClass COUNCIL = eINSTANCE.getCouncil();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNCIL__REGION = eINSTANCE.getCouncil_Region();

		/**
		 * The meta object literal for the '<em><b>Council Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COUNCIL__COUNCIL_TYPE = eINSTANCE.getCouncil_CouncilType();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COUNCIL__POPULATION = eINSTANCE.getCouncil_Population();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.PopulationCountImpl <em>Population Count</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.PopulationCountImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getPopulationCount()
		 * @generated
		 */
		EClass POPULATION_COUNT = eINSTANCE.getPopulationCount();

		/**
		 * The meta object literal for the '<em><b>Age Band</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_COUNT__AGE_BAND = eINSTANCE.getPopulationCount_AgeBand();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POPULATION_COUNT__COUNT = eINSTANCE.getPopulationCount_Count();

		/**
		 * The meta object literal for the '{@link org.framewright.model.impl.ObservationImpl <em>Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.impl.ObservationImpl
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getObservation()
		 * @generated
		 */
		EClass OBSERVATION = eINSTANCE.getObservation();

		/**
		 * The meta object literal for the '<em><b>Council</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBSERVATION__COUNCIL = eINSTANCE.getObservation_Council();

		/**
		 * The meta object literal for the '<em><b>Node Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__NODE_ID = eINSTANCE.getObservation_NodeId();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__PERIOD = eINSTANCE.getObservation_Period();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__GROUP = eINSTANCE.getObservation_Group();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__CATEGORY = eINSTANCE.getObservation_Category();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__VALUE = eINSTANCE.getObservation_Value();

		/**
		 * The meta object literal for the '<em><b>Missing Marker</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__MISSING_MARKER = eINSTANCE.getObservation_MissingMarker();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBSERVATION__SOURCE_LINE = eINSTANCE.getObservation_SourceLine();

		/**
		 * The meta object literal for the '{@link org.framewright.model.ProvenanceStatus <em>Provenance Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.ProvenanceStatus
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getProvenanceStatus()
		 * @generated
		 */
		EEnum PROVENANCE_STATUS = eINSTANCE.getProvenanceStatus();

		/**
		 * The meta object literal for the '{@link org.framewright.model.FrameworkStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.FrameworkStatus
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getFrameworkStatus()
		 * @generated
		 */
		EEnum FRAMEWORK_STATUS = eINSTANCE.getFrameworkStatus();

		/**
		 * The meta object literal for the '{@link org.framewright.model.EvidenceItemKind <em>Evidence Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.EvidenceItemKind
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getEvidenceItemKind()
		 * @generated
		 */
		EEnum EVIDENCE_ITEM_KIND = eINSTANCE.getEvidenceItemKind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.StatementKind <em>Statement Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.StatementKind
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getStatementKind()
		 * @generated
		 */
		EEnum STATEMENT_KIND = eINSTANCE.getStatementKind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.DisaggregationKind <em>Disaggregation Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.DisaggregationKind
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getDisaggregationKind()
		 * @generated
		 */
		EEnum DISAGGREGATION_KIND = eINSTANCE.getDisaggregationKind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.LogicElementKind <em>Logic Element Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.LogicElementKind
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getLogicElementKind()
		 * @generated
		 */
		EEnum LOGIC_ELEMENT_KIND = eINSTANCE.getLogicElementKind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.PeriodAggregation <em>Period Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.PeriodAggregation
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getPeriodAggregation()
		 * @generated
		 */
		EEnum PERIOD_AGGREGATION = eINSTANCE.getPeriodAggregation();

		/**
		 * The meta object literal for the '{@link org.framewright.model.Unit <em>Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.Unit
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getUnit()
		 * @generated
		 */
		EEnum UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '{@link org.framewright.model.Polarity <em>Polarity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.Polarity
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getPolarity()
		 * @generated
		 */
		EEnum POLARITY = eINSTANCE.getPolarity();

		/**
		 * The meta object literal for the '{@link org.framewright.model.DataSource <em>Data Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.DataSource
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getDataSource()
		 * @generated
		 */
		EEnum DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '{@link org.framewright.model.Frequency <em>Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.Frequency
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getFrequency()
		 * @generated
		 */
		EEnum FREQUENCY = eINSTANCE.getFrequency();

		/**
		 * The meta object literal for the '{@link org.framewright.model.LineageKind <em>Lineage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.LineageKind
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getLineageKind()
		 * @generated
		 */
		EEnum LINEAGE_KIND = eINSTANCE.getLineageKind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.ComparatorKind <em>Comparator Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.ComparatorKind
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getComparatorKind()
		 * @generated
		 */
		EEnum COMPARATOR_KIND = eINSTANCE.getComparatorKind();

		/**
		 * The meta object literal for the '{@link org.framewright.model.OutlierTransform <em>Outlier Transform</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.OutlierTransform
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getOutlierTransform()
		 * @generated
		 */
		EEnum OUTLIER_TRANSFORM = eINSTANCE.getOutlierTransform();

		/**
		 * The meta object literal for the '{@link org.framewright.model.ImputationMethod <em>Imputation Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.ImputationMethod
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getImputationMethod()
		 * @generated
		 */
		EEnum IMPUTATION_METHOD = eINSTANCE.getImputationMethod();

		/**
		 * The meta object literal for the '{@link org.framewright.model.RankingOrder <em>Ranking Order</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.RankingOrder
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getRankingOrder()
		 * @generated
		 */
		EEnum RANKING_ORDER = eINSTANCE.getRankingOrder();

		/**
		 * The meta object literal for the '{@link org.framewright.model.InputSelection <em>Input Selection</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.InputSelection
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getInputSelection()
		 * @generated
		 */
		EEnum INPUT_SELECTION = eINSTANCE.getInputSelection();

		/**
		 * The meta object literal for the '{@link org.framewright.model.InputValue <em>Input Value</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.InputValue
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getInputValue()
		 * @generated
		 */
		EEnum INPUT_VALUE = eINSTANCE.getInputValue();

		/**
		 * The meta object literal for the '{@link org.framewright.model.RoundingMode <em>Rounding Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.RoundingMode
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getRoundingMode()
		 * @generated
		 */
		EEnum ROUNDING_MODE = eINSTANCE.getRoundingMode();

		/**
		 * The meta object literal for the '{@link org.framewright.model.MissingDataPolicy <em>Missing Data Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.framewright.model.MissingDataPolicy
		 * @see org.framewright.model.impl.FrameworkPackageImpl#getMissingDataPolicy()
		 * @generated
		 */
		EEnum MISSING_DATA_POLICY = eINSTANCE.getMissingDataPolicy();

	}

} //FrameworkPackage
