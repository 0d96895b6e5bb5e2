/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Disaggregation Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getDisaggregationKind()
 * @model
 * @generated
 */
public enum DisaggregationKind implements Enumerator {
	/**
	 * The '<em><b>Client Group</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT_GROUP(0, "clientGroup", "clientGroup"),

	/**
	 * The '<em><b>Primary Support Reason</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_SUPPORT_REASON_VALUE
	 * @generated
	 * @ordered
	 */
	PRIMARY_SUPPORT_REASON(1, "primarySupportReason", "primarySupportReason"),

	/**
	 * The '<em><b>Age Band</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_BAND_VALUE
	 * @generated
	 * @ordered
	 */
	AGE_BAND(2, "ageBand", "ageBand"),

	/**
	 * The '<em><b>Sex</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEX_VALUE
	 * @generated
	 * @ordered
	 */
	SEX(3, "sex", "sex"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(4, "other", "other");

	/**
	 * The '<em><b>Client Group</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_GROUP
	 * @model name="clientGroup"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_GROUP_VALUE = 0;

	/**
	 * The '<em><b>Primary Support Reason</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIMARY_SUPPORT_REASON
	 * @model name="primarySupportReason"
	 * @generated
	 * @ordered
	 */
	public static final int PRIMARY_SUPPORT_REASON_VALUE = 1;

	/**
	 * The '<em><b>Age Band</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGE_BAND
	 * @model name="ageBand"
	 * @generated
	 * @ordered
	 */
	public static final int AGE_BAND_VALUE = 2;

	/**
	 * The '<em><b>Sex</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEX
	 * @model name="sex"
	 * @generated
	 * @ordered
	 */
	public static final int SEX_VALUE = 3;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Disaggregation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DisaggregationKind[] VALUES_ARRAY =
		new DisaggregationKind[] {
			CLIENT_GROUP,
			PRIMARY_SUPPORT_REASON,
			AGE_BAND,
			SEX,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Disaggregation Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DisaggregationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Disaggregation Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisaggregationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DisaggregationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disaggregation Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisaggregationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DisaggregationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Disaggregation Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DisaggregationKind get(int value) {
		switch (value) {
			case CLIENT_GROUP_VALUE: return CLIENT_GROUP;
			case PRIMARY_SUPPORT_REASON_VALUE: return PRIMARY_SUPPORT_REASON;
			case AGE_BAND_VALUE: return AGE_BAND;
			case SEX_VALUE: return SEX;
			case OTHER_VALUE: return OTHER;
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
	private DisaggregationKind(int value, String name, String literal) {
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
	
} //DisaggregationKind
