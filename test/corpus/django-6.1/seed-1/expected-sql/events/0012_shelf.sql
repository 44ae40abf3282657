BEGIN;
--
-- Create model Shelf
--
CREATE TABLE "events_shelf" ("team_ptr_id" bigint NOT NULL PRIMARY KEY, "an_extraordinarily_long_descriptive_column_name" integer NOT NULL UNIQUE);
ALTER TABLE "events_shelf" ADD CONSTRAINT "events_shelf_team_ptr_id_a76e7dae_fk_events_team_t27_id" FOREIGN KEY ("team_ptr_id") REFERENCES "events_team_t27" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
