package org.zhucun.shared.attachments;

/**
 * A kind of record that carries attachments, declared by its module as a bean: the module decides who may see and
 * change the attachments of one of its records, with the same scope rules as the record itself.
 */
public interface AttachmentOwner {

	/** @return the owner type stored with the attachments, e.g. {@code leader-visit} */
	String ownerType();

	/** @return whether the signed-in user may see the record, and so its attachments */
	boolean canRead(long ownerId);

	/** @return whether the signed-in user may add attachments to the record or remove them */
	boolean canWrite(long ownerId);
}
