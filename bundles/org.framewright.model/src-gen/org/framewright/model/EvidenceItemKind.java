/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Evidence Item Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getEvidenceItemKind()
 * @model
 * @generated
 */
public enum EvidenceItemKind implements Enumerator {
	/**
	 * The '<em><b>Evidence</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	EVIDENCE(0, "evidence", "Evidence item"),

	/**
	 * The '<em><b>Best Practice</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEST_PRACTICE_VALUE
	 * @generated
	 * @ordered
	 */
	BEST_PRACTICE(1, "bestPractice", "Best practice"),

	/**
	 * The '<em><b>Guidance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUIDANCE_VALUE
	 * @generated
	 * @ordered
	 */
	GUIDANCE(2, "guidance", "Guidance"),

	/**
	 * The '<em><b>Descriptor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESCRIPTOR_VALUE
	 * @generated
	 * @ordered
	 */
	DESCRIPTOR(3, "descriptor", "Descriptor");

	/**
	 * The '<em><b>Evidence</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVIDENCE
	 * @model name="evidence" literal="Evidence item"
	 * @generated
	 * @ordered
	 */
	public static final int EVIDENCE_VALUE = 0;

	/**
	 * The '<em><b>Best Practice</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEST_PRACTICE
	 * @model name="bestPractice" literal="Best practice"
	 * @generated
	 * @ordered
	 */
	public static final int BEST_PRACTICE_VALUE = 1;

	/**
	 * The '<em><b>Guidance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GUIDANCE
	 * @model name="guidance" literal="Guidance"
	 * @generated
	 * @ordered
	 */
	public static final int GUIDANCE_VALUE = 2;

	/**
	 * The '<em><b>Descriptor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESCRIPTOR
	 * @model name="descriptor" literal="Descriptor"
	 * @generated
	 * @ordered
	 */
	public static final int DESCRIPTOR_VALUE = 3;

	/**
	 * An array of all the '<em><b>Evidence Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceItemKind[] VALUES_ARRAY =
		new EvidenceItemKind[] {
			EVIDENCE,
			BEST_PRACTICE,
			GUIDANCE,
			DESCRIPTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceItemKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Item Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceItemKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceItemKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Item Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceItemKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceItemKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Item Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceItemKind get(int value) {
		switch (value) {
			case EVIDENCE_VALUE: return EVIDENCE;
			case BEST_PRACTICE_VALUE: return BEST_PRACTICE;
			case GUIDANCE_VALUE: return GUIDANCE;
			case DESCRIPTOR_VALUE: return DESCRIPTOR;
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
	private EvidenceItemKind(int value, String name, String literal) {
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
	
} //EvidenceItemKind
