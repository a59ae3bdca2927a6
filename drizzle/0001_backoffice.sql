CREATE TABLE "bo_cases" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"kind" text NOT NULL,
	"purchase_id" text,
	"details" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bo_customers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"country" text NOT NULL,
	"language" text NOT NULL,
	"vulnerable" boolean NOT NULL,
	"created_on" date NOT NULL,
	"default_payment_method_id" text,
	"status" text DEFAULT 'active' NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bo_disputes" (
	"id" text PRIMARY KEY NOT NULL,
	"purchase_id" text NOT NULL,
	"opened_on" date NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"resolved_on" date,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "bo_instalments" (
	"id" text PRIMARY KEY NOT NULL,
	"purchase_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"due_date" date NOT NULL,
	"original_due_date" date NOT NULL,
	"amount_minor" integer NOT NULL,
	"principal_minor" integer NOT NULL,
	"interest_minor" integer NOT NULL,
	"refunded_minor" integer NOT NULL,
	"status" text NOT NULL,
	"paid_at" timestamp with time zone,
	"paused_on" date,
	"paused_until" date,
	"paused_by" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extended_by_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bo_late_fees" (
	"id" text PRIMARY KEY NOT NULL,
	"purchase_id" text NOT NULL,
	"instalment_id" text NOT NULL,
	"fee_number" integer NOT NULL,
	"rule" text NOT NULL,
	"instalment_due_date" date NOT NULL,
	"triggered_on" date NOT NULL,
	"amount_minor" integer NOT NULL,
	"full_amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bo_merchants" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"return_window_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bo_payment_methods" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"brand" text NOT NULL,
	"last4" text NOT NULL,
	"expiry_month" integer NOT NULL,
	"expiry_year" integer NOT NULL,
	"frozen" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bo_purchases" (
	"id" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"merchant_id" text NOT NULL,
	"payment_method_id" text,
	"description" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"purchased_on" date NOT NULL,
	"plan" jsonb NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bo_refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"purchase_id" text NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"processed_at" timestamp with time zone,
	"card_refund_minor" integer
);
--> statement-breakpoint
CREATE TABLE "bo_returns" (
	"id" text PRIMARY KEY NOT NULL,
	"purchase_id" text NOT NULL,
	"reported_on" date NOT NULL,
	"paused_until" date NOT NULL,
	"status" text NOT NULL,
	"closed_on" date
);
--> statement-breakpoint
CREATE TABLE "tool_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tool" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"conversation_id" text,
	"customer_id" text NOT NULL,
	"args" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"ok" boolean NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tool_policy" (
	"tool" text PRIMARY KEY NOT NULL,
	"mode" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bo_cases" ADD CONSTRAINT "bo_cases_customer_id_bo_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."bo_customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_disputes" ADD CONSTRAINT "bo_disputes_purchase_id_bo_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."bo_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_instalments" ADD CONSTRAINT "bo_instalments_purchase_id_bo_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."bo_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_late_fees" ADD CONSTRAINT "bo_late_fees_purchase_id_bo_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."bo_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_payment_methods" ADD CONSTRAINT "bo_payment_methods_customer_id_bo_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."bo_customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_purchases" ADD CONSTRAINT "bo_purchases_customer_id_bo_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."bo_customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_purchases" ADD CONSTRAINT "bo_purchases_merchant_id_bo_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."bo_merchants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_refunds" ADD CONSTRAINT "bo_refunds_purchase_id_bo_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."bo_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bo_returns" ADD CONSTRAINT "bo_returns_purchase_id_bo_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."bo_purchases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bo_cases_customer_idx" ON "bo_cases" USING btree ("customer_id","kind");--> statement-breakpoint
CREATE INDEX "bo_disputes_purchase_idx" ON "bo_disputes" USING btree ("purchase_id");--> statement-breakpoint
CREATE INDEX "bo_instalments_purchase_idx" ON "bo_instalments" USING btree ("purchase_id","sequence");--> statement-breakpoint
CREATE INDEX "bo_late_fees_purchase_idx" ON "bo_late_fees" USING btree ("purchase_id");--> statement-breakpoint
CREATE INDEX "bo_payment_methods_customer_idx" ON "bo_payment_methods" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "bo_purchases_customer_idx" ON "bo_purchases" USING btree ("customer_id","purchased_on");--> statement-breakpoint
CREATE INDEX "bo_refunds_purchase_idx" ON "bo_refunds" USING btree ("purchase_id");--> statement-breakpoint
CREATE INDEX "bo_returns_purchase_idx" ON "bo_returns" USING btree ("purchase_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tool_audit_idempotency_unique" ON "tool_audit" USING btree ("customer_id","tool","idempotency_key");--> statement-breakpoint
CREATE INDEX "tool_audit_conversation_idx" ON "tool_audit" USING btree ("conversation_id","id");