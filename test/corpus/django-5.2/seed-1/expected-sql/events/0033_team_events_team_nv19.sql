BEGIN;
--
-- Create not valid constraint events_team_nv19 on model team
--
ALTER TABLE "events_team" ADD CONSTRAINT "events_team_nv19" CHECK (UPPER("checksum"::text) LIKE UPPER( E'x\\_%')) NOT VALID;
COMMIT;
