BEGIN;
--
-- Add field type to author
--
SET CONSTRAINTS "events_author_type_id_433a06e8_fk_events_route_id" IMMEDIATE; ALTER TABLE "events_author" DROP CONSTRAINT "events_author_type_id_433a06e8_fk_events_route_id";
ALTER TABLE "events_author" DROP COLUMN "type_id" CASCADE;
COMMIT;
