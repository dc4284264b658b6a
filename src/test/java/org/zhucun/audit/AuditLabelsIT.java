package org.zhucun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.zhucun.audit.AuditedModel.Kind;
import org.zhucun.audit.AuditedModel.Property;
import org.zhucun.audit.RecordNames.Ref;
import org.zhucun.support.IntegrationTest;

/**
 * Every kind of record Hibernate Envers audits, every audited property and every value of an audited enum has a label
 * in Chinese and in English, and a module names its records; the kinds and properties come from Envers' mapping, so a
 * module added later is checked without changing this test.
 */
class AuditLabelsIT extends IntegrationTest {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Locale ENGLISH = Locale.ENGLISH;

	@Autowired
	AuditedModel model;

	@Autowired
	RecordNames names;

	@Autowired
	MessageSource messages;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theModelComesFromEnversMapping() {
		assertThat(this.model.kinds()).extracting(Kind::name)
			.contains("Account", "Town", "Village", "AidUnit", "UnitLeader", "Cadre", "PolicySettingValue", "Holiday",
					"WorkTeam", "TeamMembership", "LeaveRequest", "DayRecord", "SpotCheck")
			.doesNotContain("AuditRevision", "LoginEvent");
		Kind account = this.model.kind("Account").orElseThrow();
		assertThat(account.properties()).extracting(Property::name)
			.startsWith("username", "displayName", "role")
			.contains("lockedUntil", "active")
			.doesNotContain("passwordHash", "failedAttempts", "lastLoginAt", "version", "createdAt", "id");
		assertThat(this.model.kind("AidUnit").orElseThrow().properties()).extracting(Property::name)
			.contains("leaders", "villageIds");
		assertThat(this.model.kind("LeaveRequest").orElseThrow().properties())
			.contains(new Property("chain", org.zhucun.leave.domain.ApprovalStep.class))
			.extracting(Property::name)
			.doesNotContain("decisions");
	}

	@Test
	void everyAuditedKindPropertyAndEnumValueHasALabelInBothLanguages() {
		Set<String> missing = new TreeSet<>();
		for (Kind kind : this.model.kinds()) {
			check(AuditLabels.entityCodes(kind.name()), kind.name(), missing);
			for (Property property : kind.properties()) {
				check(AuditLabels.fieldCodes(kind.name(), property.name()), kind.name() + "." + property.name(),
						missing);
				if (property.valueType().isEnum()) {
					for (Object constant : property.valueType().getEnumConstants()) {
						Enum<?> value = (Enum<?>) constant;
						if (this.names.describe(kind.name(), property.name(), value, CHINESE).isEmpty()) {
							check(AuditLabels.valueCodes(value), kind.name() + "." + property.name() + " = " + value,
									missing);
						}
					}
				}
			}
		}
		assertThat(missing).as("audited kinds, properties and values without a label (message codes tried)").isEmpty();
	}

	@Test
	void everyAuditedKindIsNamedByItsModule() {
		Set<String> missing = new TreeSet<>();
		for (Kind kind : this.model.kinds()) {
			if (!this.names.kinds().contains(kind.name())) {
				missing.add(kind.name() + ": no AuditedRecordNames bean");
			}
			for (Locale locale : List.of(CHINESE, ENGLISH)) {
				if (resolve(new String[] { "audit.name." + kind.name() }, locale) == null) {
					missing.add(kind.name() + ": no message audit.name." + kind.name() + " in " + locale);
				}
			}
		}
		assertThat(missing).as("kinds of record the audit trail cannot name").isEmpty();
	}

	@Test
	void everyModuleNamesItsRecordsWithItsQuery() {
		Map<String, String> named = new TreeMap<>();
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			for (Kind kind : this.model.kinds()) {
				String entity = entityManager.getMetamodel().entity(kind.javaType()).getName();
				Long id = entityManager.createQuery("select max(e.id) from " + entity + " e", Long.class)
					.getSingleResult();
				Ref missing = new Ref(kind.name(), -1);
				Map<Ref, String> names = this.names.of(List.of(missing, new Ref(kind.name(), id == null ? -2 : id)),
						CHINESE);
				assertThat(names).as("a record that is not there has no name").doesNotContainKey(missing);
				if (id != null) {
					named.put(kind.name(), names.get(new Ref(kind.name(), id)));
				}
			}
		}
		finally {
			entityManager.close();
		}
		assertThat(named).as("kinds with records in the demo district")
			.containsKeys("Account", "Town", "Village", "AidUnit", "Cadre", "WorkTeam", "TeamMembership", "LeaveRequest",
					"DayRecord");
		assertThat(named).allSatisfy((kind, name) -> assertThat(name).as(kind).isNotBlank().doesNotContain("{", "null"));
	}

	@Test
	void everyReferenceByIdIsAnAuditedPropertyAndAnAuditedKind() {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Map<String, String>> kind : this.names.references().entrySet()) {
			Optional<Kind> audited = this.model.kind(kind.getKey());
			for (Map.Entry<String, String> reference : kind.getValue().entrySet()) {
				String what = kind.getKey() + "." + reference.getKey() + " → " + reference.getValue();
				if (audited.isEmpty() || audited.get()
					.properties()
					.stream()
					.noneMatch(p -> p.name().equals(reference.getKey()))) {
					wrong.add(what + ": not an audited property");
				}
				if (this.model.kind(reference.getValue()).isEmpty()) {
					wrong.add(what + ": not an audited kind");
				}
			}
		}
		assertThat(this.names.references()).isNotEmpty();
		assertThat(wrong).isEmpty();
	}

	/** Adds what is missing when none of the codes has a Chinese text (with Chinese in it) and an English one. */
	private void check(String[] codes, String what, Set<String> missing) {
		String chinese = resolve(codes, CHINESE);
		String english = resolve(codes, ENGLISH);
		if (chinese == null || !chinese.codePoints().anyMatch(AuditLabelsIT::isHan)) {
			missing.add(what + " in Chinese " + List.of(codes));
		}
		if (english == null || english.codePoints().anyMatch(AuditLabelsIT::isHan)) {
			missing.add(what + " in English " + List.of(codes));
		}
	}

	private String resolve(String[] codes, Locale locale) {
		for (String code : codes) {
			String text = this.messages.getMessage(code, null, null, locale);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}
}
