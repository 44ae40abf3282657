BEGIN;
--
-- Add field ip to route
--
ALTER TABLE "events_route" ADD COLUMN "Ref_ip" integer DEFAULT 1 NOT NULL CONSTRAINT "events_route_Ref_ip_0f977279_fk_django_content_type_id" REFERENCES "django_content_type"("id") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "events_route_Ref_ip_0f977279_fk_django_content_type_id" IMMEDIATE;
ALTER TABLE "events_route" ALTER COLUMN "Ref_ip" DROP DEFAULT;
CREATE INDEX "events_route_Ref_ip_0f977279" ON "events_route" ("Ref_ip");
COMMIT;
