/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Missing Data Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getMissingDataPolicy()
 * @model
 * @generated
 */
public enum MissingDataPolicy implements Enumerator {
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Exclude And Reweight</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDE_AND_REWEIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUDE_AND_REWEIGHT(1, "excludeAndReweight", "exclude and re-weight"),

	/**
	 * The '<em><b>Impute Mean</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPUTE_MEAN_VALUE
	 * @generated
	 * @ordered
	 */
	IMPUTE_MEAN(2, "imputeMean", "impute mean"),

	/**
	 * The '<em><b>Impute Median</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPUTE_MEDIAN_VALUE
	 * @generated
	 * @ordered
	 */
	IMPUTE_MEDIAN(3, "imputeMedian", "impute median"),

	/**
	 * The '<em><b>Impute Lowest</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPUTE_LOWEST_VALUE
	 * @generated
	 * @ordered
	 */
	IMPUTE_LOWEST(4, "imputeLowest", "impute lowest"),

	/**
	 * The '<em><b>Fail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIL_VALUE
	 * @generated
	 * @ordered
	 */
	FAIL(5, "fail", "fail");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Exclude And Reweight</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXCLUDE_AND_REWEIGHT
	 * @model name="excludeAndReweight" literal="exclude and re-weight"
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUDE_AND_REWEIGHT_VALUE = 1;

	/**
	 * The '<em><b>Impute Mean</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPUTE_MEAN
	 * @model name="imputeMean" literal="impute mean"
	 * @generated
	 * @ordered
	 */
	public static final int IMPUTE_MEAN_VALUE = 2;

	/**
	 * The '<em><b>Impute Median</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPUTE_MEDIAN
	 * @model name="imputeMedian" literal="impute median"
	 * @generated
	 * @ordered
	 */
	public static final int IMPUTE_MEDIAN_VALUE = 3;

	/**
	 * The '<em><b>Impute Lowest</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPUTE_LOWEST
	 * @model name="imputeLowest" literal="impute lowest"
	 * @generated
	 * @ordered
	 */
	public static final int IMPUTE_LOWEST_VALUE = 4;

	/**
	 * The '<em><b>Fail</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAIL
	 * @model name="fail"
	 * @generated
	 * @ordered
	 */
	public static final int FAIL_VALUE = 5;

	/**
	 * An array of all the '<em><b>Missing Data Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MissingDataPolicy[] VALUES_ARRAY =
		new MissingDataPolicy[] {
			UNSPECIFIED,
			EXCLUDE_AND_REWEIGHT,
			IMPUTE_MEAN,
			IMPUTE_MEDIAN,
			IMPUTE_LOWEST,
			FAIL,
		};

	/**
	 * A public read-only list of all the '<em><b>Missing Data Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MissingDataPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Missing Data Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissingDataPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MissingDataPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Missing Data Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissingDataPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MissingDataPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Missing Data Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MissingDataPolicy get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case EXCLUDE_AND_REWEIGHT_VALUE: return EXCLUDE_AND_REWEIGHT;
			case IMPUTE_MEAN_VALUE: return IMPUTE_MEAN;
			case IMPUTE_MEDIAN_VALUE: return IMPUTE_MEDIAN;
			case IMPUTE_LOWEST_VALUE: return IMPUTE_LOWEST;
			case FAIL_VALUE: return FAIL;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MissingDataPolicy(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MissingDataPolicy
