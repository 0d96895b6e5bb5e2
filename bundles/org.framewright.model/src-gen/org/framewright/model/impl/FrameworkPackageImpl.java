/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.AvailabilityScreen;
import org.framewright.model.Band;
import org.framewright.model.BandChange;
import org.framewright.model.Banding;
import org.framewright.model.Classification;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.DataSource;
import org.framewright.model.Denomination;
import org.framewright.model.Disaggregation;
import org.framewright.model.DisaggregationKind;
import org.framewright.model.EvidenceCategory;
import org.framewright.model.EvidenceItem;
import org.framewright.model.EvidenceItemKind;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.FrameworkStatus;
import org.framewright.model.Frequency;
import org.framewright.model.Imputation;
import org.framewright.model.ImputationMethod;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.InputSelection;
import org.framewright.model.InputValue;
import org.framewright.model.LeadsTo;
import org.framewright.model.Limiter;
import org.framewright.model.LineageKind;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.model.MatrixCell;
import org.framewright.model.MethodChange;
import org.framewright.model.MethodParameter;
import org.framewright.model.MissingDataChange;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.ModelElement;
import org.framewright.model.NormalisationChange;
import org.framewright.model.Observation;
import org.framewright.model.OutlierTransform;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.PeriodAggregation;
import org.framewright.model.PeriodTarget;
import org.framewright.model.Polarity;
import org.framewright.model.PopulationCount;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.RankingOrder;
import org.framewright.model.Rounding;
import org.framewright.model.RoundingMode;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.Scenario;
import org.framewright.model.SchemeChange;
import org.framewright.model.ScoringScheme;
import org.framewright.model.SourceDocument;
import org.framewright.model.Statement;
import org.framewright.model.StatementKind;
import org.framewright.model.TargetChange;
import org.framewright.model.Unit;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FrameworkPackageImpl extends EPackageImpl implements FrameworkPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass provenanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frameworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass areaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass classificationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass classificationGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass disaggregationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logicModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass logicElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leadsToEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass periodTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparatorGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoringSchemeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass outlierTreatmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass denominationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imputationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass availabilityScreenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleLevelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass descriptorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bandingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aggregationRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass weightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass methodParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roundingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleMatrixEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass matrixCellEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass limiterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass schemeChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass weightChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass methodChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass missingDataChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass normalisationChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bandChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetChangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass councilEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass populationCountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass observationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum provenanceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frameworkStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceItemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statementKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum disaggregationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum logicElementKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum periodAggregationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum polarityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparatorKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum outlierTransformEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum imputationMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum rankingOrderEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputSelectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum inputValueEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roundingModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum missingDataPolicyEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.framewright.model.FrameworkPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FrameworkPackageImpl() {
		super(eNS_URI, FrameworkFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FrameworkPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FrameworkPackage init() {
		if (isInited) return (FrameworkPackage)EPackage.Registry.INSTANCE.getEPackage(FrameworkPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFrameworkPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FrameworkPackageImpl theFrameworkPackage = registeredFrameworkPackage instanceof FrameworkPackageImpl ? (FrameworkPackageImpl)registeredFrameworkPackage : new FrameworkPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFrameworkPackage.createPackageContents();

		// Initialize created meta-data
		theFrameworkPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFrameworkPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FrameworkPackage.eNS_URI, theFrameworkPackage);
		return theFrameworkPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelElement() {
		return modelElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Id() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Name() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModelElement_Description() {
		return (EAttribute)modelElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getModelElement_Provenance() {
		return (EReference)modelElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProvenance() {
		return provenanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Attribute() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Source() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Location() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Quote() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Status() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProvenance_Reason() {
		return (EAttribute)provenanceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceDocument() {
		return sourceDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceDocument_Citation() {
		return (EAttribute)sourceDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFramework() {
		return frameworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Version() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Status() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Publisher() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_Source() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_SourceDocuments() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_BasedOn() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFramework_LevelNames() {
		return (EAttribute)frameworkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Areas() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Classifications() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Indicators() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Disaggregations() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_EvidenceCategories() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFramework_Schemes() {
		return (EReference)frameworkEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArea() {
		return areaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_Children() {
		return (EReference)areaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_Statements() {
		return (EReference)areaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArea_CareActSections() {
		return (EAttribute)areaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_Indicators() {
		return (EReference)areaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_ClassifiedAs() {
		return (EReference)areaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_LogicModel() {
		return (EReference)areaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getArea_EvidenceItems() {
		return (EReference)areaEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceItem() {
		return evidenceItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Kind() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidenceItem_Category() {
		return (EReference)evidenceItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceItem_Text() {
		return (EAttribute)evidenceItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatement() {
		return statementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Kind() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatement_Text() {
		return (EAttribute)statementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClassification() {
		return classificationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClassification_Groups() {
		return (EReference)classificationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClassificationGroup() {
		return classificationGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClassificationGroup_Members() {
		return (EReference)classificationGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDisaggregation() {
		return disaggregationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDisaggregation_Kind() {
		return (EAttribute)disaggregationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceCategory() {
		return evidenceCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogicModel() {
		return logicModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogicModel_Elements() {
		return (EReference)logicModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogicModel_Links() {
		return (EReference)logicModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLogicElement() {
		return logicElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLogicElement_Kind() {
		return (EAttribute)logicElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLogicElement_Indicators() {
		return (EReference)logicElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLeadsTo() {
		return leadsToEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLeadsTo_Source() {
		return (EReference)leadsToEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLeadsTo_Target() {
		return (EReference)leadsToEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Definition() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Numerator() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Denominator() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_UnitDetail() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Polarity() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Source() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_SourceDetail() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Disaggregations() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Frequency() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Lineage() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_PredecessorIds() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_LineageNote() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Target() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetNote() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Comparators() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_PeriodAggregation() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_NumeratorId() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_DenominatorId() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_TargetProfile() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPeriodTarget() {
		return periodTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodTarget_Period() {
		return (EAttribute)periodTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPeriodTarget_Target() {
		return (EAttribute)periodTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparatorGroup() {
		return comparatorGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparatorGroup_Kind() {
		return (EAttribute)comparatorGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparatorGroup_Anchor() {
		return (EAttribute)comparatorGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparatorGroup_Members() {
		return (EAttribute)comparatorGroupEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoringScheme() {
		return scoringSchemeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Scales() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Bandings() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_IndicatorRules() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Aggregations() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_RatingScale() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringScheme_Ranking() {
		return (EAttribute)scoringSchemeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Scenarios() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Treatments() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Denominations() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_Imputations() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringScheme_AvailabilityScreen() {
		return (EReference)scoringSchemeEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOutlierTreatment() {
		return outlierTreatmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOutlierTreatment_Indicators() {
		return (EReference)outlierTreatmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutlierTreatment_WinsorisationLimit() {
		return (EAttribute)outlierTreatmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutlierTreatment_SkewnessThreshold() {
		return (EAttribute)outlierTreatmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutlierTreatment_KurtosisThreshold() {
		return (EAttribute)outlierTreatmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutlierTreatment_Transform() {
		return (EAttribute)outlierTreatmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOutlierTreatment_Lambda() {
		return (EAttribute)outlierTreatmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDenomination() {
		return denominationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDenomination_Indicators() {
		return (EReference)denominationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDenomination_DenominatorIndicator() {
		return (EReference)denominationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDenomination_DenominatorColumn() {
		return (EAttribute)denominationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDenomination_Multiplier() {
		return (EAttribute)denominationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImputation() {
		return imputationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getImputation_Indicators() {
		return (EReference)imputationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImputation_Method() {
		return (EAttribute)imputationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImputation_Comparator() {
		return (EAttribute)imputationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAvailabilityScreen() {
		return availabilityScreenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAvailabilityScreen_MinimumPercent() {
		return (EAttribute)availabilityScreenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScale() {
		return scaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScale_Levels() {
		return (EReference)scaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScale_Descriptors() {
		return (EReference)scaleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScaleLevel() {
		return scaleLevelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScaleLevel_Value() {
		return (EAttribute)scaleLevelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDescriptor() {
		return descriptorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDescriptor_Area() {
		return (EReference)descriptorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDescriptor_Level() {
		return (EReference)descriptorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_Text() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDescriptor_IncludesLowerLevel() {
		return (EAttribute)descriptorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBanding() {
		return bandingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBanding_Scale() {
		return (EReference)bandingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBanding_Step() {
		return (EAttribute)bandingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBanding_Bands() {
		return (EReference)bandingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBand() {
		return bandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBand_Lower() {
		return (EAttribute)bandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBand_Upper() {
		return (EAttribute)bandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBand_Level() {
		return (EReference)bandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorRule() {
		return indicatorRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorRule_Indicators() {
		return (EReference)indicatorRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorRule_Method() {
		return (EAttribute)indicatorRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorRule_Normalisation() {
		return (EAttribute)indicatorRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorRule_Parameters() {
		return (EReference)indicatorRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorRule_Banding() {
		return (EReference)indicatorRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorRule_AmberTolerance() {
		return (EAttribute)indicatorRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorRule_GreenTolerance() {
		return (EAttribute)indicatorRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorRule_Comparator() {
		return (EAttribute)indicatorRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorRule_Rounding() {
		return (EReference)indicatorRuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorRule_MissingData() {
		return (EAttribute)indicatorRuleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAggregationRule() {
		return aggregationRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Areas() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_Overall() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_Inputs() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_InputValue() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_Method() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Parameters() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Weights() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_Maximum() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Matrix() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Rounding() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Banding() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Scale() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAggregationRule_Limiters() {
		return (EReference)aggregationRuleEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_MissingData() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_MinimumInputs() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAggregationRule_DirectValueFirst() {
		return (EAttribute)aggregationRuleEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWeight() {
		return weightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWeight_Part() {
		return (EReference)weightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeight_Percent() {
		return (EAttribute)weightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMethodParameter() {
		return methodParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodParameter_Name() {
		return (EAttribute)methodParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodParameter_Value() {
		return (EAttribute)methodParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRounding() {
		return roundingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRounding_Mode() {
		return (EAttribute)roundingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRounding_Decimals() {
		return (EAttribute)roundingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleMatrix() {
		return ruleMatrixEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleMatrix_RowNode() {
		return (EReference)ruleMatrixEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleMatrix_ColumnNode() {
		return (EReference)ruleMatrixEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleMatrix_Cells() {
		return (EReference)ruleMatrixEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMatrixCell() {
		return matrixCellEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMatrixCell_Row() {
		return (EReference)matrixCellEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMatrixCell_Column() {
		return (EReference)matrixCellEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMatrixCell_Result() {
		return (EReference)matrixCellEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLimiter() {
		return limiterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimiter_Condition() {
		return (EReference)limiterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimiter_AtOrBelow() {
		return (EReference)limiterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLimiter_Cap() {
		return (EReference)limiterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario() {
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Changes() {
		return (EReference)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSchemeChange() {
		return schemeChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWeightChange() {
		return weightChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWeightChange_Rule() {
		return (EReference)weightChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWeightChange_Part() {
		return (EReference)weightChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeightChange_Percent() {
		return (EAttribute)weightChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMethodChange() {
		return methodChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMethodChange_Rule() {
		return (EReference)methodChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMethodChange_Method() {
		return (EAttribute)methodChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMissingDataChange() {
		return missingDataChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMissingDataChange_Rule() {
		return (EReference)missingDataChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMissingDataChange_Policy() {
		return (EAttribute)missingDataChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNormalisationChange() {
		return normalisationChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNormalisationChange_Rule() {
		return (EReference)normalisationChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNormalisationChange_Normalisation() {
		return (EAttribute)normalisationChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBandChange() {
		return bandChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBandChange_Band() {
		return (EReference)bandChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBandChange_Lower() {
		return (EAttribute)bandChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBandChange_Upper() {
		return (EAttribute)bandChangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetChange() {
		return targetChangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTargetChange_Indicator() {
		return (EReference)targetChangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetChange_Target() {
		return (EAttribute)targetChangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSet() {
		return dataSetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSet_Councils() {
		return (EReference)dataSetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSet_Observations() {
		return (EReference)dataSetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_Frequency() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSet_YearStartMonth() {
		return (EAttribute)dataSetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSet_ComparatorGroups() {
		return (EReference)dataSetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCouncil() {
		return councilEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCouncil_Region() {
		return (EAttribute)councilEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCouncil_CouncilType() {
		return (EAttribute)councilEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCouncil_Population() {
		return (EReference)councilEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPopulationCount() {
		return populationCountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationCount_AgeBand() {
		return (EAttribute)populationCountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPopulationCount_Count() {
		return (EAttribute)populationCountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObservation() {
		return observationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObservation_Council() {
		return (EReference)observationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_NodeId() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Period() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Group() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Category() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_Value() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_MissingMarker() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObservation_SourceLine() {
		return (EAttribute)observationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProvenanceStatus() {
		return provenanceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrameworkStatus() {
		return frameworkStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceItemKind() {
		return evidenceItemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatementKind() {
		return statementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDisaggregationKind() {
		return disaggregationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLogicElementKind() {
		return logicElementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeriodAggregation() {
		return periodAggregationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnit() {
		return unitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPolarity() {
		return polarityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataSource() {
		return dataSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrequency() {
		return frequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineageKind() {
		return lineageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparatorKind() {
		return comparatorKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOutlierTransform() {
		return outlierTransformEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImputationMethod() {
		return imputationMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRankingOrder() {
		return rankingOrderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputSelection() {
		return inputSelectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInputValue() {
		return inputValueEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoundingMode() {
		return roundingModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMissingDataPolicy() {
		return missingDataPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkFactory getFrameworkFactory() {
		return (FrameworkFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		modelElementEClass = createEClass(MODEL_ELEMENT);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__ID);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__NAME);
		createEAttribute(modelElementEClass, MODEL_ELEMENT__DESCRIPTION);
		createEReference(modelElementEClass, MODEL_ELEMENT__PROVENANCE);

		provenanceEClass = createEClass(PROVENANCE);
		createEAttribute(provenanceEClass, PROVENANCE__ATTRIBUTE);
		createEAttribute(provenanceEClass, PROVENANCE__SOURCE);
		createEAttribute(provenanceEClass, PROVENANCE__LOCATION);
		createEAttribute(provenanceEClass, PROVENANCE__QUOTE);
		createEAttribute(provenanceEClass, PROVENANCE__STATUS);
		createEAttribute(provenanceEClass, PROVENANCE__REASON);

		sourceDocumentEClass = createEClass(SOURCE_DOCUMENT);
		createEAttribute(sourceDocumentEClass, SOURCE_DOCUMENT__CITATION);

		frameworkEClass = createEClass(FRAMEWORK);
		createEAttribute(frameworkEClass, FRAMEWORK__VERSION);
		createEAttribute(frameworkEClass, FRAMEWORK__STATUS);
		createEAttribute(frameworkEClass, FRAMEWORK__PUBLISHER);
		createEAttribute(frameworkEClass, FRAMEWORK__SOURCE);
		createEReference(frameworkEClass, FRAMEWORK__SOURCE_DOCUMENTS);
		createEReference(frameworkEClass, FRAMEWORK__BASED_ON);
		createEAttribute(frameworkEClass, FRAMEWORK__LEVEL_NAMES);
		createEReference(frameworkEClass, FRAMEWORK__AREAS);
		createEReference(frameworkEClass, FRAMEWORK__CLASSIFICATIONS);
		createEReference(frameworkEClass, FRAMEWORK__INDICATORS);
		createEReference(frameworkEClass, FRAMEWORK__DISAGGREGATIONS);
		createEReference(frameworkEClass, FRAMEWORK__EVIDENCE_CATEGORIES);
		createEReference(frameworkEClass, FRAMEWORK__SCHEMES);

		areaEClass = createEClass(AREA);
		createEReference(areaEClass, AREA__CHILDREN);
		createEReference(areaEClass, AREA__STATEMENTS);
		createEAttribute(areaEClass, AREA__CARE_ACT_SECTIONS);
		createEReference(areaEClass, AREA__INDICATORS);
		createEReference(areaEClass, AREA__CLASSIFIED_AS);
		createEReference(areaEClass, AREA__LOGIC_MODEL);
		createEReference(areaEClass, AREA__EVIDENCE_ITEMS);

		evidenceItemEClass = createEClass(EVIDENCE_ITEM);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__KIND);
		createEReference(evidenceItemEClass, EVIDENCE_ITEM__CATEGORY);
		createEAttribute(evidenceItemEClass, EVIDENCE_ITEM__TEXT);

		statementEClass = createEClass(STATEMENT);
		createEAttribute(statementEClass, STATEMENT__KIND);
		createEAttribute(statementEClass, STATEMENT__TEXT);

		classificationEClass = createEClass(CLASSIFICATION);
		createEReference(classificationEClass, CLASSIFICATION__GROUPS);

		classificationGroupEClass = createEClass(CLASSIFICATION_GROUP);
		createEReference(classificationGroupEClass, CLASSIFICATION_GROUP__MEMBERS);

		disaggregationEClass = createEClass(DISAGGREGATION);
		createEAttribute(disaggregationEClass, DISAGGREGATION__KIND);

		evidenceCategoryEClass = createEClass(EVIDENCE_CATEGORY);

		logicModelEClass = createEClass(LOGIC_MODEL);
		createEReference(logicModelEClass, LOGIC_MODEL__ELEMENTS);
		createEReference(logicModelEClass, LOGIC_MODEL__LINKS);

		logicElementEClass = createEClass(LOGIC_ELEMENT);
		createEAttribute(logicElementEClass, LOGIC_ELEMENT__KIND);
		createEReference(logicElementEClass, LOGIC_ELEMENT__INDICATORS);

		leadsToEClass = createEClass(LEADS_TO);
		createEReference(leadsToEClass, LEADS_TO__SOURCE);
		createEReference(leadsToEClass, LEADS_TO__TARGET);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__DEFINITION);
		createEAttribute(indicatorEClass, INDICATOR__NUMERATOR);
		createEAttribute(indicatorEClass, INDICATOR__DENOMINATOR);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__UNIT_DETAIL);
		createEAttribute(indicatorEClass, INDICATOR__POLARITY);
		createEAttribute(indicatorEClass, INDICATOR__SOURCE);
		createEAttribute(indicatorEClass, INDICATOR__SOURCE_DETAIL);
		createEReference(indicatorEClass, INDICATOR__DISAGGREGATIONS);
		createEAttribute(indicatorEClass, INDICATOR__FREQUENCY);
		createEAttribute(indicatorEClass, INDICATOR__LINEAGE);
		createEAttribute(indicatorEClass, INDICATOR__PREDECESSOR_IDS);
		createEAttribute(indicatorEClass, INDICATOR__LINEAGE_NOTE);
		createEAttribute(indicatorEClass, INDICATOR__TARGET);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_NOTE);
		createEAttribute(indicatorEClass, INDICATOR__COMPARATORS);
		createEAttribute(indicatorEClass, INDICATOR__PERIOD_AGGREGATION);
		createEAttribute(indicatorEClass, INDICATOR__NUMERATOR_ID);
		createEAttribute(indicatorEClass, INDICATOR__DENOMINATOR_ID);
		createEReference(indicatorEClass, INDICATOR__TARGET_PROFILE);

		periodTargetEClass = createEClass(PERIOD_TARGET);
		createEAttribute(periodTargetEClass, PERIOD_TARGET__PERIOD);
		createEAttribute(periodTargetEClass, PERIOD_TARGET__TARGET);

		comparatorGroupEClass = createEClass(COMPARATOR_GROUP);
		createEAttribute(comparatorGroupEClass, COMPARATOR_GROUP__KIND);
		createEAttribute(comparatorGroupEClass, COMPARATOR_GROUP__ANCHOR);
		createEAttribute(comparatorGroupEClass, COMPARATOR_GROUP__MEMBERS);

		scoringSchemeEClass = createEClass(SCORING_SCHEME);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__SCALES);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__BANDINGS);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__INDICATOR_RULES);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__AGGREGATIONS);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__RATING_SCALE);
		createEAttribute(scoringSchemeEClass, SCORING_SCHEME__RANKING);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__SCENARIOS);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__TREATMENTS);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__DENOMINATIONS);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__IMPUTATIONS);
		createEReference(scoringSchemeEClass, SCORING_SCHEME__AVAILABILITY_SCREEN);

		outlierTreatmentEClass = createEClass(OUTLIER_TREATMENT);
		createEReference(outlierTreatmentEClass, OUTLIER_TREATMENT__INDICATORS);
		createEAttribute(outlierTreatmentEClass, OUTLIER_TREATMENT__WINSORISATION_LIMIT);
		createEAttribute(outlierTreatmentEClass, OUTLIER_TREATMENT__SKEWNESS_THRESHOLD);
		createEAttribute(outlierTreatmentEClass, OUTLIER_TREATMENT__KURTOSIS_THRESHOLD);
		createEAttribute(outlierTreatmentEClass, OUTLIER_TREATMENT__TRANSFORM);
		createEAttribute(outlierTreatmentEClass, OUTLIER_TREATMENT__LAMBDA);

		denominationEClass = createEClass(DENOMINATION);
		createEReference(denominationEClass, DENOMINATION__INDICATORS);
		createEReference(denominationEClass, DENOMINATION__DENOMINATOR_INDICATOR);
		createEAttribute(denominationEClass, DENOMINATION__DENOMINATOR_COLUMN);
		createEAttribute(denominationEClass, DENOMINATION__MULTIPLIER);

		imputationEClass = createEClass(IMPUTATION);
		createEReference(imputationEClass, IMPUTATION__INDICATORS);
		createEAttribute(imputationEClass, IMPUTATION__METHOD);
		createEAttribute(imputationEClass, IMPUTATION__COMPARATOR);

		availabilityScreenEClass = createEClass(AVAILABILITY_SCREEN);
		createEAttribute(availabilityScreenEClass, AVAILABILITY_SCREEN__MINIMUM_PERCENT);

		scaleEClass = createEClass(SCALE);
		createEReference(scaleEClass, SCALE__LEVELS);
		createEReference(scaleEClass, SCALE__DESCRIPTORS);

		scaleLevelEClass = createEClass(SCALE_LEVEL);
		createEAttribute(scaleLevelEClass, SCALE_LEVEL__VALUE);

		descriptorEClass = createEClass(DESCRIPTOR);
		createEReference(descriptorEClass, DESCRIPTOR__AREA);
		createEReference(descriptorEClass, DESCRIPTOR__LEVEL);
		createEAttribute(descriptorEClass, DESCRIPTOR__TEXT);
		createEAttribute(descriptorEClass, DESCRIPTOR__INCLUDES_LOWER_LEVEL);

		bandingEClass = createEClass(BANDING);
		createEReference(bandingEClass, BANDING__SCALE);
		createEAttribute(bandingEClass, BANDING__STEP);
		createEReference(bandingEClass, BANDING__BANDS);

		bandEClass = createEClass(BAND);
		createEAttribute(bandEClass, BAND__LOWER);
		createEAttribute(bandEClass, BAND__UPPER);
		createEReference(bandEClass, BAND__LEVEL);

		indicatorRuleEClass = createEClass(INDICATOR_RULE);
		createEReference(indicatorRuleEClass, INDICATOR_RULE__INDICATORS);
		createEAttribute(indicatorRuleEClass, INDICATOR_RULE__METHOD);
		createEAttribute(indicatorRuleEClass, INDICATOR_RULE__NORMALISATION);
		createEReference(indicatorRuleEClass, INDICATOR_RULE__PARAMETERS);
		createEReference(indicatorRuleEClass, INDICATOR_RULE__BANDING);
		createEAttribute(indicatorRuleEClass, INDICATOR_RULE__AMBER_TOLERANCE);
		createEAttribute(indicatorRuleEClass, INDICATOR_RULE__GREEN_TOLERANCE);
		createEAttribute(indicatorRuleEClass, INDICATOR_RULE__COMPARATOR);
		createEReference(indicatorRuleEClass, INDICATOR_RULE__ROUNDING);
		createEAttribute(indicatorRuleEClass, INDICATOR_RULE__MISSING_DATA);

		aggregationRuleEClass = createEClass(AGGREGATION_RULE);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__AREAS);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__OVERALL);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__INPUTS);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__INPUT_VALUE);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__METHOD);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__PARAMETERS);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__WEIGHTS);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__MAXIMUM);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__MATRIX);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__ROUNDING);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__BANDING);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__SCALE);
		createEReference(aggregationRuleEClass, AGGREGATION_RULE__LIMITERS);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__MISSING_DATA);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__MINIMUM_INPUTS);
		createEAttribute(aggregationRuleEClass, AGGREGATION_RULE__DIRECT_VALUE_FIRST);

		weightEClass = createEClass(WEIGHT);
		createEReference(weightEClass, WEIGHT__PART);
		createEAttribute(weightEClass, WEIGHT__PERCENT);

		methodParameterEClass = createEClass(METHOD_PARAMETER);
		createEAttribute(methodParameterEClass, METHOD_PARAMETER__NAME);
		createEAttribute(methodParameterEClass, METHOD_PARAMETER__VALUE);

		roundingEClass = createEClass(ROUNDING);
		createEAttribute(roundingEClass, ROUNDING__MODE);
		createEAttribute(roundingEClass, ROUNDING__DECIMALS);

		ruleMatrixEClass = createEClass(RULE_MATRIX);
		createEReference(ruleMatrixEClass, RULE_MATRIX__ROW_NODE);
		createEReference(ruleMatrixEClass, RULE_MATRIX__COLUMN_NODE);
		createEReference(ruleMatrixEClass, RULE_MATRIX__CELLS);

		matrixCellEClass = createEClass(MATRIX_CELL);
		createEReference(matrixCellEClass, MATRIX_CELL__ROW);
		createEReference(matrixCellEClass, MATRIX_CELL__COLUMN);
		createEReference(matrixCellEClass, MATRIX_CELL__RESULT);

		limiterEClass = createEClass(LIMITER);
		createEReference(limiterEClass, LIMITER__CONDITION);
		createEReference(limiterEClass, LIMITER__AT_OR_BELOW);
		createEReference(limiterEClass, LIMITER__CAP);

		scenarioEClass = createEClass(SCENARIO);
		createEReference(scenarioEClass, SCENARIO__CHANGES);

		schemeChangeEClass = createEClass(SCHEME_CHANGE);

		weightChangeEClass = createEClass(WEIGHT_CHANGE);
		createEReference(weightChangeEClass, WEIGHT_CHANGE__RULE);
		createEReference(weightChangeEClass, WEIGHT_CHANGE__PART);
		createEAttribute(weightChangeEClass, WEIGHT_CHANGE__PERCENT);

		methodChangeEClass = createEClass(METHOD_CHANGE);
		createEReference(methodChangeEClass, METHOD_CHANGE__RULE);
		createEAttribute(methodChangeEClass, METHOD_CHANGE__METHOD);

		missingDataChangeEClass = createEClass(MISSING_DATA_CHANGE);
		createEReference(missingDataChangeEClass, MISSING_DATA_CHANGE__RULE);
		createEAttribute(missingDataChangeEClass, MISSING_DATA_CHANGE__POLICY);

		normalisationChangeEClass = createEClass(NORMALISATION_CHANGE);
		createEReference(normalisationChangeEClass, NORMALISATION_CHANGE__RULE);
		createEAttribute(normalisationChangeEClass, NORMALISATION_CHANGE__NORMALISATION);

		bandChangeEClass = createEClass(BAND_CHANGE);
		createEReference(bandChangeEClass, BAND_CHANGE__BAND);
		createEAttribute(bandChangeEClass, BAND_CHANGE__LOWER);
		createEAttribute(bandChangeEClass, BAND_CHANGE__UPPER);

		targetChangeEClass = createEClass(TARGET_CHANGE);
		createEReference(targetChangeEClass, TARGET_CHANGE__INDICATOR);
		createEAttribute(targetChangeEClass, TARGET_CHANGE__TARGET);

		dataSetEClass = createEClass(DATA_SET);
		createEReference(dataSetEClass, DATA_SET__COUNCILS);
		createEReference(dataSetEClass, DATA_SET__OBSERVATIONS);
		createEAttribute(dataSetEClass, DATA_SET__FREQUENCY);
		createEAttribute(dataSetEClass, DATA_SET__YEAR_START_MONTH);
		createEReference(dataSetEClass, DATA_SET__COMPARATOR_GROUPS);

		councilEClass = createEClass(COUNCIL);
		createEAttribute(councilEClass, COUNCIL__REGION);
		createEAttribute(councilEClass, COUNCIL__COUNCIL_TYPE);
		createEReference(councilEClass, COUNCIL__POPULATION);

		populationCountEClass = createEClass(POPULATION_COUNT);
		createEAttribute(populationCountEClass, POPULATION_COUNT__AGE_BAND);
		createEAttribute(populationCountEClass, POPULATION_COUNT__COUNT);

		observationEClass = createEClass(OBSERVATION);
		createEReference(observationEClass, OBSERVATION__COUNCIL);
		createEAttribute(observationEClass, OBSERVATION__NODE_ID);
		createEAttribute(observationEClass, OBSERVATION__PERIOD);
		createEAttribute(observationEClass, OBSERVATION__GROUP);
		createEAttribute(observationEClass, OBSERVATION__CATEGORY);
		createEAttribute(observationEClass, OBSERVATION__VALUE);
		createEAttribute(observationEClass, OBSERVATION__MISSING_MARKER);
		createEAttribute(observationEClass, OBSERVATION__SOURCE_LINE);

		// Create enums
		provenanceStatusEEnum = createEEnum(PROVENANCE_STATUS);
		frameworkStatusEEnum = createEEnum(FRAMEWORK_STATUS);
		evidenceItemKindEEnum = createEEnum(EVIDENCE_ITEM_KIND);
		statementKindEEnum = createEEnum(STATEMENT_KIND);
		disaggregationKindEEnum = createEEnum(DISAGGREGATION_KIND);
		logicElementKindEEnum = createEEnum(LOGIC_ELEMENT_KIND);
		periodAggregationEEnum = createEEnum(PERIOD_AGGREGATION);
		unitEEnum = createEEnum(UNIT);
		polarityEEnum = createEEnum(POLARITY);
		dataSourceEEnum = createEEnum(DATA_SOURCE);
		frequencyEEnum = createEEnum(FREQUENCY);
		lineageKindEEnum = createEEnum(LINEAGE_KIND);
		comparatorKindEEnum = createEEnum(COMPARATOR_KIND);
		outlierTransformEEnum = createEEnum(OUTLIER_TRANSFORM);
		imputationMethodEEnum = createEEnum(IMPUTATION_METHOD);
		rankingOrderEEnum = createEEnum(RANKING_ORDER);
		inputSelectionEEnum = createEEnum(INPUT_SELECTION);
		inputValueEEnum = createEEnum(INPUT_VALUE);
		roundingModeEEnum = createEEnum(ROUNDING_MODE);
		missingDataPolicyEEnum = createEEnum(MISSING_DATA_POLICY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		sourceDocumentEClass.getESuperTypes().add(this.getModelElement());
		frameworkEClass.getESuperTypes().add(this.getModelElement());
		areaEClass.getESuperTypes().add(this.getModelElement());
		evidenceItemEClass.getESuperTypes().add(this.getModelElement());
		statementEClass.getESuperTypes().add(this.getModelElement());
		classificationEClass.getESuperTypes().add(this.getModelElement());
		classificationGroupEClass.getESuperTypes().add(this.getModelElement());
		disaggregationEClass.getESuperTypes().add(this.getModelElement());
		evidenceCategoryEClass.getESuperTypes().add(this.getModelElement());
		logicModelEClass.getESuperTypes().add(this.getModelElement());
		logicElementEClass.getESuperTypes().add(this.getModelElement());
		leadsToEClass.getESuperTypes().add(this.getModelElement());
		indicatorEClass.getESuperTypes().add(this.getModelElement());
		comparatorGroupEClass.getESuperTypes().add(this.getModelElement());
		scoringSchemeEClass.getESuperTypes().add(this.getModelElement());
		outlierTreatmentEClass.getESuperTypes().add(this.getModelElement());
		denominationEClass.getESuperTypes().add(this.getModelElement());
		imputationEClass.getESuperTypes().add(this.getModelElement());
		availabilityScreenEClass.getESuperTypes().add(this.getModelElement());
		scaleEClass.getESuperTypes().add(this.getModelElement());
		scaleLevelEClass.getESuperTypes().add(this.getModelElement());
		bandingEClass.getESuperTypes().add(this.getModelElement());
		bandEClass.getESuperTypes().add(this.getModelElement());
		indicatorRuleEClass.getESuperTypes().add(this.getModelElement());
		aggregationRuleEClass.getESuperTypes().add(this.getModelElement());
		scenarioEClass.getESuperTypes().add(this.getModelElement());
		weightChangeEClass.getESuperTypes().add(this.getSchemeChange());
		methodChangeEClass.getESuperTypes().add(this.getSchemeChange());
		missingDataChangeEClass.getESuperTypes().add(this.getSchemeChange());
		normalisationChangeEClass.getESuperTypes().add(this.getSchemeChange());
		bandChangeEClass.getESuperTypes().add(this.getSchemeChange());
		targetChangeEClass.getESuperTypes().add(this.getSchemeChange());
		dataSetEClass.getESuperTypes().add(this.getModelElement());
		councilEClass.getESuperTypes().add(this.getModelElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(modelElementEClass, ModelElement.class, "ModelElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModelElement_Id(), ecorePackage.getEString(), "id", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModelElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getModelElement_Provenance(), this.getProvenance(), null, "provenance", null, 0, -1, ModelElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(provenanceEClass, Provenance.class, "Provenance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProvenance_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Source(), ecorePackage.getEString(), "source", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Location(), ecorePackage.getEString(), "location", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Status(), this.getProvenanceStatus(), "status", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProvenance_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Provenance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceDocumentEClass, SourceDocument.class, "SourceDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceDocument_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, SourceDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(frameworkEClass, Framework.class, "Framework", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFramework_Version(), ecorePackage.getEString(), "version", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Status(), this.getFrameworkStatus(), "status", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Publisher(), ecorePackage.getEString(), "publisher", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_Source(), ecorePackage.getEString(), "source", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_SourceDocuments(), this.getSourceDocument(), null, "sourceDocuments", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_BasedOn(), this.getFramework(), null, "basedOn", null, 0, 1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFramework_LevelNames(), ecorePackage.getEString(), "levelNames", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Areas(), this.getArea(), null, "areas", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Classifications(), this.getClassification(), null, "classifications", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Disaggregations(), this.getDisaggregation(), null, "disaggregations", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_EvidenceCategories(), this.getEvidenceCategory(), null, "evidenceCategories", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFramework_Schemes(), this.getScoringScheme(), null, "schemes", null, 0, -1, Framework.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(areaEClass, Area.class, "Area", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getArea_Children(), this.getArea(), null, "children", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_Statements(), this.getStatement(), null, "statements", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArea_CareActSections(), ecorePackage.getEString(), "careActSections", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_ClassifiedAs(), this.getClassificationGroup(), this.getClassificationGroup_Members(), "classifiedAs", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_LogicModel(), this.getLogicModel(), null, "logicModel", null, 0, 1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getArea_EvidenceItems(), this.getEvidenceItem(), null, "evidenceItems", null, 0, -1, Area.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceItemEClass, EvidenceItem.class, "EvidenceItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceItem_Kind(), this.getEvidenceItemKind(), "kind", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvidenceItem_Category(), this.getEvidenceCategory(), null, "category", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, EvidenceItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statementEClass, Statement.class, "Statement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatement_Kind(), this.getStatementKind(), "kind", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatement_Text(), ecorePackage.getEString(), "text", null, 0, 1, Statement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(classificationEClass, Classification.class, "Classification", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClassification_Groups(), this.getClassificationGroup(), null, "groups", null, 0, -1, Classification.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(classificationGroupEClass, ClassificationGroup.class, "ClassificationGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getClassificationGroup_Members(), this.getArea(), this.getArea_ClassifiedAs(), "members", null, 0, -1, ClassificationGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(disaggregationEClass, Disaggregation.class, "Disaggregation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDisaggregation_Kind(), this.getDisaggregationKind(), "kind", null, 0, 1, Disaggregation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evidenceCategoryEClass, EvidenceCategory.class, "EvidenceCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(logicModelEClass, LogicModel.class, "LogicModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLogicModel_Elements(), this.getLogicElement(), null, "elements", null, 0, -1, LogicModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLogicModel_Links(), this.getLeadsTo(), null, "links", null, 0, -1, LogicModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(logicElementEClass, LogicElement.class, "LogicElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLogicElement_Kind(), this.getLogicElementKind(), "kind", null, 0, 1, LogicElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLogicElement_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, LogicElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(leadsToEClass, LeadsTo.class, "LeadsTo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLeadsTo_Source(), this.getLogicElement(), null, "source", null, 0, 1, LeadsTo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLeadsTo_Target(), this.getLogicElement(), null, "target", null, 0, 1, LeadsTo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Numerator(), ecorePackage.getEString(), "numerator", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Denominator(), ecorePackage.getEString(), "denominator", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Unit(), this.getUnit(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_UnitDetail(), ecorePackage.getEString(), "unitDetail", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Polarity(), this.getPolarity(), "polarity", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Source(), this.getDataSource(), "source", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_SourceDetail(), ecorePackage.getEString(), "sourceDetail", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_Disaggregations(), this.getDisaggregation(), null, "disaggregations", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Frequency(), this.getFrequency(), "frequency", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Lineage(), this.getLineageKind(), "lineage", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_PredecessorIds(), ecorePackage.getEString(), "predecessorIds", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_LineageNote(), ecorePackage.getEString(), "lineageNote", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_TargetNote(), ecorePackage.getEString(), "targetNote", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Comparators(), this.getComparatorKind(), "comparators", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_PeriodAggregation(), this.getPeriodAggregation(), "periodAggregation", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_NumeratorId(), ecorePackage.getEString(), "numeratorId", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_DenominatorId(), ecorePackage.getEString(), "denominatorId", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicator_TargetProfile(), this.getPeriodTarget(), null, "targetProfile", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(periodTargetEClass, PeriodTarget.class, "PeriodTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPeriodTarget_Period(), ecorePackage.getEString(), "period", null, 0, 1, PeriodTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPeriodTarget_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, PeriodTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparatorGroupEClass, ComparatorGroup.class, "ComparatorGroup", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparatorGroup_Kind(), this.getComparatorKind(), "kind", null, 0, 1, ComparatorGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparatorGroup_Anchor(), ecorePackage.getEString(), "anchor", null, 0, 1, ComparatorGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparatorGroup_Members(), ecorePackage.getEString(), "members", null, 0, -1, ComparatorGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoringSchemeEClass, ScoringScheme.class, "ScoringScheme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScoringScheme_Scales(), this.getScale(), null, "scales", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_Bandings(), this.getBanding(), null, "bandings", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_IndicatorRules(), this.getIndicatorRule(), null, "indicatorRules", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_Aggregations(), this.getAggregationRule(), null, "aggregations", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_RatingScale(), this.getScale(), null, "ratingScale", null, 0, 1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringScheme_Ranking(), this.getRankingOrder(), "ranking", null, 0, 1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_Treatments(), this.getOutlierTreatment(), null, "treatments", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_Denominations(), this.getDenomination(), null, "denominations", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_Imputations(), this.getImputation(), null, "imputations", null, 0, -1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringScheme_AvailabilityScreen(), this.getAvailabilityScreen(), null, "availabilityScreen", null, 0, 1, ScoringScheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(outlierTreatmentEClass, OutlierTreatment.class, "OutlierTreatment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOutlierTreatment_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, OutlierTreatment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutlierTreatment_WinsorisationLimit(), ecorePackage.getEInt(), "winsorisationLimit", "5", 0, 1, OutlierTreatment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutlierTreatment_SkewnessThreshold(), ecorePackage.getEDouble(), "skewnessThreshold", "2.0", 0, 1, OutlierTreatment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutlierTreatment_KurtosisThreshold(), ecorePackage.getEDouble(), "kurtosisThreshold", "3.5", 0, 1, OutlierTreatment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutlierTreatment_Transform(), this.getOutlierTransform(), "transform", null, 0, 1, OutlierTreatment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOutlierTreatment_Lambda(), ecorePackage.getEDouble(), "lambda", null, 0, 1, OutlierTreatment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(denominationEClass, Denomination.class, "Denomination", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDenomination_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Denomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDenomination_DenominatorIndicator(), this.getIndicator(), null, "denominatorIndicator", null, 0, 1, Denomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDenomination_DenominatorColumn(), ecorePackage.getEString(), "denominatorColumn", null, 0, 1, Denomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDenomination_Multiplier(), ecorePackage.getEDouble(), "multiplier", "1.0", 0, 1, Denomination.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imputationEClass, Imputation.class, "Imputation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getImputation_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Imputation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImputation_Method(), this.getImputationMethod(), "method", null, 0, 1, Imputation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImputation_Comparator(), this.getComparatorKind(), "comparator", "similar councils", 0, 1, Imputation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(availabilityScreenEClass, AvailabilityScreen.class, "AvailabilityScreen", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAvailabilityScreen_MinimumPercent(), ecorePackage.getEDouble(), "minimumPercent", "75.0", 0, 1, AvailabilityScreen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleEClass, Scale.class, "Scale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScale_Levels(), this.getScaleLevel(), null, "levels", null, 0, -1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScale_Descriptors(), this.getDescriptor(), null, "descriptors", null, 0, -1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleLevelEClass, ScaleLevel.class, "ScaleLevel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScaleLevel_Value(), ecorePackage.getEInt(), "value", null, 0, 1, ScaleLevel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(descriptorEClass, org.framewright.model.Descriptor.class, "Descriptor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDescriptor_Area(), this.getArea(), null, "area", null, 0, 1, org.framewright.model.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDescriptor_Level(), this.getScaleLevel(), null, "level", null, 0, 1, org.framewright.model.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_Text(), ecorePackage.getEString(), "text", null, 0, 1, org.framewright.model.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDescriptor_IncludesLowerLevel(), ecorePackage.getEBoolean(), "includesLowerLevel", null, 0, 1, org.framewright.model.Descriptor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bandingEClass, Banding.class, "Banding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBanding_Scale(), this.getScale(), null, "scale", null, 0, 1, Banding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBanding_Step(), ecorePackage.getEDouble(), "step", null, 0, 1, Banding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBanding_Bands(), this.getBand(), null, "bands", null, 0, -1, Banding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bandEClass, Band.class, "Band", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBand_Lower(), ecorePackage.getEDouble(), "lower", null, 0, 1, Band.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBand_Upper(), ecorePackage.getEDouble(), "upper", null, 0, 1, Band.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBand_Level(), this.getScaleLevel(), null, "level", null, 0, 1, Band.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorRuleEClass, IndicatorRule.class, "IndicatorRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIndicatorRule_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorRule_Method(), ecorePackage.getEString(), "method", "value", 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorRule_Normalisation(), ecorePackage.getEString(), "normalisation", "none", 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicatorRule_Parameters(), this.getMethodParameter(), null, "parameters", null, 0, -1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicatorRule_Banding(), this.getBanding(), null, "banding", null, 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorRule_AmberTolerance(), ecorePackage.getEDouble(), "amberTolerance", null, 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorRule_GreenTolerance(), ecorePackage.getEDouble(), "greenTolerance", null, 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorRule_Comparator(), this.getComparatorKind(), "comparator", null, 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicatorRule_Rounding(), this.getRounding(), null, "rounding", null, 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorRule_MissingData(), this.getMissingDataPolicy(), "missingData", null, 0, 1, IndicatorRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aggregationRuleEClass, AggregationRule.class, "AggregationRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAggregationRule_Areas(), this.getArea(), null, "areas", null, 0, -1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_Overall(), ecorePackage.getEBoolean(), "overall", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_Inputs(), this.getInputSelection(), "inputs", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_InputValue(), this.getInputValue(), "inputValue", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_Method(), ecorePackage.getEString(), "method", "weighted mean", 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Parameters(), this.getMethodParameter(), null, "parameters", null, 0, -1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Weights(), this.getWeight(), null, "weights", null, 0, -1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_Maximum(), ecorePackage.getEDouble(), "maximum", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Matrix(), this.getRuleMatrix(), null, "matrix", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Rounding(), this.getRounding(), null, "rounding", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Banding(), this.getBanding(), null, "banding", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Scale(), this.getScale(), null, "scale", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAggregationRule_Limiters(), this.getLimiter(), null, "limiters", null, 0, -1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_MissingData(), this.getMissingDataPolicy(), "missingData", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_MinimumInputs(), ecorePackage.getEInt(), "minimumInputs", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAggregationRule_DirectValueFirst(), ecorePackage.getEBoolean(), "directValueFirst", null, 0, 1, AggregationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(weightEClass, Weight.class, "Weight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWeight_Part(), this.getModelElement(), null, "part", null, 0, 1, Weight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWeight_Percent(), ecorePackage.getEDouble(), "percent", null, 0, 1, Weight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(methodParameterEClass, MethodParameter.class, "MethodParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMethodParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, MethodParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMethodParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, MethodParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roundingEClass, Rounding.class, "Rounding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRounding_Mode(), this.getRoundingMode(), "mode", null, 0, 1, Rounding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRounding_Decimals(), ecorePackage.getEInt(), "decimals", null, 0, 1, Rounding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleMatrixEClass, RuleMatrix.class, "RuleMatrix", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRuleMatrix_RowNode(), this.getArea(), null, "rowNode", null, 0, 1, RuleMatrix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRuleMatrix_ColumnNode(), this.getArea(), null, "columnNode", null, 0, 1, RuleMatrix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRuleMatrix_Cells(), this.getMatrixCell(), null, "cells", null, 0, -1, RuleMatrix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(matrixCellEClass, MatrixCell.class, "MatrixCell", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMatrixCell_Row(), this.getScaleLevel(), null, "row", null, 0, 1, MatrixCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMatrixCell_Column(), this.getScaleLevel(), null, "column", null, 0, 1, MatrixCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMatrixCell_Result(), this.getScaleLevel(), null, "result", null, 0, 1, MatrixCell.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(limiterEClass, Limiter.class, "Limiter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLimiter_Condition(), this.getModelElement(), null, "condition", null, 0, 1, Limiter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLimiter_AtOrBelow(), this.getScaleLevel(), null, "atOrBelow", null, 0, 1, Limiter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLimiter_Cap(), this.getScaleLevel(), null, "cap", null, 0, 1, Limiter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getScenario_Changes(), this.getSchemeChange(), null, "changes", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(schemeChangeEClass, SchemeChange.class, "SchemeChange", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(weightChangeEClass, WeightChange.class, "WeightChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWeightChange_Rule(), this.getAggregationRule(), null, "rule", null, 0, 1, WeightChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWeightChange_Part(), this.getModelElement(), null, "part", null, 0, 1, WeightChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWeightChange_Percent(), ecorePackage.getEDouble(), "percent", null, 0, 1, WeightChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(methodChangeEClass, MethodChange.class, "MethodChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMethodChange_Rule(), this.getAggregationRule(), null, "rule", null, 0, 1, MethodChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMethodChange_Method(), ecorePackage.getEString(), "method", "weighted mean", 0, 1, MethodChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(missingDataChangeEClass, MissingDataChange.class, "MissingDataChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMissingDataChange_Rule(), this.getAggregationRule(), null, "rule", null, 0, 1, MissingDataChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMissingDataChange_Policy(), this.getMissingDataPolicy(), "policy", null, 0, 1, MissingDataChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(normalisationChangeEClass, NormalisationChange.class, "NormalisationChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getNormalisationChange_Rule(), this.getIndicatorRule(), null, "rule", null, 0, 1, NormalisationChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNormalisationChange_Normalisation(), ecorePackage.getEString(), "normalisation", "none", 0, 1, NormalisationChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bandChangeEClass, BandChange.class, "BandChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBandChange_Band(), this.getBand(), null, "band", null, 0, 1, BandChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBandChange_Lower(), ecorePackage.getEDouble(), "lower", null, 0, 1, BandChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBandChange_Upper(), ecorePackage.getEDouble(), "upper", null, 0, 1, BandChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetChangeEClass, TargetChange.class, "TargetChange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTargetChange_Indicator(), this.getIndicator(), null, "indicator", null, 0, 1, TargetChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTargetChange_Target(), ecorePackage.getEDoubleObject(), "target", null, 0, 1, TargetChange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSetEClass, DataSet.class, "DataSet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDataSet_Councils(), this.getCouncil(), null, "councils", null, 0, -1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSet_Observations(), this.getObservation(), null, "observations", null, 0, -1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_Frequency(), this.getFrequency(), "frequency", null, 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSet_YearStartMonth(), ecorePackage.getEInt(), "yearStartMonth", "4", 0, 1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSet_ComparatorGroups(), this.getComparatorGroup(), null, "comparatorGroups", null, 0, -1, DataSet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(councilEClass, Council.class, "Council", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCouncil_Region(), ecorePackage.getEString(), "region", null, 0, 1, Council.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCouncil_CouncilType(), ecorePackage.getEString(), "councilType", null, 0, 1, Council.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCouncil_Population(), this.getPopulationCount(), null, "population", null, 0, -1, Council.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(populationCountEClass, PopulationCount.class, "PopulationCount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPopulationCount_AgeBand(), ecorePackage.getEString(), "ageBand", null, 0, 1, PopulationCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPopulationCount_Count(), ecorePackage.getELong(), "count", null, 0, 1, PopulationCount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(observationEClass, Observation.class, "Observation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getObservation_Council(), this.getCouncil(), null, "council", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_NodeId(), ecorePackage.getEString(), "nodeId", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Period(), ecorePackage.getEString(), "period", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Group(), ecorePackage.getEString(), "group", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Category(), ecorePackage.getEString(), "category", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_MissingMarker(), ecorePackage.getEString(), "missingMarker", null, 0, 1, Observation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObservation_SourceLine(), ecorePackage.getELong(), "sourceLine", null, 0, 1, Observation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(provenanceStatusEEnum, ProvenanceStatus.class, "ProvenanceStatus");
		addEEnumLiteral(provenanceStatusEEnum, ProvenanceStatus.STATED);
		addEEnumLiteral(provenanceStatusEEnum, ProvenanceStatus.DERIVED);
		addEEnumLiteral(provenanceStatusEEnum, ProvenanceStatus.INFERRED);
		addEEnumLiteral(provenanceStatusEEnum, ProvenanceStatus.INVENTED);

		initEEnum(frameworkStatusEEnum, FrameworkStatus.class, "FrameworkStatus");
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.DRAFT);
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.CURRENT);
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.OPTION);
		addEEnumLiteral(frameworkStatusEEnum, FrameworkStatus.SUPERSEDED);

		initEEnum(evidenceItemKindEEnum, EvidenceItemKind.class, "EvidenceItemKind");
		addEEnumLiteral(evidenceItemKindEEnum, EvidenceItemKind.EVIDENCE);
		addEEnumLiteral(evidenceItemKindEEnum, EvidenceItemKind.BEST_PRACTICE);
		addEEnumLiteral(evidenceItemKindEEnum, EvidenceItemKind.GUIDANCE);
		addEEnumLiteral(evidenceItemKindEEnum, EvidenceItemKind.DESCRIPTOR);

		initEEnum(statementKindEEnum, StatementKind.class, "StatementKind");
		addEEnumLiteral(statementKindEEnum, StatementKind.I);
		addEEnumLiteral(statementKindEEnum, StatementKind.WE);
		addEEnumLiteral(statementKindEEnum, StatementKind.OTHER);

		initEEnum(disaggregationKindEEnum, DisaggregationKind.class, "DisaggregationKind");
		addEEnumLiteral(disaggregationKindEEnum, DisaggregationKind.CLIENT_GROUP);
		addEEnumLiteral(disaggregationKindEEnum, DisaggregationKind.PRIMARY_SUPPORT_REASON);
		addEEnumLiteral(disaggregationKindEEnum, DisaggregationKind.AGE_BAND);
		addEEnumLiteral(disaggregationKindEEnum, DisaggregationKind.SEX);
		addEEnumLiteral(disaggregationKindEEnum, DisaggregationKind.OTHER);

		initEEnum(logicElementKindEEnum, LogicElementKind.class, "LogicElementKind");
		addEEnumLiteral(logicElementKindEEnum, LogicElementKind.ASSUMPTION);
		addEEnumLiteral(logicElementKindEEnum, LogicElementKind.INPUT);
		addEEnumLiteral(logicElementKindEEnum, LogicElementKind.ACTIVITY);
		addEEnumLiteral(logicElementKindEEnum, LogicElementKind.OUTPUT);
		addEEnumLiteral(logicElementKindEEnum, LogicElementKind.OUTCOME);
		addEEnumLiteral(logicElementKindEEnum, LogicElementKind.IMPACT);

		initEEnum(periodAggregationEEnum, PeriodAggregation.class, "PeriodAggregation");
		addEEnumLiteral(periodAggregationEEnum, PeriodAggregation.UNSPECIFIED);
		addEEnumLiteral(periodAggregationEEnum, PeriodAggregation.SUM);
		addEEnumLiteral(periodAggregationEEnum, PeriodAggregation.MEAN);
		addEEnumLiteral(periodAggregationEEnum, PeriodAggregation.LATEST);
		addEEnumLiteral(periodAggregationEEnum, PeriodAggregation.ROLLING_TWELVE_MONTHS);
		addEEnumLiteral(periodAggregationEEnum, PeriodAggregation.RATIO_OF_SUMS);

		initEEnum(unitEEnum, Unit.class, "Unit");
		addEEnumLiteral(unitEEnum, Unit.UNSPECIFIED);
		addEEnumLiteral(unitEEnum, Unit.PERCENTAGE);
		addEEnumLiteral(unitEEnum, Unit.RATE_PER100K);
		addEEnumLiteral(unitEEnum, Unit.RATE_PER10K);
		addEEnumLiteral(unitEEnum, Unit.COUNT);
		addEEnumLiteral(unitEEnum, Unit.DAYS);
		addEEnumLiteral(unitEEnum, Unit.MONEY);
		addEEnumLiteral(unitEEnum, Unit.SURVEY_SCORE);
		addEEnumLiteral(unitEEnum, Unit.SCORE);
		addEEnumLiteral(unitEEnum, Unit.RATIO);
		addEEnumLiteral(unitEEnum, Unit.YEARS);
		addEEnumLiteral(unitEEnum, Unit.OTHER);

		initEEnum(polarityEEnum, Polarity.class, "Polarity");
		addEEnumLiteral(polarityEEnum, Polarity.UNSPECIFIED);
		addEEnumLiteral(polarityEEnum, Polarity.HIGHER_IS_BETTER);
		addEEnumLiteral(polarityEEnum, Polarity.LOWER_IS_BETTER);
		addEEnumLiteral(polarityEEnum, Polarity.NO_JUDGEMENT);

		initEEnum(dataSourceEEnum, DataSource.class, "DataSource");
		addEEnumLiteral(dataSourceEEnum, DataSource.UNSPECIFIED);
		addEEnumLiteral(dataSourceEEnum, DataSource.CLIENT_LEVEL_DATA);
		addEEnumLiteral(dataSourceEEnum, DataSource.SALT);
		addEEnumLiteral(dataSourceEEnum, DataSource.ADULT_SOCIAL_CARE_SURVEY);
		addEEnumLiteral(dataSourceEEnum, DataSource.SURVEY_OF_ADULT_CARERS);
		addEEnumLiteral(dataSourceEEnum, DataSource.PHOF);
		addEEnumLiteral(dataSourceEEnum, DataSource.CQC);
		addEEnumLiteral(dataSourceEEnum, DataSource.LOCAL);
		addEEnumLiteral(dataSourceEEnum, DataSource.WORKFORCE);
		addEEnumLiteral(dataSourceEEnum, DataSource.NHS);
		addEEnumLiteral(dataSourceEEnum, DataSource.FINANCE);
		addEEnumLiteral(dataSourceEEnum, DataSource.OTHER);

		initEEnum(frequencyEEnum, Frequency.class, "Frequency");
		addEEnumLiteral(frequencyEEnum, Frequency.UNSPECIFIED);
		addEEnumLiteral(frequencyEEnum, Frequency.MONTHLY);
		addEEnumLiteral(frequencyEEnum, Frequency.QUARTERLY);
		addEEnumLiteral(frequencyEEnum, Frequency.ANNUAL);
		addEEnumLiteral(frequencyEEnum, Frequency.BIENNIAL);
		addEEnumLiteral(frequencyEEnum, Frequency.AD_HOC);

		initEEnum(lineageKindEEnum, LineageKind.class, "LineageKind");
		addEEnumLiteral(lineageKindEEnum, LineageKind.UNSPECIFIED);
		addEEnumLiteral(lineageKindEEnum, LineageKind.KEEP);
		addEEnumLiteral(lineageKindEEnum, LineageKind.REVISED);
		addEEnumLiteral(lineageKindEEnum, LineageKind.NEW);
		addEEnumLiteral(lineageKindEEnum, LineageKind.RETIRED);

		initEEnum(comparatorKindEEnum, ComparatorKind.class, "ComparatorKind");
		addEEnumLiteral(comparatorKindEEnum, ComparatorKind.NATIONAL);
		addEEnumLiteral(comparatorKindEEnum, ComparatorKind.REGIONAL);
		addEEnumLiteral(comparatorKindEEnum, ComparatorKind.SIMILAR_COUNCILS);
		addEEnumLiteral(comparatorKindEEnum, ComparatorKind.CLUB);

		initEEnum(outlierTransformEEnum, OutlierTransform.class, "OutlierTransform");
		addEEnumLiteral(outlierTransformEEnum, OutlierTransform.NONE);
		addEEnumLiteral(outlierTransformEEnum, OutlierTransform.LOG);
		addEEnumLiteral(outlierTransformEEnum, OutlierTransform.BOX_COX);

		initEEnum(imputationMethodEEnum, ImputationMethod.class, "ImputationMethod");
		addEEnumLiteral(imputationMethodEEnum, ImputationMethod.COMPARATOR_MEDIAN);
		addEEnumLiteral(imputationMethodEEnum, ImputationMethod.COMPARATOR_MEAN);
		addEEnumLiteral(imputationMethodEEnum, ImputationMethod.LATEST_EARLIER);
		addEEnumLiteral(imputationMethodEEnum, ImputationMethod.LINEAR_INTERPOLATION);

		initEEnum(rankingOrderEEnum, RankingOrder.class, "RankingOrder");
		addEEnumLiteral(rankingOrderEEnum, RankingOrder.NONE);
		addEEnumLiteral(rankingOrderEEnum, RankingOrder.HIGHEST_FIRST);
		addEEnumLiteral(rankingOrderEEnum, RankingOrder.LOWEST_FIRST);

		initEEnum(inputSelectionEEnum, InputSelection.class, "InputSelection");
		addEEnumLiteral(inputSelectionEEnum, InputSelection.CHILDREN);
		addEEnumLiteral(inputSelectionEEnum, InputSelection.INDICATORS);
		addEEnumLiteral(inputSelectionEEnum, InputSelection.LEAF_AREAS);
		addEEnumLiteral(inputSelectionEEnum, InputSelection.GROUPS);
		addEEnumLiteral(inputSelectionEEnum, InputSelection.EVIDENCE_CATEGORIES);
		addEEnumLiteral(inputSelectionEEnum, InputSelection.DIRECT);

		initEEnum(inputValueEEnum, InputValue.class, "InputValue");
		addEEnumLiteral(inputValueEEnum, InputValue.SCORE);
		addEEnumLiteral(inputValueEEnum, InputValue.LEVEL_VALUE);

		initEEnum(roundingModeEEnum, RoundingMode.class, "RoundingMode");
		addEEnumLiteral(roundingModeEEnum, RoundingMode.NONE);
		addEEnumLiteral(roundingModeEEnum, RoundingMode.HALF_UP);
		addEEnumLiteral(roundingModeEEnum, RoundingMode.HALF_EVEN);
		addEEnumLiteral(roundingModeEEnum, RoundingMode.DOWN);
		addEEnumLiteral(roundingModeEEnum, RoundingMode.UP);

		initEEnum(missingDataPolicyEEnum, MissingDataPolicy.class, "MissingDataPolicy");
		addEEnumLiteral(missingDataPolicyEEnum, MissingDataPolicy.UNSPECIFIED);
		addEEnumLiteral(missingDataPolicyEEnum, MissingDataPolicy.EXCLUDE_AND_REWEIGHT);
		addEEnumLiteral(missingDataPolicyEEnum, MissingDataPolicy.IMPUTE_MEAN);
		addEEnumLiteral(missingDataPolicyEEnum, MissingDataPolicy.IMPUTE_MEDIAN);
		addEEnumLiteral(missingDataPolicyEEnum, MissingDataPolicy.IMPUTE_LOWEST);
		addEEnumLiteral(missingDataPolicyEEnum, MissingDataPolicy.FAIL);

		// Create resource
		createResource(eNS_URI);
	}

} //FrameworkPackageImpl
