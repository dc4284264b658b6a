package org.zhucun.purchases;

import java.util.List;

import org.zhucun.purchases.domain.Violation;
import org.zhucun.shared.domain.BusinessRuleException;

/** The values of a purchase broke one or more rules; each is shown beside its field and nothing is saved. */
public class PurchaseInputException extends BusinessRuleException {

	private final transient List<Violation> violations;

	public PurchaseInputException(List<Violation> violations) {
		super(violations.get(0).field(), violations.get(0).key(), violations.get(0).args());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return this.violations;
	}
}
