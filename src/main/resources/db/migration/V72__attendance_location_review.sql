-- Records marked for review (outside the village's radius, DOMAIN §4) are reviewed by the town of the team's village
-- or the office, with a note; the review is kept on the record and so in its history (audit trail).

alter table day_record add column reviewed_at timestamptz;
alter table day_record add column reviewed_by varchar(50);
alter table day_record add column review_note varchar(200);
alter table day_record add constraint day_record_review_ck
    check ((reviewed_at is null) = (reviewed_by is null) and (reviewed_at is null) = (review_note is null));
alter table day_record_aud add column reviewed_at timestamptz;
alter table day_record_aud add column reviewed_by varchar(50);
alter table day_record_aud add column review_note varchar(200);

-- The review list reads only marked records, by team and month (the town filter goes through the team).
create index day_record_needs_review_ix on day_record (team_id, day) where needs_review;
create index day_record_needs_review_day_ix on day_record (day) where needs_review;
