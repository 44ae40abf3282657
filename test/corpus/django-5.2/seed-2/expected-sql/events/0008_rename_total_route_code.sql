BEGIN;
--
-- Rename field total on route to code
--
SET CONSTRAINTS "events_route_total_id_69d203ae_fk_events_route_id" IMMEDIATE; ALTER TABLE "events_route" DROP CONSTRAINT "events_route_total_id_69d203ae_fk_events_route_id";
ALTER TABLE "events_route" RENAME COLUMN "total_id" TO "code_id";
ALTER TABLE "events_route" ADD CONSTRAINT "events_route_code_id_c1c83d34_fk_events_route_id" FOREIGN KEY ("code_id") REFERENCES "events_route" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
