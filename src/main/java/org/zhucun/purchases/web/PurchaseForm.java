package org.zhucun.purchases.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.zhucun.purchases.PurchaseRow;
import org.zhucun.purchases.domain.BuyerKind;
import org.zhucun.purchases.domain.Destination;
import org.zhucun.purchases.domain.PurchaseDetails;
import org.zhucun.purchases.domain.SellerKind;

/** The purchase form; the rules are checked by the service (PurchaseRules), beside each field. */
public class PurchaseForm {

	private long version;

	private Long unitId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private Long villageId;

	private SellerKind sellerKind = SellerKind.VILLAGE;

	private String sellerName;

	private String product;

	private Long categoryId;

	private BigDecimal quantity;

	private String measure;

	private BigDecimal amount;

	private Long channelId;

	private Destination destination;

	private BuyerKind buyerKind = BuyerKind.UNIT;

	private String note;

	static PurchaseForm from(PurchaseRow row) {
		PurchaseForm form = new PurchaseForm();
		form.version = row.version();
		form.unitId = row.unitId();
		form.date = row.date();
		form.villageId = row.villageId();
		form.sellerKind = row.sellerKind();
		form.sellerName = row.sellerName();
		form.product = row.product();
		form.categoryId = row.categoryId();
		form.quantity = row.quantity().stripTrailingZeros();
		if (form.quantity.scale() < 0) {
			form.quantity = form.quantity.setScale(0);
		}
		form.measure = row.measure();
		form.amount = row.amount();
		form.channelId = row.channelId();
		form.destination = row.destination();
		form.buyerKind = row.buyerKind();
		form.note = row.note();
		return form;
	}

	PurchaseDetails toDetails() {
		return new PurchaseDetails(this.unitId, this.date, this.villageId, this.sellerKind, this.sellerName,
				this.product, this.categoryId, this.quantity, this.measure, this.amount, this.channelId,
				this.destination, this.buyerKind, this.note);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Long getVillageId() {
		return this.villageId;
	}

	public void setVillageId(Long villageId) {
		this.villageId = villageId;
	}

	public SellerKind getSellerKind() {
		return this.sellerKind;
	}

	public void setSellerKind(SellerKind sellerKind) {
		this.sellerKind = sellerKind;
	}

	public String getSellerName() {
		return this.sellerName;
	}

	public void setSellerName(String sellerName) {
		this.sellerName = sellerName;
	}

	public String getProduct() {
		return this.product;
	}

	public void setProduct(String product) {
		this.product = product;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public BigDecimal getQuantity() {
		return this.quantity;
	}

	public void setQuantity(BigDecimal quantity) {
		this.quantity = quantity;
	}

	public String getMeasure() {
		return this.measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public Long getChannelId() {
		return this.channelId;
	}

	public void setChannelId(Long channelId) {
		this.channelId = channelId;
	}

	public Destination getDestination() {
		return this.destination;
	}

	public void setDestination(Destination destination) {
		this.destination = destination;
	}

	public BuyerKind getBuyerKind() {
		return this.buyerKind;
	}

	public void setBuyerKind(BuyerKind buyerKind) {
		this.buyerKind = buyerKind;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
