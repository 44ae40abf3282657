BEGIN;
--
-- Create model Review
--
CREATE TABLE "blog_review" ("token" varchar(20) NOT NULL, "extra" integer NOT NULL, "uid" bigint NULL, "weight" varchar(20) NULL, "qty" timestamp with time zone NOT NULL, "deadline" varchar(50) NOT NULL, "Ref_website" bigint NOT NULL, PRIMARY KEY ("token", "extra"));
COMMENT ON COLUMN "blog_review"."Ref_website" IS 'link to Route';
CREATE INDEX "blog_review_Ref_website_4f1b22c2" ON "blog_review" ("Ref_website");
COMMIT;
