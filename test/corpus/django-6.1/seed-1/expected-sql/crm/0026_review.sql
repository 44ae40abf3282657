BEGIN;
--
-- Create model Review
--
CREATE TABLE "crm_review" ("uid" uuid NOT NULL PRIMARY KEY, "ratio" varchar(50) NOT NULL);
COMMIT;
