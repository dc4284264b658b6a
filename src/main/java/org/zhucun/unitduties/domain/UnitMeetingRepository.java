package org.zhucun.unitduties.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitMeetingRepository extends JpaRepository<UnitMeeting, Long> {
}
