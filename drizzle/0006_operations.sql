CREATE TABLE "pay_rate_settings" (
	"id" text PRIMARY KEY DEFAULT 'current' NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pay_rate_settings_single_row" CHECK ("pay_rate_settings"."id" = 'current')
);
--> statement-breakpoint
CREATE TABLE "sim_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"scenario_name" text NOT NULL,
	"shipped_scenario" text,
	"scenario_text" text NOT NULL,
	"scenario_format" text NOT NULL,
	"seeds" jsonb NOT NULL,
	"policies" jsonb NOT NULL,
	"scale" double precision NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"progress" double precision DEFAULT 0 NOT NULL,
	"error" text,
	"result" jsonb,
	"report_html" text,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "sim_runs_status_known" CHECK ("sim_runs"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "sim_runs_progress_fraction" CHECK ("sim_runs"."progress" >= 0 and "sim_runs"."progress" <= 1),
	CONSTRAINT "sim_runs_scale_range" CHECK ("sim_runs"."scale" > 0 and "sim_runs"."scale" <= 1),
	CONSTRAINT "sim_runs_done_has_result" CHECK ("sim_runs"."status" <> 'done' or ("sim_runs"."result" is not null and "sim_runs"."report_html" is not null)),
	CONSTRAINT "sim_runs_failed_has_error" CHECK ("sim_runs"."status" <> 'failed' or "sim_runs"."error" is not null)
);
--> statement-breakpoint
CREATE INDEX "sim_runs_created_idx" ON "sim_runs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sim_runs_open_idx" ON "sim_runs" USING btree ("status","created_at") WHERE status in ('queued', 'running');