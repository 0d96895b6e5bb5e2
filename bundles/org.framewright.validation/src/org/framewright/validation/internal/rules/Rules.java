package org.framewright.validation.internal.rules;

import java.util.List;

/**
 * The catalogue of validation rules, in the order they run on each element: the rules contributed to
 * {@code org.framewright.validation.rules}, Framewright's own (this bundle's plugin.xml) first, then plugins'.
 */
public final class Rules {

    /** Framewright's own rules, grouped by area: what this bundle's plugin.xml contributes, and all there is outside OSGi. */
    public static final List<Rule<?>> BUILTIN = List.of(
        new FW_ID_01_IdPresent(),
        new FW_ID_02_IdCharacters(),
        new FW_REF_01_ReferencesResolve(),
        new FW_REF_02_SameScheme(),
        new FW_REF_03_SameFramework(),
        new FW_REF_04_ChangesNameTheirTargets(),
        new FW_REF_05_InputsPresent(),
        new FW_LOGIC_01_NoCycles(),
        new FW_LOGIC_02_OutcomeMeasured(),
        new FW_IND_01_PolarityForTargetsAndComparators(),
        new FW_IND_02_PolarityForNormalisation(),
        new FW_IND_03_UnitForRawValues(),
        new FW_IND_04_TargetForTargetMethods(),
        new FW_IND_05_BandingForRatingMethods(),
        new FW_BAND_01_BandsContiguous(),
        new FW_BAND_02_BandLevelsOfScale(),
        new FW_AGG_01_RuleNamesNodes(),
        new FW_AGG_02_OneRulePerNode(),
        new FW_AGG_03_PercentOfMaximumHasMaximum(),
        new FW_AGG_04_LevelValueInputsAreRated(),
        new FW_AGG_05_LimitersDefined(),
        new FW_WEIGHT_01_WeightsSumTo100(),
        new FW_WEIGHT_02_WeightedMeanHasWeights(),
        new FW_WEIGHT_03_WeightParts(),
        new FW_WEIGHT_04_WeightsFiniteAndNonNegative(),
        new FW_WEIGHT_05_WeightsSumAboveZero(),
        new FW_MATRIX_01_MatrixComplete(),
        new FW_MATRIX_02_NoDuplicateCells(),
        new FW_MATRIX_03_MatrixDefined(),
        new FW_MISSING_01_MissingDataPolicy(),
        new FW_SCEN_01_ScenarioWeightsSumTo100(),
        new FW_SCEN_02_ScenarioBandsContiguous(),
        // numbers finite and in range
        new FW_NUM_01_NumbersFinite(),
        new FW_NUM_02_StepNotNegative(),
        new FW_NUM_03_WeightPercentInRange(),
        new FW_NUM_04_ScenarioWeightInRange(),
        new FW_NUM_05_AmberToleranceInRange(),
        new FW_NUM_06_MinimumInputsNotNegative(),
        new FW_NUM_07_RoundingDecimalsInRange(),
        new FW_NUM_08_GreenToleranceInRange(),
        new FW_EXT_01_MethodsInstalled(),
        new FW_EXT_02_MethodParametersFit(),
        new FW_TREAT_01_TreatmentParameters(),
        new FW_TREAT_02_DenominationParameters(),
        new FW_TREAT_03_ImputationParameters(),
        new FW_TREAT_04_AvailabilityScreen(),
        new FW_PROV_01_ScoredFactsHaveProvenance(),
        new FW_PROV_02_ReasonForUnstatedFacts());

    /** Every installed rule, read once from the extension registry. */
    public static final List<Rule<?>> ALL = RuleContributions.installed(BUILTIN);

    private Rules() {
    }
}
