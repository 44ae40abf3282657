BEGIN;
--
-- Create model Vehicle
--
CREATE TABLE "billing_vehicle" ("budget" integer NOT NULL, "uid" smallint NOT NULL, "ref" integer NULL, "notes" integer NOT NULL, PRIMARY KEY ("budget", "uid"));
COMMIT;
