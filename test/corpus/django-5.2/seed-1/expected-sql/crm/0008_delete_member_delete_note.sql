BEGIN;
--
-- Delete model Member
--
DROP TABLE "crm_member" CASCADE;
--
-- Delete model Note
--
DROP TABLE "crm_note" CASCADE;
COMMIT;
