/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Normalisation Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getNormalisationMethod()
 * @model
 * @generated
 */
public enum NormalisationMethod implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "none", "none"),

	/**
	 * The '<em><b>Min Max</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_MAX_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_MAX(1, "minMax", "minmax"),

	/**
	 * The '<em><b>ZScore</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZSCORE_VALUE
	 * @generated
	 * @ordered
	 */
	ZSCORE(2, "zScore", "zscore"),

	/**
	 * The '<em><b>Robust Z</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROBUST_Z_VALUE
	 * @generated
	 * @ordered
	 */
	ROBUST_Z(3, "robustZ", "robust-z"),

	/**
	 * The '<em><b>Rank</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANK_VALUE
	 * @generated
	 * @ordered
	 */
	RANK(4, "rank", "rank"),

	/**
	 * The '<em><b>Percentile Rank</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENTILE_RANK_VALUE
	 * @generated
	 * @ordered
	 */
	PERCENTILE_RANK(5, "percentileRank", "percentile"),

	/**
	 * The '<em><b>Distance To Target</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTANCE_TO_TARGET_VALUE
	 * @generated
	 * @ordered
	 */
	DISTANCE_TO_TARGET(6, "distanceToTarget", "distance-to-target");

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>Min Max</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIN_MAX
	 * @model name="minMax" literal="minmax"
	 * @generated
	 * @ordered
	 */
	public static final int MIN_MAX_VALUE = 1;

	/**
	 * The '<em><b>ZScore</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZSCORE
	 * @model name="zScore" literal="zscore"
	 * @generated
	 * @ordered
	 */
	public static final int ZSCORE_VALUE = 2;

	/**
	 * The '<em><b>Robust Z</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROBUST_Z
	 * @model name="robustZ" literal="robust-z"
	 * @generated
	 * @ordered
	 */
	public static final int ROBUST_Z_VALUE = 3;

	/**
	 * The '<em><b>Rank</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RANK
	 * @model name="rank"
	 * @generated
	 * @ordered
	 */
	public static final int RANK_VALUE = 4;

	/**
	 * The '<em><b>Percentile Rank</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERCENTILE_RANK
	 * @model name="percentileRank" literal="percentile"
	 * @generated
	 * @ordered
	 */
	public static final int PERCENTILE_RANK_VALUE = 5;

	/**
	 * The '<em><b>Distance To Target</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISTANCE_TO_TARGET
	 * @model name="distanceToTarget" literal="distance-to-target"
	 * @generated
	 * @ordered
	 */
	public static final int DISTANCE_TO_TARGET_VALUE = 6;

	/**
	 * An array of all the '<em><b>Normalisation Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NormalisationMethod[] VALUES_ARRAY =
		new NormalisationMethod[] {
			NONE,
			MIN_MAX,
			ZSCORE,
			ROBUST_Z,
			RANK,
			PERCENTILE_RANK,
			DISTANCE_TO_TARGET,
		};

	/**
	 * A public read-only list of all the '<em><b>Normalisation Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NormalisationMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Normalisation Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalisationMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NormalisationMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Normalisation Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalisationMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NormalisationMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Normalisation Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalisationMethod get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case MIN_MAX_VALUE: return MIN_MAX;
			case ZSCORE_VALUE: return ZSCORE;
			case ROBUST_Z_VALUE: return ROBUST_Z;
			case RANK_VALUE: return RANK;
			case PERCENTILE_RANK_VALUE: return PERCENTILE_RANK;
			case DISTANCE_TO_TARGET_VALUE: return DISTANCE_TO_TARGET;
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
	private NormalisationMethod(int value, String name, String literal) {
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
	
} //NormalisationMethod
