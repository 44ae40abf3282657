BEGIN;
--
-- Alter field weight on author
--
ALTER TABLE "events_author_t2" ADD CONSTRAINT "events_author_t2_weight_id_5b60da8d_fk_events_author_t2_id" FOREIGN KEY ("weight_id") REFERENCES "events_author_t2" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
