BEGIN;
--
-- Delete model Album
--
DROP TABLE "crm_album" CASCADE;
COMMIT;
