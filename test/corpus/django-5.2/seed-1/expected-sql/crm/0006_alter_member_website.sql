BEGIN;
--
-- Alter field website on member
--
CREATE INDEX "crm_member_website_9c6a873d" ON "crm_member" ("website");
COMMIT;
