/**
 */
package org.framewright.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.framewright.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FrameworkFactoryImpl extends EFactoryImpl implements FrameworkFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FrameworkFactory init() {
		try {
			FrameworkFactory theFrameworkFactory = (FrameworkFactory)EPackage.Registry.INSTANCE.getEFactory(FrameworkPackage.eNS_URI);
			if (theFrameworkFactory != null) {
				return theFrameworkFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FrameworkFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FrameworkPackage.PROVENANCE: return createProvenance();
			case FrameworkPackage.SOURCE_DOCUMENT: return createSourceDocument();
			case FrameworkPackage.FRAMEWORK: return createFramework();
			case FrameworkPackage.AREA: return createArea();
			case FrameworkPackage.EVIDENCE_ITEM: return createEvidenceItem();
			case FrameworkPackage.STATEMENT: return createStatement();
			case FrameworkPackage.CLASSIFICATION: return createClassification();
			case FrameworkPackage.CLASSIFICATION_GROUP: return createClassificationGroup();
			case FrameworkPackage.DISAGGREGATION: return createDisaggregation();
			case FrameworkPackage.EVIDENCE_CATEGORY: return createEvidenceCategory();
			case FrameworkPackage.LOGIC_MODEL: return createLogicModel();
			case FrameworkPackage.LOGIC_ELEMENT: return createLogicElement();
			case FrameworkPackage.LEADS_TO: return createLeadsTo();
			case FrameworkPackage.INDICATOR: return createIndicator();
			case FrameworkPackage.PERIOD_TARGET: return createPeriodTarget();
			case FrameworkPackage.COMPARATOR_GROUP: return createComparatorGroup();
			case FrameworkPackage.SCORING_SCHEME: return createScoringScheme();
			case FrameworkPackage.OUTLIER_TREATMENT: return createOutlierTreatment();
			case FrameworkPackage.DENOMINATION: return createDenomination();
			case FrameworkPackage.IMPUTATION: return createImputation();
			case FrameworkPackage.AVAILABILITY_SCREEN: return createAvailabilityScreen();
			case FrameworkPackage.SCALE: return createScale();
			case FrameworkPackage.SCALE_LEVEL: return createScaleLevel();
			case FrameworkPackage.DESCRIPTOR: return createDescriptor();
			case FrameworkPackage.BANDING: return createBanding();
			case FrameworkPackage.BAND: return createBand();
			case FrameworkPackage.INDICATOR_RULE: return createIndicatorRule();
			case FrameworkPackage.AGGREGATION_RULE: return createAggregationRule();
			case FrameworkPackage.WEIGHT: return createWeight();
			case FrameworkPackage.METHOD_PARAMETER: return createMethodParameter();
			case FrameworkPackage.ROUNDING: return createRounding();
			case FrameworkPackage.RULE_MATRIX: return createRuleMatrix();
			case FrameworkPackage.MATRIX_CELL: return createMatrixCell();
			case FrameworkPackage.LIMITER: return createLimiter();
			case FrameworkPackage.SCENARIO: return createScenario();
			case FrameworkPackage.WEIGHT_CHANGE: return createWeightChange();
			case FrameworkPackage.METHOD_CHANGE: return createMethodChange();
			case FrameworkPackage.MISSING_DATA_CHANGE: return createMissingDataChange();
			case FrameworkPackage.NORMALISATION_CHANGE: return createNormalisationChange();
			case FrameworkPackage.BAND_CHANGE: return createBandChange();
			case FrameworkPackage.TARGET_CHANGE: return createTargetChange();
			case FrameworkPackage.DATA_SET: return createDataSet();
			case FrameworkPackage.COUNCIL: return createCouncil();
			case FrameworkPackage.POPULATION_COUNT: return createPopulationCount();
			case FrameworkPackage.OBSERVATION: return createObservation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FrameworkPackage.PROVENANCE_STATUS:
				return createProvenanceStatusFromString(eDataType, initialValue);
			case FrameworkPackage.FRAMEWORK_STATUS:
				return createFrameworkStatusFromString(eDataType, initialValue);
			case FrameworkPackage.EVIDENCE_ITEM_KIND:
				return createEvidenceItemKindFromString(eDataType, initialValue);
			case FrameworkPackage.STATEMENT_KIND:
				return createStatementKindFromString(eDataType, initialValue);
			case FrameworkPackage.DISAGGREGATION_KIND:
				return createDisaggregationKindFromString(eDataType, initialValue);
			case FrameworkPackage.LOGIC_ELEMENT_KIND:
				return createLogicElementKindFromString(eDataType, initialValue);
			case FrameworkPackage.PERIOD_AGGREGATION:
				return createPeriodAggregationFromString(eDataType, initialValue);
			case FrameworkPackage.UNIT:
				return createUnitFromString(eDataType, initialValue);
			case FrameworkPackage.POLARITY:
				return createPolarityFromString(eDataType, initialValue);
			case FrameworkPackage.DATA_SOURCE:
				return createDataSourceFromString(eDataType, initialValue);
			case FrameworkPackage.FREQUENCY:
				return createFrequencyFromString(eDataType, initialValue);
			case FrameworkPackage.LINEAGE_KIND:
				return createLineageKindFromString(eDataType, initialValue);
			case FrameworkPackage.COMPARATOR_KIND:
				return createComparatorKindFromString(eDataType, initialValue);
			case FrameworkPackage.OUTLIER_TRANSFORM:
				return createOutlierTransformFromString(eDataType, initialValue);
			case FrameworkPackage.IMPUTATION_METHOD:
				return createImputationMethodFromString(eDataType, initialValue);
			case FrameworkPackage.RANKING_ORDER:
				return createRankingOrderFromString(eDataType, initialValue);
			case FrameworkPackage.INPUT_SELECTION:
				return createInputSelectionFromString(eDataType, initialValue);
			case FrameworkPackage.INPUT_VALUE:
				return createInputValueFromString(eDataType, initialValue);
			case FrameworkPackage.ROUNDING_MODE:
				return createRoundingModeFromString(eDataType, initialValue);
			case FrameworkPackage.MISSING_DATA_POLICY:
				return createMissingDataPolicyFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FrameworkPackage.PROVENANCE_STATUS:
				return convertProvenanceStatusToString(eDataType, instanceValue);
			case FrameworkPackage.FRAMEWORK_STATUS:
				return convertFrameworkStatusToString(eDataType, instanceValue);
			case FrameworkPackage.EVIDENCE_ITEM_KIND:
				return convertEvidenceItemKindToString(eDataType, instanceValue);
			case FrameworkPackage.STATEMENT_KIND:
				return convertStatementKindToString(eDataType, instanceValue);
			case FrameworkPackage.DISAGGREGATION_KIND:
				return convertDisaggregationKindToString(eDataType, instanceValue);
			case FrameworkPackage.LOGIC_ELEMENT_KIND:
				return convertLogicElementKindToString(eDataType, instanceValue);
			case FrameworkPackage.PERIOD_AGGREGATION:
				return convertPeriodAggregationToString(eDataType, instanceValue);
			case FrameworkPackage.UNIT:
				return convertUnitToString(eDataType, instanceValue);
			case FrameworkPackage.POLARITY:
				return convertPolarityToString(eDataType, instanceValue);
			case FrameworkPackage.DATA_SOURCE:
				return convertDataSourceToString(eDataType, instanceValue);
			case FrameworkPackage.FREQUENCY:
				return convertFrequencyToString(eDataType, instanceValue);
			case FrameworkPackage.LINEAGE_KIND:
				return convertLineageKindToString(eDataType, instanceValue);
			case FrameworkPackage.COMPARATOR_KIND:
				return convertComparatorKindToString(eDataType, instanceValue);
			case FrameworkPackage.OUTLIER_TRANSFORM:
				return convertOutlierTransformToString(eDataType, instanceValue);
			case FrameworkPackage.IMPUTATION_METHOD:
				return convertImputationMethodToString(eDataType, instanceValue);
			case FrameworkPackage.RANKING_ORDER:
				return convertRankingOrderToString(eDataType, instanceValue);
			case FrameworkPackage.INPUT_SELECTION:
				return convertInputSelectionToString(eDataType, instanceValue);
			case FrameworkPackage.INPUT_VALUE:
				return convertInputValueToString(eDataType, instanceValue);
			case FrameworkPackage.ROUNDING_MODE:
				return convertRoundingModeToString(eDataType, instanceValue);
			case FrameworkPackage.MISSING_DATA_POLICY:
				return convertMissingDataPolicyToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance() {
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceDocument createSourceDocument() {
		SourceDocumentImpl sourceDocument = new SourceDocumentImpl();
		return sourceDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Framework createFramework() {
		FrameworkImpl framework = new FrameworkImpl();
		return framework;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Area createArea() {
		AreaImpl area = new AreaImpl();
		return area;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceItem createEvidenceItem() {
		EvidenceItemImpl evidenceItem = new EvidenceItemImpl();
		return evidenceItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Statement createStatement() {
		StatementImpl statement = new StatementImpl();
		return statement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Classification createClassification() {
		ClassificationImpl classification = new ClassificationImpl();
		return classification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClassificationGroup createClassificationGroup() {
		ClassificationGroupImpl classificationGroup = new ClassificationGroupImpl();
		return classificationGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Disaggregation createDisaggregation() {
		DisaggregationImpl disaggregation = new DisaggregationImpl();
		return disaggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceCategory createEvidenceCategory() {
		EvidenceCategoryImpl evidenceCategory = new EvidenceCategoryImpl();
		return evidenceCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogicModel createLogicModel() {
		LogicModelImpl logicModel = new LogicModelImpl();
		return logicModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LogicElement createLogicElement() {
		LogicElementImpl logicElement = new LogicElementImpl();
		return logicElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeadsTo createLeadsTo() {
		LeadsToImpl leadsTo = new LeadsToImpl();
		return leadsTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodTarget createPeriodTarget() {
		PeriodTargetImpl periodTarget = new PeriodTargetImpl();
		return periodTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparatorGroup createComparatorGroup() {
		ComparatorGroupImpl comparatorGroup = new ComparatorGroupImpl();
		return comparatorGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringScheme createScoringScheme() {
		ScoringSchemeImpl scoringScheme = new ScoringSchemeImpl();
		return scoringScheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OutlierTreatment createOutlierTreatment() {
		OutlierTreatmentImpl outlierTreatment = new OutlierTreatmentImpl();
		return outlierTreatment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Denomination createDenomination() {
		DenominationImpl denomination = new DenominationImpl();
		return denomination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Imputation createImputation() {
		ImputationImpl imputation = new ImputationImpl();
		return imputation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AvailabilityScreen createAvailabilityScreen() {
		AvailabilityScreenImpl availabilityScreen = new AvailabilityScreenImpl();
		return availabilityScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale createScale() {
		ScaleImpl scale = new ScaleImpl();
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScaleLevel createScaleLevel() {
		ScaleLevelImpl scaleLevel = new ScaleLevelImpl();
		return scaleLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Descriptor createDescriptor() {
		DescriptorImpl descriptor = new DescriptorImpl();
		return descriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Banding createBanding() {
		BandingImpl banding = new BandingImpl();
		return banding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Band createBand() {
		BandImpl band = new BandImpl();
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorRule createIndicatorRule() {
		IndicatorRuleImpl indicatorRule = new IndicatorRuleImpl();
		return indicatorRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AggregationRule createAggregationRule() {
		AggregationRuleImpl aggregationRule = new AggregationRuleImpl();
		return aggregationRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Weight createWeight() {
		WeightImpl weight = new WeightImpl();
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MethodParameter createMethodParameter() {
		MethodParameterImpl methodParameter = new MethodParameterImpl();
		return methodParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rounding createRounding() {
		RoundingImpl rounding = new RoundingImpl();
		return rounding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleMatrix createRuleMatrix() {
		RuleMatrixImpl ruleMatrix = new RuleMatrixImpl();
		return ruleMatrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatrixCell createMatrixCell() {
		MatrixCellImpl matrixCell = new MatrixCellImpl();
		return matrixCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Limiter createLimiter() {
		LimiterImpl limiter = new LimiterImpl();
		return limiter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario() {
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WeightChange createWeightChange() {
		WeightChangeImpl weightChange = new WeightChangeImpl();
		return weightChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MethodChange createMethodChange() {
		MethodChangeImpl methodChange = new MethodChangeImpl();
		return methodChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingDataChange createMissingDataChange() {
		MissingDataChangeImpl missingDataChange = new MissingDataChangeImpl();
		return missingDataChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NormalisationChange createNormalisationChange() {
		NormalisationChangeImpl normalisationChange = new NormalisationChangeImpl();
		return normalisationChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BandChange createBandChange() {
		BandChangeImpl bandChange = new BandChangeImpl();
		return bandChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetChange createTargetChange() {
		TargetChangeImpl targetChange = new TargetChangeImpl();
		return targetChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSet createDataSet() {
		DataSetImpl dataSet = new DataSetImpl();
		return dataSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Council createCouncil() {
		CouncilImpl council = new CouncilImpl();
		return council;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PopulationCount createPopulationCount() {
		PopulationCountImpl populationCount = new PopulationCountImpl();
		return populationCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Observation createObservation() {
		ObservationImpl observation = new ObservationImpl();
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProvenanceStatus createProvenanceStatusFromString(EDataType eDataType, String initialValue) {
		ProvenanceStatus result = ProvenanceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProvenanceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkStatus createFrameworkStatusFromString(EDataType eDataType, String initialValue) {
		FrameworkStatus result = FrameworkStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrameworkStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceItemKind createEvidenceItemKindFromString(EDataType eDataType, String initialValue) {
		EvidenceItemKind result = EvidenceItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StatementKind createStatementKindFromString(EDataType eDataType, String initialValue) {
		StatementKind result = StatementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DisaggregationKind createDisaggregationKindFromString(EDataType eDataType, String initialValue) {
		DisaggregationKind result = DisaggregationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDisaggregationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LogicElementKind createLogicElementKindFromString(EDataType eDataType, String initialValue) {
		LogicElementKind result = LogicElementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLogicElementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PeriodAggregation createPeriodAggregationFromString(EDataType eDataType, String initialValue) {
		PeriodAggregation result = PeriodAggregation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodAggregationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit createUnitFromString(EDataType eDataType, String initialValue) {
		Unit result = Unit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Polarity createPolarityFromString(EDataType eDataType, String initialValue) {
		Polarity result = Polarity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPolarityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource createDataSourceFromString(EDataType eDataType, String initialValue) {
		DataSource result = DataSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Frequency createFrequencyFromString(EDataType eDataType, String initialValue) {
		Frequency result = Frequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineageKind createLineageKindFromString(EDataType eDataType, String initialValue) {
		LineageKind result = LineageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComparatorKind createComparatorKindFromString(EDataType eDataType, String initialValue) {
		ComparatorKind result = ComparatorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparatorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OutlierTransform createOutlierTransformFromString(EDataType eDataType, String initialValue) {
		OutlierTransform result = OutlierTransform.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOutlierTransformToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImputationMethod createImputationMethodFromString(EDataType eDataType, String initialValue) {
		ImputationMethod result = ImputationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImputationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RankingOrder createRankingOrderFromString(EDataType eDataType, String initialValue) {
		RankingOrder result = RankingOrder.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRankingOrderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InputSelection createInputSelectionFromString(EDataType eDataType, String initialValue) {
		InputSelection result = InputSelection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInputSelectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InputValue createInputValueFromString(EDataType eDataType, String initialValue) {
		InputValue result = InputValue.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInputValueToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RoundingMode createRoundingModeFromString(EDataType eDataType, String initialValue) {
		RoundingMode result = RoundingMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoundingModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissingDataPolicy createMissingDataPolicyFromString(EDataType eDataType, String initialValue) {
		MissingDataPolicy result = MissingDataPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMissingDataPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameworkPackage getFrameworkPackage() {
		return (FrameworkPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FrameworkPackage getPackage() {
		return FrameworkPackage.eINSTANCE;
	}

} //FrameworkFactoryImpl
