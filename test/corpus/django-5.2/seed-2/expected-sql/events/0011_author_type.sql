BEGIN;
--
-- Add field type to author
--
ALTER TABLE "events_author" ADD COLUMN "type_id" smallint NULL CONSTRAINT "events_author_type_id_433a06e8_fk_events_route_id" REFERENCES "events_route"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_author_type_id_433a06e8_fk_events_route_id" IMMEDIATE;
CREATE INDEX "events_author_type_id_433a06e8" ON "events_author" ("type_id");
COMMIT;
