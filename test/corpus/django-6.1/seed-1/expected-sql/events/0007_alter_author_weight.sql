BEGIN;
--
-- Alter field weight on author
--
SET CONSTRAINTS "events_author_t2_weight_id_5b60da8d_fk_events_author_t2_id" IMMEDIATE; ALTER TABLE "events_author_t2" DROP CONSTRAINT "events_author_t2_weight_id_5b60da8d_fk_events_author_t2_id";
COMMIT;
