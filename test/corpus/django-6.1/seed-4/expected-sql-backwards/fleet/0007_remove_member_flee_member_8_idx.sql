--
-- Concurrently remove index flee_member_8_idx from member
--
CREATE INDEX CONCURRENTLY "flee_member_8_idx" ON "fleet_member_t2" ("origin_id");
