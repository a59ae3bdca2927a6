CREATE TABLE "assistant_state" (
	"conversation_id" text PRIMARY KEY NOT NULL,
	"memory" jsonb NOT NULL,
	"history" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assistant_state" ADD CONSTRAINT "assistant_state_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE no action ON UPDATE no action;