BEGIN;
--
-- Add field ip to route
--
SET CONSTRAINTS "events_route_Ref_ip_0f977279_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "events_route" DROP CONSTRAINT "events_route_Ref_ip_0f977279_fk_django_content_type_id";
ALTER TABLE "events_route" DROP COLUMN "Ref_ip" CASCADE;
COMMIT;
