CREATE TABLE "auto_qa_findings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"resolution_id" text,
	"code" text NOT NULL,
	"message_index" integer,
	"message_seq" integer,
	"detail" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "csat_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"resolution_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"customer_id" text NOT NULL,
	"rating" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "csat_rating_range" CHECK ("csat_responses"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "guardrail_state" (
	"intent" text PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"switch_count" integer DEFAULT 0 NOT NULL,
	"last_evidence" jsonb,
	"last_step_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "guardrail_switches" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"intent" text NOT NULL,
	"from_mode" text NOT NULL,
	"to_mode" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qa_reviews" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"resolution_id" text,
	"agent_id" text,
	"reviewer_id" text,
	"scorecard_id" text NOT NULL,
	"scorecard_version" integer NOT NULL,
	"topic" text NOT NULL,
	"answers" jsonb,
	"score" real,
	"passed" boolean,
	"sample_reason" text NOT NULL,
	"calibration_of" text,
	"status" text NOT NULL,
	"contest_status" text DEFAULT 'none' NOT NULL,
	"contest" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quality_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" text PRIMARY KEY NOT NULL,
	"conversation_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"resolved_by" text NOT NULL,
	"human_touched" boolean NOT NULL,
	"intent" text,
	"durable" boolean,
	"not_durable_reason" text,
	"repeat_conversation_id" text,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecards_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
ALTER TABLE "auto_qa_findings" ADD CONSTRAINT "auto_qa_findings_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "csat_responses" ADD CONSTRAINT "csat_responses_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qa_reviews" ADD CONSTRAINT "qa_reviews_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auto_qa_findings_conversation_idx" ON "auto_qa_findings" USING btree ("conversation_id");--> statement-breakpoint
CREATE INDEX "auto_qa_findings_code_idx" ON "auto_qa_findings" USING btree ("code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "csat_one_per_resolution" ON "csat_responses" USING btree ("conversation_id","resolved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "csat_resolution_unique" ON "csat_responses" USING btree ("resolution_id");--> statement-breakpoint
CREATE INDEX "guardrail_switches_intent_idx" ON "guardrail_switches" USING btree ("intent","at");--> statement-breakpoint
CREATE INDEX "guardrail_switches_at_idx" ON "guardrail_switches" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "qa_reviews_one_primary_per_resolution" ON "qa_reviews" USING btree ("resolution_id") WHERE calibration_of is null;--> statement-breakpoint
CREATE INDEX "qa_reviews_queue_idx" ON "qa_reviews" USING btree ("status","reviewer_id","created_at");--> statement-breakpoint
CREATE INDEX "qa_reviews_agent_idx" ON "qa_reviews" USING btree ("agent_id","status");--> statement-breakpoint
CREATE INDEX "qa_reviews_conversation_idx" ON "qa_reviews" USING btree ("conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resolutions_conversation_time_unique" ON "resolutions" USING btree ("conversation_id","resolved_at");--> statement-breakpoint
CREATE INDEX "resolutions_customer_intent_idx" ON "resolutions" USING btree ("customer_id","intent","resolved_at");--> statement-breakpoint
CREATE INDEX "resolutions_intent_idx" ON "resolutions" USING btree ("intent","resolved_at");--> statement-breakpoint
CREATE INDEX "resolutions_resolved_by_idx" ON "resolutions" USING btree ("resolved_by","resolved_at");--> statement-breakpoint
CREATE UNIQUE INDEX "scorecards_one_active" ON "scorecards" USING btree ("active") WHERE active;