package org.zhucun.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.zhucun.shared.domain.BusinessRuleException;
import org.zhucun.shared.domain.DatabaseRules;

/** A unique-index violation (two users saving the same name at once) becomes the message beside the field. */
class ConstraintsTest {

	@Test
	void knownIndexesBecomeFieldMessages() {
		assertThat(translate(violation("village_town_name_ux"))).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> {
					assertThat(ex.field()).isEqualTo("name");
					assertThat(ex.messageKey()).isEqualTo("village.name.duplicate");
				});
		assertThat(translate(violation("public.aid_unit_name_ux"))).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.messageKey()).isEqualTo("unit.name.duplicate"));
		assertThat(translate(violation("unit_leader_one_principal_ux"))).isInstanceOfSatisfying(
				BusinessRuleException.class, ex -> assertThat(ex.field()).isEqualTo("leaders"));
	}

	@Test
	void theIndexNameIsAlsoFoundInThePostgresMessage() {
		DataIntegrityViolationException ex = new DataIntegrityViolationException("could not execute statement",
				new SQLException("ERROR: duplicate key value violates unique constraint \"town_name_ux\""));
		assertThat(translate(ex)).isInstanceOfSatisfying(BusinessRuleException.class,
				rule -> assertThat(rule.messageKey()).isEqualTo("town.name.duplicate"));
	}

	@Test
	void otherViolationsAreLeftAlone() {
		DataIntegrityViolationException ex = violation("cadre_gender_ck");
		assertThat(translate(ex)).isSameAs(ex);
	}

	private static RuntimeException translate(DataIntegrityViolationException ex) {
		return DatabaseRules.translate(ex, Constraints.RULES);
	}

	private static DataIntegrityViolationException violation(String constraint) {
		return new DataIntegrityViolationException("could not execute statement",
				new ConstraintViolationException("duplicate", new SQLException("duplicate"), constraint));
	}
}
