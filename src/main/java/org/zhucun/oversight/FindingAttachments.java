package org.zhucun.oversight;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhucun.shared.attachments.AttachmentOwner;

/**
 * The files of findings: the office's files of a finding (seen by whoever sees the finding, changed by the office
 * until it closes) and the files of the unit's answer (changed by the unit while it is to answer).
 */
@Configuration(proxyBeanMethods = false)
class FindingAttachments {

	@Bean
	AttachmentOwner findingFiles(FindingService findings) {
		return new AttachmentOwner() {

			@Override
			public String ownerType() {
				return FindingService.FILES;
			}

			@Override
			public boolean canRead(long ownerId) {
				return findings.canRead(ownerId);
			}

			@Override
			public boolean canWrite(long ownerId) {
				return findings.canWriteFiles(ownerId);
			}
		};
	}

	@Bean
	AttachmentOwner storyPhotos(StoryService stories) {
		return new AttachmentOwner() {

			@Override
			public String ownerType() {
				return StoryService.PHOTOS;
			}

			@Override
			public boolean canRead(long ownerId) {
				return stories.canRead(ownerId);
			}

			@Override
			public boolean canWrite(long ownerId) {
				return stories.canWrite(ownerId);
			}
		};
	}

	@Bean
	AttachmentOwner findingAnswerFiles(FindingService findings) {
		return new AttachmentOwner() {

			@Override
			public String ownerType() {
				return FindingService.ANSWER_FILES;
			}

			@Override
			public boolean canRead(long ownerId) {
				return findings.canRead(ownerId);
			}

			@Override
			public boolean canWrite(long ownerId) {
				return findings.canWriteAnswerFiles(ownerId);
			}
		};
	}
}
