CREATE TABLE "block_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"block_id" text NOT NULL,
	"agent_id" text NOT NULL,
	"status" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone,
	CONSTRAINT "block_claims_status_known" CHECK ("block_claims"."status" in ('claimed', 'released', 'late_released', 'no_show', 'completed')),
	CONSTRAINT "block_claims_release_has_time" CHECK ("block_claims"."status" not in ('released', 'late_released') or "block_claims"."released_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "on_call_blocks" (
	"id" text PRIMARY KEY NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"headcount" integer NOT NULL,
	"standby_rate_minor_per_hour" integer NOT NULL,
	"currency" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"settled_at" timestamp with time zone,
	CONSTRAINT "on_call_blocks_ends_after_start" CHECK ("on_call_blocks"."ends_at" > "on_call_blocks"."starts_at"),
	CONSTRAINT "on_call_blocks_headcount_positive" CHECK ("on_call_blocks"."headcount" > 0),
	CONSTRAINT "on_call_blocks_rate_non_negative" CHECK ("on_call_blocks"."standby_rate_minor_per_hour" >= 0),
	CONSTRAINT "on_call_blocks_currency_code" CHECK ("on_call_blocks"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "pay_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agent_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"cause_kind" text NOT NULL,
	"cause_id" text NOT NULL,
	"detail" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"period_day" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_ledger_cause_present" CHECK (length("pay_ledger"."cause_id") > 0),
	CONSTRAINT "pay_ledger_kind_matches_cause" CHECK (("pay_ledger"."kind" = 'standby' and "pay_ledger"."cause_kind" = 'block') or ("pay_ledger"."kind" = 'conversation' and "pay_ledger"."cause_kind" = 'conversation') or ("pay_ledger"."kind" = 'surge' and "pay_ledger"."cause_kind" = 'call_up') or ("pay_ledger"."kind" = 'quality_bonus' and "pay_ledger"."cause_kind" = 'review') or ("pay_ledger"."kind" = 'training' and "pay_ledger"."cause_kind" = 'training')),
	CONSTRAINT "pay_ledger_amount_non_negative" CHECK ("pay_ledger"."amount_minor" >= 0),
	CONSTRAINT "pay_ledger_currency_code" CHECK ("pay_ledger"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "block_claims" ADD CONSTRAINT "block_claims_block_id_on_call_blocks_id_fk" FOREIGN KEY ("block_id") REFERENCES "public"."on_call_blocks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "block_claims_one_place_per_agent" ON "block_claims" USING btree ("block_id","agent_id") WHERE status in ('claimed', 'completed', 'no_show');--> statement-breakpoint
CREATE INDEX "block_claims_block_idx" ON "block_claims" USING btree ("block_id","status");--> statement-breakpoint
CREATE INDEX "block_claims_agent_idx" ON "block_claims" USING btree ("agent_id","status");--> statement-breakpoint
CREATE INDEX "on_call_blocks_starts_idx" ON "on_call_blocks" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "on_call_blocks_unsettled_idx" ON "on_call_blocks" USING btree ("ends_at") WHERE settled_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "pay_ledger_one_payment_per_cause" ON "pay_ledger" USING btree ("kind","cause_kind","cause_id","agent_id");--> statement-breakpoint
CREATE INDEX "pay_ledger_agent_idx" ON "pay_ledger" USING btree ("agent_id","occurred_at");--> statement-breakpoint
CREATE INDEX "pay_ledger_occurred_idx" ON "pay_ledger" USING btree ("occurred_at");--> statement-breakpoint
-- Written by hand (not in the drizzle schema, which cannot import agents without an import cycle):
-- every claim and every ledger entry belongs to a real agent, and the ledger is append-only.
ALTER TABLE "block_claims" ADD CONSTRAINT "block_claims_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_ledger" ADD CONSTRAINT "pay_ledger_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE FUNCTION "pay_ledger_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'pay_ledger is append-only: % is not allowed', TG_OP; END $$;--> statement-breakpoint
CREATE TRIGGER "pay_ledger_append_only" BEFORE UPDATE OR DELETE ON "pay_ledger" FOR EACH ROW EXECUTE FUNCTION "pay_ledger_append_only"();
