BEGIN;
--
-- Custom state/database change combination
--
ALTER TABLE "fleet_payment" ALTER COLUMN "color" TYPE varchar(100) COLLATE "POSIX";
COMMIT;
