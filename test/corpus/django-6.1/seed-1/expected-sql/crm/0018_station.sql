BEGIN;
--
-- Create model Station
--
CREATE TABLE "crm_station" ("route_ptr_id" bigint NOT NULL PRIMARY KEY, "zone" integer NOT NULL, "ref" timestamp with time zone NOT NULL);
ALTER TABLE "crm_station" ADD CONSTRAINT "crm_station_route_ptr_id_612b91cf_fk_crm_route_id" FOREIGN KEY ("route_ptr_id") REFERENCES "crm_route" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
