BEGIN;
--
-- Create model Member
--
DROP TABLE "crm_member" CASCADE;
COMMIT;
