BEGIN;
--
-- Create model Address
--
CREATE TABLE "events_address" ("code" varchar(20) NOT NULL PRIMARY KEY, "starts" varchar(20) NULL);
CREATE INDEX "events_address_code_490174e6_like" ON "events_address" ("code" varchar_pattern_ops);
COMMIT;
