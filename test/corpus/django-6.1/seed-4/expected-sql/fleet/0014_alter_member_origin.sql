BEGIN;
--
-- Alter field origin on member
--
SET CONSTRAINTS "fleet_member_t2_origin_id_98a63509_fk_django_content_type_id" IMMEDIATE; ALTER TABLE "fleet_member_t2" DROP CONSTRAINT "fleet_member_t2_origin_id_98a63509_fk_django_content_type_id";
ALTER TABLE "fleet_member_t2" ADD CONSTRAINT "fleet_member_t2_origin_id_98a63509_fk_django_content_type_id" FOREIGN KEY ("origin_id") REFERENCES "django_content_type" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
