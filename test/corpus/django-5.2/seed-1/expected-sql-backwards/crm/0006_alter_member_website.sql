BEGIN;
--
-- Alter field website on member
--
DROP INDEX IF EXISTS "crm_member_website_9c6a873d";
COMMIT;
