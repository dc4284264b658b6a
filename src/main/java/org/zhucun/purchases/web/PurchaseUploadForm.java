package org.zhucun.purchases.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.zhucun.shared.web.UploadForm;

/** The purchases' import form: the file, the unit (the office chooses it) and whether likely duplicates are wanted. */
public class PurchaseUploadForm extends UploadForm {

	private Long unitId;

	private boolean allowDuplicates;

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public boolean isAllowDuplicates() {
		return this.allowDuplicates;
	}

	public void setAllowDuplicates(boolean allowDuplicates) {
		this.allowDuplicates = allowDuplicates;
	}

	@Override
	public Map<String, String> carried() {
		Map<String, String> fields = new LinkedHashMap<>();
		if (this.unitId != null) {
			fields.put("unitId", this.unitId.toString());
		}
		if (this.allowDuplicates) {
			fields.put("allowDuplicates", "true");
		}
		return fields;
	}
}
