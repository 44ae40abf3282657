BEGIN;
--
-- Rename field token on ticket to qty
--
ALTER TABLE "people_ticket" RENAME COLUMN "token" TO "qty";
COMMIT;
